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
	if len(s.m.datasets)-len(s.fillers) >= maxDatasets {
		t.Skip("enough datasets")
	}
	owner := rapid.SampledFrom(owners).Draw(t, "owner")
	p := s.w.publishParams(0)
	p.Price = new(big.Int).Mul(big.NewInt(int64(rapid.IntRange(1, 10).Draw(t, "tenths"))), coins("0.1"))
	p.SubmitFee = new(big.Int).Mul(big.NewInt(int64(rapid.IntRange(0, 2).Draw(t, "fee"))), coins("0.001"))
	p.Budget = micro(float64(rapid.IntRange(1, 5).Draw(t, "budget")))
	p.DeltaBudget = uint64(rapid.IntRange(1, 4).Draw(t, "deltaBudget")) * s.w.terms.maxDelta
	p.MinOwners = uint16(rapid.IntRange(1, 3).Draw(t, "minOwners"))
	id := s.w.publish(owner, p, nil)
	if id != uint64(len(s.m.datasets)+1) {
		t.Fatalf("dataset id %d, want %d", id, len(s.m.datasets)+1)
	}
	s.touched.datasets[id] = true
	s.m.publish(owner, p)
}

// update has an owner change a dataset's price, submission fee or pause: jobs
// already submitted keep their terms, quotes made before go stale.
func (s *machine) update(t *rapid.T) {
	i := s.dataset(rapid.IntRange(0, len(s.m.datasets)-len(s.fillers)-1).Draw(t, "dataset"))
	d := s.m.datasets[i]
	u := chain.DatasetUpdate{
		Price:     new(big.Int).Mul(big.NewInt(int64(rapid.IntRange(1, 10).Draw(t, "tenths"))), coins("0.1")),
		SubmitFee: new(big.Int).Mul(big.NewInt(int64(rapid.IntRange(0, 2).Draw(t, "fee"))), coins("0.001")),
		Engines:   s.w.terms.engines,
		Paused:    rapid.IntRange(0, 5).Draw(t, "pause") == 0,
	}
	s.w.ok(d.owner, func(m *chain.Market) (*types.Receipt, error) { return m.UpdateDataset(s.w.ctx, uint64(i+1), u) })
	s.touched.accts[d.owner] = true
	s.touched.datasets[uint64(i+1)] = true
	d.price, d.submitFee, d.paused = u.Price, u.SubmitFee, u.Paused
}

func (s *machine) drawSubmission(t *rapid.T) submission {
	n := len(s.m.datasets) - len(s.fillers)
	sub := submission{
		buyer:    rapid.SampledFrom(propertyBuyers).Draw(t, "buyer"),
		datasets: rapid.SliceOfNDistinct(rapid.IntRange(0, n-1), 1, min(3, n), rapid.ID[int]).Draw(t, "datasets"),
		compute:  rapid.SampledFrom(computeChoices).Draw(t, "compute"),
		eps:      micro(float64(rapid.IntRange(1, 4).Draw(t, "halfEps")) / 2),
		delta:    uint64(rapid.IntRange(0, 2).Draw(t, "halfDelta")) * s.w.terms.maxDelta / 2,
		rounds:   uint32(rapid.IntRange(1, 10).Draw(t, "rounds")),
	}
	for i, d := range sub.datasets {
		sub.datasets[i] = s.dataset(d)
	}
	if pad := s.drawPad(t); pad > 0 {
		// The fillers never accept unless drawn as "anyone": the drawn owners can start the job.
		drawn := len(sub.datasets)
		sub.datasets = append(append([]int{}, s.fillers[:pad]...), sub.datasets...)
		sub.dropouts = pad + rapid.IntRange(0, drawn-1).Draw(t, "dropouts")
	} else {
		sub.dropouts = rapid.IntRange(0, len(sub.datasets)-1).Draw(t, "dropouts")
	}
	hours := time.Duration(rapid.IntRange(1, 3).Draw(t, "hours")) * time.Hour
	sub.deadline = uint64(s.w.now().Unix()) + seconds(s.w.cfg.MinJobDuration+hours)
	required := s.m.required(sub)
	sub.pay, sub.maxTotal = new(big.Int).Set(required), new(big.Int).Set(required)
	switch rapid.IntRange(0, 9).Draw(t, "payment") {
	case 0:
		sub.pay.Sub(sub.pay, big.NewInt(1))
	case 1:
		sub.pay.Add(sub.pay, coins("0.01"))
		sub.maxTotal.Add(sub.maxTotal, coins("0.01"))
	case 2: // a price raised after the buyer's quote: the quote is below the price now
		sub.maxTotal.Sub(sub.maxTotal, big.NewInt(1))
		sub.pay.Add(sub.pay, coins("0.05"))
	}
	return sub
}

// drawPad draws how many fillers go before a submission's drawn datasets: none
// without fillers (no draw then), else 0, 62 or 64 (twice as likely), so that
// the drawn owners sit at bits 62 to 66: across bit 64 or above it.
func (s *machine) drawPad(t *rapid.T) int {
	if len(s.fillers) == 0 {
		return 0
	}
	f := len(s.fillers)
	return rapid.SampledFrom([]int{0, f - 2, f, f}).Draw(t, "fillers first")
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
	p.Epsilon, p.Delta, p.Rounds, p.Dropouts, p.Deadline, p.MaxTotal = sub.eps, sub.delta, sub.rounds, uint16(sub.dropouts), sub.deadline, sub.maxTotal
	now := s.execTime()
	want := s.m.submitOutcome(sub, now)
	id, rcpt, err := s.w.m[sub.buyer].SubmitJob(s.w.ctx, p, jobSpec, sub.pay)
	s.w.paid(sub.buyer, rcpt)
	s.touched.accts[sub.buyer] = true
	for _, d := range sub.datasets {
		s.touched.datasets[uint64(d+1)] = true
	}
	s.expect(t, "submit", err, want)
	if want != "" {
		return
	}
	s.m.applySubmit(sub, now)
	if len(sub.datasets) > 64 {
		s.seen["submit/ok, an owner at bit 64 or above"]++
	}
	if id != uint64(len(s.m.jobs)) {
		t.Fatalf("job id %d, want %d", id, len(s.m.jobs))
	}
	s.touchJob(id)
}

// accept has one or more participants of a job accept it in turn: a job needs
// all of them, and one acceptance per step would rarely get there.
func (s *machine) accept(t *rapid.T) {
	id, j := s.job(t, inState(chain.JobOpen))
	for range rapid.IntRange(1, max(1, len(s.pending(j)))).Draw(t, "acceptances") {
		who := participant(t, j, s.pending(j), "who")
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
	who := participant(t, j, s.pending(j), "who")
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

// attest: a compute node other than the aggregator proves it delivered its step.
func (s *machine) attest(t *rapid.T) {
	id, j := s.job(t, inState(chain.JobStarted))
	who := participant(t, j, j.compute[1:], "who")
	want := s.m.attestOutcome(j, who, s.execTime())
	_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) {
		return m.AttestStep(s.w.ctx, id, sha256.Sum256([]byte("share")), []byte("share commitment"))
	})
	s.expect(t, "attest", err, want)
	if want == "" {
		j.delivered[who] = true
	}
}

// jobPayload is the payload hash the aggregator of job id commits.
func jobPayload(id uint64) [32]byte { return sha256.Sum256(big.NewInt(int64(id)).Bytes()) }

func (s *machine) commit(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return j.state == chain.JobStarted && !j.committed })
	who := participant(t, j, j.compute[:1], "who")
	vouched := uint8(rapid.IntRange(0, (1<<len(j.compute))-1).Draw(t, "vouched"))
	if rapid.IntRange(0, 9).Draw(t, "bad vouch") == 0 {
		vouched |= 1 << len(j.compute)
	}
	want := s.m.commitOutcome(j, who, vouched, s.execTime())
	_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) {
		return m.CommitResult(s.w.ctx, id, jobPayload(id), blobHash, "veil-dir://results", vouched)
	})
	s.expect(t, "commit", err, want)
	if want == "" {
		s.m.applyCommit(j, jobPayload(id), vouched)
	}
}

// confirm: an owner posts its commitment (the right payload, another, another
// owner's, or none) with a receipt for some rounds (an aggregator withholding
// rounds signs fewer; some are forged), or with none.
func (s *machine) confirm(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return j.state != chain.JobOpen && j.state != chain.JobCancelled && !j.closed })
	var unconfirmed []int
	for _, o := range j.acceptedOwners() {
		if !j.confirmed[o] {
			unconfirmed = append(unconfirmed, o)
		}
	}
	who := participant(t, j, unconfirmed, "who")
	var commitment [32]byte
	switch rapid.IntRange(0, 4).Draw(t, "commitment") {
	case 0, 1:
		commitment = chain.ResultCommitment(id, addrOf(who), jobPayload(id))
	case 2:
		commitment = chain.ResultCommitment(id, addrOf(who), wrongHash)
	case 3: // copied from another owner: binds the other owner's address
		commitment = chain.ResultCommitment(id, addrOf(rapid.SampledFrom(j.owners).Draw(t, "copied")), jobPayload(id))
	}
	rounds := uint32(rapid.IntRange(0, int(j.rounds)+2).Draw(t, "rounds"))
	signer := j.compute[0]
	if rapid.IntRange(0, 5).Draw(t, "forged") == 0 {
		signer = rapid.SampledFrom(propertyAccts).Draw(t, "signer")
	}
	var sig []byte
	if rounds != 0 {
		sig = s.w.sign(id, who, rounds, signer)
	}
	s.execTime()
	want := s.m.confirmOutcome(j, who, rounds, signer)
	_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) {
		return m.ConfirmResult(s.w.ctx, id, commitment, rounds, sig)
	})
	s.expect(t, "confirm", err, want)
	if want == "" {
		s.m.applyConfirm(j, who, commitment, rounds)
	}
}

func (s *machine) dispute(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return j.state == chain.JobStarted && j.committed })
	var candidates []int
	for _, o := range j.acceptedOwners() {
		if !j.matched[o] && !j.disputed[o] {
			candidates = append(candidates, o)
		}
	}
	who := participant(t, j, candidates, "who")
	bond := new(big.Int).Set(s.w.cfg.DisputeBond)
	if rapid.IntRange(0, 9).Draw(t, "bad bond") == 0 {
		bond.Sub(bond, big.NewInt(1))
	}
	now := s.execTime()
	want := s.m.disputeOutcome(j, who, bond, now)
	s.touched.accts[who] = true
	err := s.w.sendRaw(who, chain.NewMarketplace().PackDisputeResult(new(big.Int).SetUint64(id), s.termsOf(t, id)), bond)
	s.expect(t, "dispute", err, want)
	if want == "" {
		s.m.applyDispute(j, who, now)
	}
}

func (s *machine) termsOf(t *rapid.T, id uint64) []byte {
	terms, err := s.w.m[0].Terms(s.w.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return terms.Encoded
}

func (s *machine) settle(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return j.state == chain.JobStarted && j.committed })
	now := s.execTime()
	want := s.m.settleOutcome(j, now)
	_, err := s.tx(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.SettleJob(s.w.ctx, id) })
	s.expect(t, "settle", err, want)
	if want == "" {
		s.m.applySettle(j, now)
	}
}

func (s *machine) failJob(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return j.state == chain.JobStarted && !j.committed })
	now := s.execTime()
	want := s.m.failOutcome(j, now)
	_, err := s.tx(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(s.w.ctx, id) })
	s.expect(t, "failJob", err, want)
	if want == "" {
		s.m.applyFail(j, now)
	}
}

// abort is drawn a third as often as commit: an abort ends a job that could
// otherwise reach its result, disputes and settlement.
func (s *machine) abort(t *rapid.T) {
	if rapid.IntRange(0, 2).Draw(t, "abort now") != 0 {
		t.Skip("not this time")
	}
	id, j := s.job(t, func(j *mJob) bool { return j.state == chain.JobStarted && !j.committed })
	who := participant(t, j, j.compute[:1], "who")
	now := s.execTime()
	want := s.m.abortOutcome(j, who)
	_, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) { return m.AbortJob(s.w.ctx, id, "owners gone") })
	s.expect(t, "abort", err, want)
	if want == "" {
		s.m.applyAbort(j, now)
	}
}

// forfeit: the aggregator shows a disputer's signed payload receipt (its own,
// or forged, or of another payload).
func (s *machine) forfeit(t *rapid.T) {
	id, j := s.job(t, func(j *mJob) bool { return j.state == chain.JobSettled && len(j.disputed) > 0 && !j.closed })
	var disputers []int
	for o := range j.disputed {
		disputers = append(disputers, o)
	}
	owner := participant(t, j, sortedInts(disputers), "owner")
	signer, hash := owner, j.payload
	switch rapid.IntRange(0, 4).Draw(t, "receipt") {
	case 0:
		signer = rapid.SampledFrom(propertyAccts).Draw(t, "signer")
	case 1:
		hash = wrongHash
	}
	sig, err := chain.PayloadReceipt{JobID: id, Owner: addrOf(owner), PayloadHash: hash}.Sign(s.w.domain, s.w.c.keys[signer])
	if err != nil {
		t.Fatal(err)
	}
	s.execTime()
	want := s.m.forfeitOutcome(j, owner, signer, hash)
	_, err = s.tx(j.compute[0], func(m *chain.Market) (*types.Receipt, error) {
		return m.ForfeitBond(s.w.ctx, id, addrOf(owner), sig)
	})
	s.expect(t, "forfeit", err, want)
	if want == "" {
		s.m.applyForfeit(j, owner)
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

// withdraw sends an account's credits to itself or, with withdrawTo, to a stranger.
func (s *machine) withdraw(t *rapid.T) {
	who := rapid.SampledFrom(propertyAccts).Draw(t, "who")
	to := who
	if rapid.IntRange(0, 3).Draw(t, "elsewhere") == 0 {
		to = acctStranger + 1
	}
	want := s.m.withdrawOutcome(who)
	before := s.w.balance(s.w.addr(to))
	rcpt, err := s.tx(who, func(m *chain.Market) (*types.Receipt, error) {
		if to != who {
			return m.WithdrawTo(s.w.ctx, s.w.addr(to))
		}
		return m.Withdraw(s.w.ctx)
	})
	s.expect(t, "withdraw", err, want)
	if want != "" {
		return
	}
	amount := s.m.applyWithdraw(who)
	got := new(big.Int).Sub(s.w.balance(s.w.addr(to)), before)
	if to == who {
		got.Add(got, gasCost(rcpt))
	}
	wantEqual(t, "withdrawn (balance change, gas added back)", got, amount)
}

func (s *machine) warp(t *rapid.T) {
	d := rapid.SampledFrom([]time.Duration{10 * time.Minute, 10 * time.Minute, 30 * time.Minute, time.Hour, 3 * time.Hour}).Draw(t, "warp")
	s.w.warp(d)
}

// warpTo moves time just past one of a job's deadlines: the window's end, the
// commit deadline, the deadline or the end of the redeem window.
func (s *machine) warpTo(t *rapid.T) {
	if len(s.m.jobs) == 0 {
		t.Skip("no job yet")
	}
	j := rapid.SampledFrom(s.m.jobs).Draw(t, "job")
	at := []uint64{j.acceptBy, j.commitBy(s.m), j.deadline, j.endedAt + seconds(s.m.cfg.RedeemWindow)}
	target := at[rapid.IntRange(0, len(at)-1).Draw(t, "boundary")]
	if now := uint64(s.w.now().Unix()); target <= now {
		t.Skip("in the past")
	}
	s.w.warpPast(target)
}

func sortedInts(v []int) []int {
	out := append([]int(nil), v...)
	for i := range out {
		for k := i + 1; k < len(out); k++ {
			if out[k] < out[i] {
				out[i], out[k] = out[k], out[i]
			}
		}
	}
	return out
}
