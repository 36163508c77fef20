package chain_test

import (
	"math/big"

	"pgregory.net/rapid"

	"github.com/veil-market/veil/chain"
)

// check runs after every step: the books, then every job, dataset, account and
// node against the model, then the incentives of every job that ended.
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
			checkDeviation(t, s.m, j)
		}
	}
	now := uint64(s.w.now().Unix())
	for i, d := range s.m.datasets {
		if id := uint64(i + 1); full || s.touched.datasets[id] {
			s.checkDataset(t, id, d, now)
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
	if got.State != want.state || got.Failure != want.failure || got.Closed() != want.closed || got.Committed() != want.committed ||
		uint64(got.EndedAt) != want.endedAt || int(got.OwnersAccepted) != want.ownersAccepted ||
		int(got.Confirmations) != want.confirmations || int(got.Disputes) != want.disputes ||
		uint64(got.AcceptBy) != want.acceptBy || int(got.StartQuorum) != want.quorum {
		t.Fatalf("job %d: chain %+v, model %+v", id, got.JobState, want)
	}
	for i, o := range want.owners {
		p := got.Participant(addrOf(o))
		if p.Index != i || p.Accepted != want.accepted[o] || p.Declined != want.declined[o] || p.Confirmed != want.confirmed[o] ||
			p.Matched != want.matched[o] || p.Disputed != want.disputed[o] {
			t.Fatalf("job %d: owner %d (account %d): chain %+v, model accepted %v declined %v confirmed %v matched %v disputed %v",
				id, i, o, p, want.accepted[o], want.declined[o], want.confirmed[o], want.matched[o], want.disputed[o])
		}
	}
	for i, c := range want.compute {
		if p := got.Participant(addrOf(c)); p.Delivered != want.delivered[c] || p.Accepted != want.accepted[c] {
			t.Fatalf("job %d: compute[%d] delivered %v accepted %v, model %v and %v", id, i, p.Delivered, p.Accepted,
				want.delivered[c], want.accepted[c])
		}
	}
	wantEqual(t, "job escrow", got.Escrow, want.escrow)
}

func (s *machine) checkDataset(t *rapid.T, id uint64, want *mDataset, now uint64) {
	got := s.w.dataset(id)
	eps, delta := want.held(now)
	if got.Spent != want.spent || got.Reserved != eps || got.DeltaSpent != want.deltaSpent || got.DeltaReserved != delta {
		t.Fatalf("dataset %d: ε spent %d reserved %d, δ spent %d reserved %d; model %d %d %d %d", id,
			got.Spent, got.Reserved, got.DeltaSpent, got.DeltaReserved, want.spent, eps, want.deltaSpent, delta)
	}
	if got.Spent+got.Reserved > got.Budget || got.DeltaSpent+got.DeltaReserved > got.DeltaBudget {
		t.Fatalf("dataset %d: commitments exceed the budgets: %+v", id, got)
	}
}

func (s *machine) checkAccount(t *rapid.T, a int) {
	wantEqual(t, "credits", s.w.credits(s.w.addr(a)), sum(s.m.credits[a]))
	if sum(s.m.withdrawn[a]).Cmp(sum(s.m.credited[a])) > 0 {
		t.Fatalf("account %d withdrew %s of %s credited", a, s.m.withdrawn[a], s.m.credited[a])
	}
	n := s.w.node(a)
	wantEqual(t, "stake", n.Stake, sum(s.m.stakes[a]))
	wantEqual(t, "locked stake", n.Locked, sum(s.m.locked[a]))
}

// checkDeviation: no role profits from deviating, and every honest party of an
// ended job ends at least where it would have ended had it never joined.
//   - An owner whose ε was spent and that posted its confirmation got at least
//     kappa of its price (had it never joined it would still have that ε); an
//     owner that never posted got nothing (so staying silent never pays).
//   - A compute node that delivered and is not to blame got its fee and kept
//     its whole stake; a node to blame lost its bond, at least the job's fees,
//     so withholding a step never beats delivering it.
//   - The buyer never ends up richer than it started, and a buyer that
//     aggregates a job it then fails (silence or a disputed result) ends no
//     better than had it settled with the same owners: failing never beats settling.
func checkDeviation(t *rapid.T, m *model, j *mJob) {
	if j.state != chain.JobSettled && j.state != chain.JobFailed {
		return
	}
	kappaOf := func(price *big.Int) *big.Int { return ownerPay(price, 0, j.rounds, m.cfg.KappaBps) }
	ownersPaid := new(big.Int)
	for i, o := range j.owners {
		paid := sum(j.ownerPaid[o])
		ownersPaid.Add(ownersPaid, paid)
		switch {
		case j.accepted[o] && j.confirmed[o] && paid.Cmp(kappaOf(j.prices[i])) < 0:
			t.Fatalf("job %d: owner %d spent its ε and confirmed, paid %s < kappa of %s", j.id, o, paid, j.prices[i])
		case !j.confirmed[o] && paid.Sign() != 0:
			t.Fatalf("job %d: owner %d never confirmed and was paid %s", j.id, o, paid)
		}
	}
	for i, c := range j.compute {
		switch {
		case j.culprits[c] && sum(j.slashed[c]).Cmp(sum(j.fees...)) < 0:
			t.Fatalf("job %d: compute %d withheld its step and lost only %s", j.id, c, sum(j.slashed[c]))
		case !j.culprits[c] && sum(j.slashed[c]).Sign() != 0:
			t.Fatalf("job %d: compute %d is not to blame and lost %s of stake", j.id, c, j.slashed[c])
		case !j.culprits[c] && j.delivered[c] && c != j.buyer && sum(j.flows[c]).Cmp(j.fees[i]) < 0:
			t.Fatalf("job %d: compute %d delivered and got %s < its fee %s", j.id, c, sum(j.flows[c]), j.fees[i])
		}
	}
	if !j.closed {
		return // refunds still to come
	}
	buyerNet := new(big.Int).Sub(sum(j.flows[j.buyer]), j.payment)
	buyerNet.Sub(buyerNet, sum(j.slashed[j.buyer]))
	if buyerNet.Sign() > 0 {
		t.Fatalf("job %d: the buyer is up %s wei", j.id, buyerNet)
	}
	if j.buyer == j.compute[0] && j.culprits[j.buyer] {
		settled := new(big.Int).Add(ownersPaid, sum(j.submitFees...))
		settled.Add(settled, sum(j.fees[1:]...)).Neg(settled)
		if buyerNet.Cmp(settled) > 0 {
			t.Fatalf("job %d: the buyer-aggregator failing (%s) beats settling (%s)", j.id, buyerNet, settled)
		}
	}
}
