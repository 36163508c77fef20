package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// The audit's findings, each as the attack it describes. Every test below
// failed on the v1 contract's rules (quoted in each comment) and passes because
// the attack no longer pays.

const (
	acctSybil   = acctStranger + 9  // an owner the buyer controls
	acctGriefer = acctStranger + 10 // a buyer that only wants to lock budgets
)

// presence has each owner post its confirmation without a receipt or a
// commitment: what an honest owner's daemon does when no round ever came.
func (w *world) presence(id uint64, accts ...int) {
	w.t.Helper()
	for _, a := range accts {
		if err := w.redeem(id, a, 0, nil); err != nil {
			w.t.Fatalf("presence of account %d: %v", a, err)
		}
	}
}

// TestEpsilonBurningBuyerAggregatorPaysOwners: a buyer registers its own compute
// node, names it aggregator, asks for every dataset's whole remaining ε and never
// runs a round. v1: ε was spent at the start, owners held no receipt and got
// nothing, and closeJob gave the buyer every price back: the burn cost a fixed
// slash. v2: each owner that shows up is paid kappa of its price for its spent ε
// (and its submission fee), and the aggregator's bond is slashed.
func TestEpsilonBurningBuyerAggregatorPaysOwners(t *testing.T) {
	w := newWorld(t, startChain(t))
	p := w.jobParams()
	p.Epsilon = w.terms.budget // all of it
	p.Compute = []common.Address{w.addr(acctSelf)}
	before := w.wealth(acctSelf)
	id := w.submit(acctSelf, p)
	w.accept(id, acctSelf, owners[0], owners[1], owners[2])
	for _, ds := range w.ds {
		wantBudget(t, w, ds, w.terms.budget, 0) // burned for good
	}
	w.presence(id, owners...)
	w.warpPast(w.job(id).CommitBy)
	if err := failJob(w, id); err != nil {
		t.Fatal(err)
	}
	cost := sum(w.terms.fees[2]) // its bond, slashed
	for i, o := range owners {
		kappa := ownerPay(w.terms.prices[i], 0, w.terms.jobRounds, w.cfg.KappaBps)
		wantEqual(t, "owner's credit: kappa of its price and its submission fee", w.credits(w.addr(o)),
			sum(kappa, w.terms.submitFees[i]))
		cost.Add(cost, kappa).Add(cost, w.terms.submitFees[i])
	}
	w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow/time.Second))
	if err := closeJob(w, id); err != nil {
		t.Fatal(err)
	}
	change := new(big.Int).Sub(w.wealth(acctSelf), before)
	wantEqual(t, "the burner's loss", change, new(big.Int).Neg(cost))
	if j := w.job(id); j.Failure != chain.FailNoResult {
		t.Fatalf("failure = %s", chain.FailureName(j.Failure))
	}
	w.checkBooks()
}

// TestOwnerThatNeverShowsUpGetsNothing: an owner that accepted and never
// contributed or posted, while the aggregator ran the job, is paid nothing (a
// junk dataset cannot farm kappa by accepting); its price goes back to the buyer.
func TestOwnerThatNeverShowsUpGetsNothing(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.settledJob() // owners 1 and 2 contributed; owner3 accepted and went silent
	buyerBefore := w.credits(w.addr(acctBuyer))
	w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow/time.Second))
	if err := closeJob(w, id); err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "silent owner's credit (its submission fee only)", w.credits(w.addr(owners[2])), w.terms.submitFees[2])
	wantEqual(t, "buyer's credit (the silent owner's price)", w.credits(w.addr(acctBuyer)), sum(buyerBefore, w.terms.prices[2]))
	w.checkBooks()
}

// TestSilentOwnerCannotBlockSettlement: with d = 0 the buyer's own sybil owner
// stays silent. v1: settlement needed n - d = 3 confirmations, so the job failed
// at its deadline, the fees went back to the buyer and the aggregator was
// slashed. v2: an on-time result is paid unless a majority disputes it; two
// matching commitments of three make that impossible, so it settles at once and
// the aggregator keeps its stake.
func TestSilentOwnerCannotBlockSettlement(t *testing.T) {
	w := newWorld(t, startChain(t))
	w.register(acctSybil, chain.RoleOwner, nil, nil)
	sybilDS := w.publish(acctSybil, w.publishParams(2), nil)
	p := w.jobParams()
	p.Datasets[2] = new(big.Int).SetUint64(sybilDS)
	p.Dropouts = 0
	id := w.submit(acctBuyer, p)
	w.accept(id, acctCompute1, acctCompute2, owners[0], owners[1], acctSybil)
	w.confirm(id, payloadHash, owners[0], owners[1])
	w.commit(id, acctCompute1)
	stake := w.node(acctCompute1).Stake
	w.settle(id)
	if j := w.job(id); j.State != chain.JobSettled {
		t.Fatalf("job = %s, want settled despite the silent sybil", chain.JobStateName(j.State))
	}
	wantEqual(t, "aggregator's fee", w.credits(w.addr(acctCompute1)), w.terms.fees[0])
	wantEqual(t, "aggregator's stake", w.node(acctCompute1).Stake, stake)
	wantEqual(t, "aggregator's locked stake", w.node(acctCompute1).Locked, new(big.Int))
	w.checkBooks()
}

// TestFeeSkippingBuyerAggregatorOver8Jobs: a buyer aggregates 8 simultaneous jobs
// with another compute node and fails them all instead of settling. v1: each
// failure burned 10% of its stake, shrinking job after job (about 57% of it over
// 8 jobs), the buyer got every fee back and the other node was paid nothing,
// so failing was cheaper than paying its fees. v2: each acceptance reserves a
// bond of the job's fees from the stake (the 9th does not fit), each failure
// pays the other node its fee from that bond, and failing costs the buyer more
// than settling would have.
func TestFeeSkippingBuyerAggregatorOver8Jobs(t *testing.T) {
	tm := defaultTerms()
	tm.stake = chain.Coins(2)
	w := newWorldWith(t, startChain(t), testConfig(), tm)
	p := w.jobParams()
	p.Compute = []common.Address{w.addr(acctSelf), w.addr(acctCompute2)}
	bond := sum(tm.fees[2], tm.fees[1])
	var ids []uint64
	for range 8 {
		id := w.submit(acctSelf, p)
		w.accept(id, acctSelf, acctCompute2, owners[0], owners[1], owners[2])
		ids = append(ids, id)
	}
	ninth := w.submit(acctSelf, p)
	wantRevert(t, acceptBy(acctSelf, ninth)(w), "BondUnavailable")
	stakeBefore := w.node(acctSelf).Stake
	for _, id := range ids {
		if err := attestBy(w, acctCompute2, id, blobHash, nil); err != nil {
			t.Fatal(err)
		}
	}
	w.warpPast(w.job(ids[7]).CommitBy)
	for _, id := range ids {
		if err := failJob(w, id); err != nil {
			t.Fatal(err)
		}
	}
	eight := big.NewInt(8)
	wantEqual(t, "compute2's credit (its fee, 8 times, from the bonds)", w.credits(w.addr(acctCompute2)), new(big.Int).Mul(tm.fees[1], eight))
	lost := new(big.Int).Sub(stakeBefore, w.node(acctSelf).Stake)
	wantEqual(t, "the buyer-aggregator's slashed stake", lost, new(big.Int).Mul(bond, eight))
	if settling := new(big.Int).Mul(tm.fees[1], eight); lost.Cmp(settling) <= 0 {
		t.Fatalf("failing cost %s, settling would have cost %s", lost, settling)
	}
	w.checkBooks()
}

// TestReservationGriefCostsAndLapses: one transaction reserves the whole
// remaining ε of three datasets. v1: the reservation held until someone closed
// the window, could be renewed forever at gas cost, and a decline released
// nothing. v2: the griefer pays each owner's submission fee for good, a
// decline releases that dataset at once, and the others lapse when the window
// closes, without any transaction.
func TestReservationGriefCostsAndLapses(t *testing.T) {
	w := newWorld(t, startChain(t))
	p := w.jobParams()
	p.Epsilon = w.terms.budget
	griefed := w.submit(acctGriefer, p)
	wantRevert(t, submitChanged(func(*world, *jobCall) {})(w), "BudgetExceeded")
	if err := declineBy(w, owners[0], griefed, "no"); err != nil {
		t.Fatal(err)
	}
	wantBudget(t, w, w.ds[0], 0, 0)
	wantBudget(t, w, w.ds[1], 0, w.terms.budget)
	w.warpPast(uint64(w.job(griefed).AcceptBy))
	for _, ds := range w.ds {
		wantBudget(t, w, ds, 0, 0) // lapsed: nobody sent a transaction
	}
	w.openJob() // the budgets are usable again
	if err := cancelBy(w, acctGriefer, griefed); err != nil {
		t.Fatal(err)
	}
	for i, o := range owners {
		wantEqual(t, "owner's credit: the griefer's submission fee, kept", w.credits(w.addr(o)), w.terms.submitFees[i])
	}
	wantEqual(t, "griefer's refund (less the submission fees)", w.credits(w.addr(acctGriefer)),
		new(big.Int).Sub(w.price(p), sum(w.terms.submitFees...)))
	w.checkBooks()
}

// TestDeltaComposes: δ is spent against a per-dataset budget as ε is, so k jobs
// compose to at most the budget (basic composition). v1: every job could use
// δ up to maxDelta, without limit on their number.
func TestDeltaComposes(t *testing.T) {
	w := newWorld(t, startChain(t))
	pp := w.publishParams(0)
	pp.DeltaBudget = 3 * pp.MaxDelta
	ds := new(big.Int).SetUint64(w.publish(acctOwner1, pp, nil))
	job := func(p *chain.JobParams) {
		p.Datasets = []*big.Int{ds}
		p.Dropouts = 0
		p.Delta = pp.MaxDelta
	}
	var ids []uint64
	for range 3 {
		id := w.jobWith(job)
		w.accept(id, acctOwner1)
		ids = append(ids, id)
	}
	if d := w.dataset(ds.Uint64()); d.DeltaSpent != 3*pp.MaxDelta || d.DeltaReserved != 0 {
		t.Fatalf("δ spent %d reserved %d, want %d spent", d.DeltaSpent, d.DeltaReserved, 3*pp.MaxDelta)
	}
	jc := w.jobCall()
	job(&jc.p)
	jc.p.MaxTotal = w.price(jc.p)
	jc.pay = jc.p.MaxTotal
	_, err := w.submitCall(jc)
	wantRevert(t, err, "DeltaBudgetExceeded")
	// A job that never starts (its compute nodes never accepted) gives its
	// owners' δ back, and the budget takes another job.
	w.warpPast(uint64(w.job(ids[0]).AcceptBy))
	if err := closeAcceptance(w, ids[0]); err != nil {
		t.Fatal(err)
	}
	if d := w.dataset(ds.Uint64()); d.DeltaSpent != 2*pp.MaxDelta {
		t.Fatalf("δ spent %d after the first job was cancelled, want %d", d.DeltaSpent, 2*pp.MaxDelta)
	}
	w.jobWith(job)
	w.checkBooks()
}

// TestPriceFrontRunIsRefused: the buyer quotes, sends more than the quote (as a
// spec's "pay" may), and an owner raises its price before the submission is
// mined. v1: the job went through at the raised price, paid from the buyer's
// excess. v2: JobParams carries the most the buyer agreed to; the raised total
// is above it and the submission is refused, with nothing moved.
func TestPriceFrontRunIsRefused(t *testing.T) {
	w := newWorld(t, startChain(t))
	jc := w.jobCall()
	jc.pay = new(big.Int).Add(jc.p.MaxTotal, chain.Coins(1))
	w.ok(acctOwner1, func(m *chain.Market) (*types.Receipt, error) {
		return m.UpdateDataset(w.ctx, w.ds[0], chain.DatasetUpdate{Price: coins("0.9"), SubmitFee: w.terms.submitFees[0], Engines: w.terms.engines})
	})
	before := w.totals()
	_, err := w.submitCall(jc)
	wantRevert(t, err, "PriceAboveMax")
	wantEqual(t, "escrow", w.totals().Escrow, before.Escrow)
	w.checkBooks()
}

// TestLateFailJobStartsTheRedeemWindow: nobody calls failJob until long after the
// deadline. v1: the redeem window ran from the deadline, so the job could be
// closed in the same block it failed, before any owner redeemed. v2: it runs
// from the failJob call.
func TestLateFailJobStartsTheRedeemWindow(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.startedJob()
	w.warpPast(uint64(w.job(id).Deadline) + 3*uint64(w.cfg.RedeemWindow/time.Second))
	rcpt := w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(w.ctx, id) })
	if got, want := uint64(w.job(id).EndedAt), blockTime(t, w, rcpt); got != want {
		t.Fatalf("endedAt = %d, want the failJob block's time %d", got, want)
	}
	wantRevert(t, closeJob(w, id), "RedeemWindowOpen")
	rounds := uint32(3)
	if err := w.redeem(id, owners[0], rounds, w.sign(id, owners[0], rounds, acctCompute1)); err != nil {
		t.Fatalf("redeeming after a late failJob: %v", err)
	}
	w.checkBooks()
}

// TestWithholdingComputeNodeIsBlamed: with several compute nodes (as mpc has),
// one that withholds its step is blamed, not the aggregator that could not
// commit without it: its bond pays the fee of the node that proved delivery,
// and it is paid nothing (never a bond to a party that withheld its own step).
func TestWithholdingComputeNodeIsBlamed(t *testing.T) {
	w := newWorld(t, startChain(t))
	p := w.jobParams()
	p.Compute = append(p.Compute, w.addr(acctSelf)) // acctSelf will withhold
	id := w.submit(acctBuyer, p)
	w.accept(id, acctCompute1, acctCompute2, acctSelf, owners[0], owners[1], owners[2])
	if err := attestBy(w, acctCompute2, id, blobHash, []byte("share commitment")); err != nil {
		t.Fatal(err)
	}
	bond := sum(w.terms.fees...)
	w.warpPast(w.job(id).CommitBy)
	if err := failJob(w, id); err != nil {
		t.Fatal(err)
	}
	j := w.job(id)
	if j.Failure != chain.FailHelper {
		t.Fatalf("failure = %s, want a withholding compute node", chain.FailureName(j.Failure))
	}
	wantEqual(t, "withholder's stake", w.node(acctSelf).Stake, new(big.Int).Sub(w.terms.stake, bond))
	wantEqual(t, "withholder's credit", w.credits(w.addr(acctSelf)), new(big.Int))
	wantEqual(t, "aggregator's stake", w.node(acctCompute1).Stake, w.terms.stake)
	wantEqual(t, "aggregator's credit (nothing proven delivered)", w.credits(w.addr(acctCompute1)), new(big.Int))
	wantEqual(t, "compute2's credit (its fee, from the withholder's bond)", w.credits(w.addr(acctCompute2)), w.terms.fees[1])
	w.checkBooks()
}

// TestDisputes: a majority of the owners disputing fails the job, slashes the
// aggregator and returns their bonds; a dispute no majority joins is burned on
// the disputer's own signed receipt of the payload, and returned without one.
func TestDisputes(t *testing.T) {
	c := startChain(t)
	t.Run("majority", func(t *testing.T) {
		w := newWorld(t, c)
		id := w.committedJob()
		for _, o := range owners[:2] {
			if err := disputeBy(w, o, id, w.cfg.DisputeBond); err != nil {
				t.Fatal(err)
			}
		}
		j := w.job(id)
		if j.State != chain.JobFailed || j.Failure != chain.FailDisputed {
			t.Fatalf("job = %s (%s)", chain.JobStateName(j.State), chain.FailureName(j.Failure))
		}
		wantEqual(t, "aggregator's stake", w.node(acctCompute1).Stake, new(big.Int).Sub(w.terms.stake, sum(w.terms.fees[:2]...)))
		for _, o := range owners[:2] {
			wantEqual(t, "disputer's credit: its bond back", w.credits(w.addr(o)), w.cfg.DisputeBond)
		}
		w.checkBooks()
	})
	for _, signed := range []bool{true, false} {
		name := map[bool]string{true: "minority, payload receipt signed", false: "minority, no payload receipt"}[signed]
		t.Run(name, func(t *testing.T) {
			w := newWorld(t, c)
			id := w.disputedJob()
			w.warpPast(uint64(w.job(id).Deadline))
			w.settle(id)
			burned := w.totals().Burned
			if signed {
				if err := forfeitBy(w, id, owners[2], w.payloadReceipt(id, owners[2], payloadHash, owners[2])); err != nil {
					t.Fatal(err)
				}
				wantEqual(t, "burned", w.totals().Burned, sum(burned, w.cfg.DisputeBond))
			}
			w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow/time.Second))
			if err := closeJob(w, id); err != nil {
				t.Fatal(err)
			}
			back := new(big.Int)
			if !signed {
				back = w.cfg.DisputeBond
			}
			wantEqual(t, "disputer's credit", w.credits(w.addr(owners[2])), sum(back, w.terms.submitFees[2]))
			w.checkBooks()
		})
	}
}

// TestAbortIsNotSlashed: an aggregator that cannot complete a job says so; it
// is not slashed and forgoes its fee, the other compute node is paid from
// escrow, and the status says why.
func TestAbortIsNotSlashed(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.startedJob()
	if err := abortBy(w, acctCompute1, id, "2 of 3 owners gone"); err != nil {
		t.Fatal(err)
	}
	j := w.job(id)
	if j.Failure != chain.FailAborted || j.AbortReason != "2 of 3 owners gone" {
		t.Fatalf("failure %s, reason %q", chain.FailureName(j.Failure), j.AbortReason)
	}
	if got := j.Explain(uint64(w.now().Unix())); got == "" || got[:6] != "failed" {
		t.Fatalf("explain = %q", got)
	}
	wantEqual(t, "aggregator's stake", w.node(acctCompute1).Stake, w.terms.stake)
	wantEqual(t, "aggregator's credit", w.credits(w.addr(acctCompute1)), new(big.Int))
	wantEqual(t, "compute2's fee", w.credits(w.addr(acctCompute2)), w.terms.fees[1])
	w.checkBooks()
}

// TestDomainSeparatorIsTheChains: the contract's EIP-712 domain is the Go
// client's for this chain; it is computed from block.chainid whenever that
// differs from the deploy chain's, so a signature does not verify across a fork.
func TestDomainSeparatorIsTheChains(t *testing.T) {
	w := newWorld(t, startChain(t))
	r := chain.PayloadReceipt{JobID: 7, Owner: w.addr(acctOwner1), PayloadHash: payloadHash}
	onChain, err := w.m[0].PayloadReceiptDigest(w.ctx, r)
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(onChain) != r.Digest(w.domain) {
		t.Fatalf("payload receipt digest: contract %x, Go %x", onChain, r.Digest(w.domain))
	}
	other := chain.Domain{ChainID: big.NewInt(1), Contract: w.domain.Contract}
	if r.Digest(other) == r.Digest(w.domain) {
		t.Fatal("the digest does not depend on the chain id")
	}
}
