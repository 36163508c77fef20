package chain_test

import (
	"math/big"

	"pgregory.net/rapid"
)

// check runs after every step: the books, then every job, dataset, account and
// node against the model.
func (s *machine) check(t *rapid.T) {
	s.w.t = t
	s.w.checkBooks()
	tot := s.w.totals()
	wantEqual(t, "total escrow (sum over jobs)", tot.Escrow, s.m.totalEscrow())
	wantEqual(t, "total credits (sum over accounts)", tot.Credits, s.m.totalCredits())
	wantEqual(t, "total staked (sum over nodes)", tot.Staked, s.m.totalStaked())
	wantEqual(t, "total burned", tot.Burned, s.m.burned)
	held := sum(s.m.totalEscrow(), s.m.totalCredits(), s.m.totalStaked(), s.m.burned)
	wantEqual(t, "contract balance (sum over the model's jobs, accounts, nodes)", s.w.balance(s.w.m[0].Address()), held)
	s.steps++
	full := s.steps%fullCheckEvery == 0
	for i, j := range s.m.jobs {
		if id := uint64(i + 1); full || s.touched.jobs[id] {
			s.checkJob(t, id, j)
		}
	}
	for i, d := range s.m.datasets {
		if id := uint64(i + 1); full || s.touched.datasets[id] {
			s.checkDataset(t, id, d)
		}
	}
	for _, a := range propertyAccts {
		if full || s.touched.accts[a] {
			s.checkAccount(t, a)
		}
	}
	s.resetTouched()
}

func (s *machine) resetTouched() {
	s.touched = touched{jobs: map[uint64]bool{}, datasets: map[uint64]bool{}, accts: map[int]bool{}}
}

func (s *machine) checkJob(t *rapid.T, id uint64, want *mJob) {
	got := s.w.job(id)
	if got.State != want.state || got.Closed != want.closed || got.EndedAt != want.endedAt ||
		int(got.OwnersAccepted) != want.ownersAccepted || int(got.ComputeAccepted) != want.computeAccepted ||
		int(got.Confirmations) != want.confirmations || got.AcceptBy != want.acceptBy || int(got.StartQuorum) != want.quorum {
		t.Fatalf("job %d: chain %+v, model %+v", id, got, want)
	}
	wantEqual(t, "job escrow", got.Escrow, want.escrow)
	// A buyer that aggregates its own job never gets back more than it paid.
	if want.buyer == want.compute[0] {
		net := new(big.Int).Sub(sum(want.flows[want.buyer]), want.payment)
		if net.Sub(net, want.burned).Sign() > 0 {
			t.Fatalf("job %d: the buyer-aggregator is up %s wei", id, net)
		}
	}
}

func (s *machine) checkDataset(t *rapid.T, id uint64, want *mDataset) {
	got := s.w.dataset(id)
	if got.Spent != want.spent || got.Reserved != want.reserved {
		t.Fatalf("dataset %d: spent %d reserved %d, model %d and %d", id, got.Spent, got.Reserved, want.spent, want.reserved)
	}
	if got.Spent+got.Reserved > got.Budget {
		t.Fatalf("dataset %d: spent %d + reserved %d exceed the budget %d", id, got.Spent, got.Reserved, got.Budget)
	}
}

func (s *machine) checkAccount(t *rapid.T, a int) {
	wantEqual(t, "credits", s.w.credits(s.w.addr(a)), sum(s.m.credits[a]))
	if sum(s.m.withdrawn[a]).Cmp(sum(s.m.credited[a])) > 0 {
		t.Fatalf("account %d withdrew %s of %s credited", a, s.m.withdrawn[a], s.m.credited[a])
	}
	n := s.w.node(a)
	wantEqual(t, "stake", n.Stake, sum(s.m.stakes[a]))
	if int(n.OpenJobs) != s.m.openJobs[a] {
		t.Fatalf("account %d: %d open jobs, model %d", a, n.OpenJobs, s.m.openJobs[a])
	}
}
