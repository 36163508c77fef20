package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// TestBuyerAsOwnAggregatorGainsNothing: a buyer that registers as a compute node
// and names itself aggregator pays, settled or failed, with or without signing
// receipts, exactly what the rules say, never less than settling would cost it,
// and never ends up richer.
func TestBuyerAsOwnAggregatorGainsNothing(t *testing.T) {
	tests := []struct {
		name     string
		settle   bool
		receipts uint32 // rounds each owner's receipt covers; 0 = the aggregator signs none
	}{
		{"settled, honest receipts", true, 10},
		{"settled, receipts for one round", true, 1},
		{"settled, no receipts", true, 0},
		{"failed, honest receipts", false, 10},
		{"failed, no receipts", false, 0},
	}
	c := startChain(t)
	settledCost := map[uint32]*big.Int{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, c)
			before := w.wealth(acctSelf)
			cost := selfAggregatedJob(t, w, tc.settle, tc.receipts)
			change := new(big.Int).Sub(w.wealth(acctSelf), before)
			wantEqual(t, "buyer-aggregator's wealth change", change, new(big.Int).Neg(cost))
			if tc.settle {
				settledCost[tc.receipts] = cost
			} else if cost.Cmp(settledCost[tc.receipts]) < 0 {
				t.Fatalf("failing cost %s, settling %s: failing beats settling", cost, settledCost[tc.receipts])
			}
			w.checkBooks()
		})
	}
}

// selfAggregatedJob runs a job that acctSelf buys and aggregates to its end and
// its withdrawal, and returns what the rules say it costs acctSelf: the owners'
// pay and submission fees, compute2's fee if the job settled, its bond (the
// job's fees) if it failed.
func selfAggregatedJob(t *testing.T, w *world, settle bool, receipts uint32) *big.Int {
	p := w.jobParams()
	p.Compute = []common.Address{w.addr(acctSelf), w.addr(acctCompute2)}
	id := w.submit(acctSelf, p)
	w.accept(id, acctSelf, acctCompute2, owners[0], owners[1], owners[2])
	cost := sum(w.terms.submitFees...)
	for i, o := range owners {
		var sig []byte
		if receipts > 0 {
			sig = w.sign(id, o, receipts, acctSelf)
		}
		w.ok(o, func(m *chain.Market) (*types.Receipt, error) {
			return m.ConfirmResult(w.ctx, id, w.commitment(id, o, payloadHash), receipts, sig)
		})
		cost.Add(cost, ownerPay(w.terms.prices[i], receipts, w.terms.jobRounds, w.cfg.KappaBps))
	}
	if settle {
		w.ok(acctSelf, func(m *chain.Market) (*types.Receipt, error) {
			return m.CommitResult(w.ctx, id, payloadHash, blobHash, "veil-dir://r", vouchAll)
		})
		w.settle(id)
		cost.Add(cost, w.terms.fees[1])
	} else {
		// compute2 proves it delivered its step (an honest helper that sees no
		// result coming does so before the commit deadline), so the blame is the
		// aggregator's.
		if err := attestBy(w, acctCompute2, id, blobHash, nil); err != nil {
			t.Fatal(err)
		}
		w.warpPast(w.job(id).CommitBy)
		if err := failJob(w, id); err != nil {
			t.Fatal(err)
		}
		cost.Add(cost, sum(w.terms.fees[2], w.terms.fees[1]))
	}
	w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow/time.Second))
	if err := closeJob(w, id); err != nil {
		t.Fatal(err)
	}
	w.ok(acctSelf, func(m *chain.Market) (*types.Receipt, error) { return m.Withdraw(w.ctx) })
	return cost
}

// TestUnregister: a node whose stake bonds an accepted job cannot leave; a node
// merely named in a job can; the stake comes back only after the delay.
func TestUnregister(t *testing.T) {
	w := newWorld(t, startChain(t))
	unregister := func(acct int) error {
		_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.UnregisterNode(w.ctx) })
		return err
	}
	id := w.openJob()
	w.accept(id, acctCompute1)
	wantRevert(t, unregister(acctCompute1), "NodeBusy")
	if err := unregister(acctCompute2); err != nil {
		t.Fatalf("a node named in a job it never accepted: %v", err)
	}
	wantRevert(t, claim(acctCompute2)(w), "StakeLocked")
	w.warp(w.cfg.UnstakeDelay - 2*time.Second)
	wantRevert(t, claim(acctCompute2)(w), "StakeLocked")
	w.warp(2 * time.Second)
	stakedBefore := w.totals().Staked
	if err := claim(acctCompute2)(w); err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "compute2's credit", w.credits(w.addr(acctCompute2)), w.terms.stake)
	wantEqual(t, "total staked", w.totals().Staked, new(big.Int).Sub(stakedBefore, w.terms.stake))
	wantRevert(t, claim(acctCompute2)(w), "NoStake")
	// The job cannot start without compute2; once closed, compute1 is free.
	w.warpPast(uint64(w.job(id).AcceptBy))
	if err := closeAcceptance(w, id); err != nil {
		t.Fatal(err)
	}
	if j := w.job(id); j.State != chain.JobCancelled {
		t.Fatalf("job = %s, want cancelled", chain.JobStateName(j.State))
	}
	if err := unregister(acctCompute1); err != nil {
		t.Fatalf("after its job ended: %v", err)
	}
	w.checkBooks()
}
