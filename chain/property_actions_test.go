package chain_test

import (
	"crypto/sha256"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"pgregory.net/rapid"

	"github.com/veil-market/veil/chain"
)

func (s *machine) publish(t *rapid.T) {
	if len(s.m.datasets) >= maxDatasets {
		t.Skip("enough datasets")
	}
	owner := rapid.SampledFrom(owners).Draw(t, "owner")
	p := s.w.publishParams(0)
	p.Price = new(big.Int).Mul(big.NewInt(int64(rapid.IntRange(1, 10).Draw(t, "tenths"))), coins("0.1"))
	p.Budget = micro(float64(rapid.IntRange(1, 5).Draw(t, "budget")))
	p.MinOwners = uint16(rapid.IntRange(1, 3).Draw(t, "minOwners"))
	id := s.w.publish(owner, p, nil)
	if id != uint64(len(s.m.datasets)+1) {
		t.Fatalf("dataset id %d, want %d", id, len(s.m.datasets)+1)
	}
	s.touched.datasets[id] = true
	s.m.publish(owner, p.Price, p.Budget, int(p.MinOwners))
}

func (s *machine) drawSubmission(t *rapid.T) submission {
	n := len(s.m.datasets)
	sub := submission{
		buyer:    rapid.SampledFrom(propertyBuyers).Draw(t, "buyer"),
		datasets: rapid.SliceOfNDistinct(rapid.IntRange(0, n-1), 1, min(3, n), rapid.ID[int]).Draw(t, "datasets"),
		compute:  rapid.SampledFrom(computeChoices).Draw(t, "compute"),
		eps:      micro(float64(rapid.IntRange(1, 4).Draw(t, "halfEps")) / 2),
		rounds:   uint32(rapid.IntRange(1, 10).Draw(t, "rounds")),
	}
	sub.dropouts = rapid.IntRange(0, len(sub.datasets)-1).Draw(t, "dropouts")
	hours := time.Duration(rapid.IntRange(1, 3).Draw(t, "hours")) * time.Hour
	sub.deadline = uint64(s.w.now().Unix()) + seconds(s.w.cfg.MinJobDuration+hours)
	sub.pay = s.m.required(sub)
	switch rapid.IntRange(0, 7).Draw(t, "payment") {
	case 0:
		sub.pay.Sub(sub.pay, big.NewInt(1))
	case 1:
		sub.pay.Add(sub.pay, coins("0.01"))
	}
	return sub
}

func (s *machine) submit(t *rapid.T) {
	if len(s.m.jobs) >= maxPropertyJobs {
		t.Skip("enough jobs")
	}
	sub := s.drawSubmission(t)
	p := s.w.jobParams()
	p.Datasets = nil
	for _, d := range sub.datasets {
		p.Datasets = append(p.Datasets, big.NewInt(int64(d+1)))
	}
	p.Compute = nil
	for _, c := range sub.compute {
		p.Compute = append(p.Compute, s.w.addr(c))
	}
	p.Epsilon, p.Rounds, p.Dropouts, p.Deadline = sub.eps, sub.rounds, uint16(sub.dropouts), sub.deadline
	now := s.execTime()
	want := s.m.submitOutcome(sub)
	id, rcpt, err := s.w.m[sub.buyer].SubmitJob(s.w.ctx, p, jobSpec, sub.pay)
	s.w.paid(sub.buyer, rcpt)
	s.touched.accts[sub.buyer] = true
	s.expect(t, "submit", err, want)
	if want != "" {
		return
	}
	s.m.applySubmit(sub, now)
	if id != uint64(len(s.m.jobs)) {
		t.Fatalf("job id %d, want %d", id, len(s.m.jobs))
	}
	s.touchJob(id)
}

// accept has one or more participants of a job accept it in turn: a job needs
// all of them, and one acceptance per step would rarely get there.
func (s *machine) accept(t *rapid.T) {
	id, j := s.job(t, inState(chain.JobOpen))
	for range rapid.IntRange(1, max(1, len(j.pending()))).Draw(t, "acceptances") {
		who := participant(t, j, j.pending(), "who")
		want := s.m.acceptOutcome(j, who, s.execTime())
		_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) { return m.AcceptJob(s.w.ctx, id) })
		s.expect(t, "accept", err, want)
		if want == "" {
			s.m.applyAccept(j, who)
		}
	}
}

func (s *machine) decline(t *rapid.T) {
	id, j := s.job(t, inState(chain.JobOpen))
	who := participant(t, j, j.pending(), "who")
	s.execTime()
	want := s.m.declineOutcome(j, who)
	_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) { return m.DeclineJob(s.w.ctx, id, "policy") })
	s.expect(t, "decline", err, want)
	if want == "" {
		s.m.applyDecline(j, who)
	}
}

func (s *machine) cancel(t *rapid.T) {
	id, j := s.job(t, inState(chain.JobOpen))
	who := participant(t, j, []int{j.buyer}, "who")
	s.execTime()
	want := s.m.cancelOutcome(j, who)
	_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) { return m.CancelJob(s.w.ctx, id) })
	s.expect(t, "cancel", err, want)
	if want == "" {
		s.m.cancel(j)
	}
}

func (s *machine) closeAcceptance(t *rapid.T) {
	id, j := s.job(t, inState(chain.JobOpen))
	now := s.execTime()
	want := s.m.closeAcceptanceOutcome(j, now)
	_, err := s.tx(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseAcceptance(s.w.ctx, id) })
	s.expect(t, "closeAcceptance", err, want)
	if want == "" {
		s.m.applyCloseAcceptance(j, now)
	}
}

// jobPayload is the payload hash the aggregator of job id commits.
func jobPayload(id uint64) [32]byte { return sha256.Sum256(big.NewInt(int64(id)).Bytes()) }

func (s *machine) commit(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return j.state == chain.JobStarted && !j.committed })
	who := participant(t, j, j.compute[:1], "who")
	want := s.m.commitOutcome(j, who, s.execTime())
	_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) {
		return m.CommitResult(s.w.ctx, id, jobPayload(id), blobHash, "veil-dir://results")
	})
	s.expect(t, "commit", err, want)
	if want == "" {
		j.committed = true
	}
}

func (s *machine) confirm(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return j.state == chain.JobStarted && j.committed })
	var unconfirmed []int
	for _, o := range j.acceptedOwners() {
		if !j.confirmed[o] {
			unconfirmed = append(unconfirmed, o)
		}
	}
	who := participant(t, j, unconfirmed, "who")
	matches := rapid.IntRange(0, 3).Draw(t, "mismatch") != 0
	hash := jobPayload(id)
	if !matches {
		hash = wrongHash
	}
	now := s.execTime()
	want := s.m.confirmOutcome(j, who, now)
	_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) { return m.ConfirmResult(s.w.ctx, id, hash) })
	s.expect(t, "confirm", err, want)
	if want == "" {
		s.m.applyConfirm(j, who, matches, now)
	}
}

func (s *machine) failJob(t *rapid.T) {
	id, j := s.job(t, inState(chain.JobStarted))
	want := s.m.failOutcome(j, s.execTime())
	_, err := s.tx(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(s.w.ctx, id) })
	s.expect(t, "failJob", err, want)
	if want == "" {
		s.m.applyFail(j)
	}
}

func (s *machine) redeem(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return (j.state == chain.JobSettled || j.state == chain.JobFailed) && !j.closed })
	var unredeemed []int
	for _, o := range j.acceptedOwners() {
		if !j.redeemed[o] {
			unredeemed = append(unredeemed, o)
		}
	}
	who := participant(t, j, unredeemed, "who")
	rounds := uint32(rapid.IntRange(0, int(j.rounds)+3).Draw(t, "rounds"))
	signer := j.compute[0]
	if rapid.IntRange(0, 4).Draw(t, "forged") == 0 {
		signer = rapid.SampledFrom(propertyAccts).Draw(t, "signer")
	}
	s.execTime()
	want := s.m.redeemOutcome(j, who, rounds, signer)
	err := s.w.redeem(id, who, rounds, s.w.sign(id, who, rounds, signer))
	s.expect(t, "redeem", err, want)
	if want == "" {
		s.m.applyRedeem(j, who, rounds)
	}
}

func (s *machine) closeJob(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return (j.state == chain.JobSettled || j.state == chain.JobFailed) && !j.closed })
	want := s.m.closeJobOutcome(j, s.execTime())
	_, err := s.tx(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseJob(s.w.ctx, id) })
	s.expect(t, "closeJob", err, want)
	if want == "" {
		s.m.applyCloseJob(j)
	}
}

func (s *machine) withdraw(t *rapid.T) {
	who := rapid.SampledFrom(propertyAccts).Draw(t, "who")
	want := s.m.withdrawOutcome(who)
	before := s.w.balance(s.w.addr(who))
	rcpt, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) { return m.Withdraw(s.w.ctx) })
	s.expect(t, "withdraw", err, want)
	if want != "" {
		return
	}
	amount := s.m.applyWithdraw(who)
	got := new(big.Int).Sub(s.w.balance(s.w.addr(who)), before)
	wantEqual(t, "withdrawn (balance change plus gas)", got.Add(got, gasCost(rcpt)), amount)
}

func (s *machine) warp(t *rapid.T) {
	d := rapid.SampledFrom([]time.Duration{10 * time.Minute, 10 * time.Minute, 30 * time.Minute, time.Hour, 3 * time.Hour}).Draw(t, "warp")
	s.w.warp(d)
}
