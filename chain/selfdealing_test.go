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
// and names itself aggregator gets its own fee back at best; over a settled and
// a failed job, with or without signing receipts, it never ends up richer.
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
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, c)
			before := w.wealth(acctSelf)
			cost := selfAggregatedJob(t, w, tc.settle, tc.receipts)
			change := new(big.Int).Sub(w.wealth(acctSelf), before)
			wantEqual(t, "buyer-aggregator's wealth change", change, new(big.Int).Neg(cost))
			if change.Sign() > 0 {
				t.Fatalf("the buyer-aggregator gained %s wei", change)
			}
			w.checkBooks()
		})
	}
}

// selfAggregatedJob runs a job that acctSelf buys and aggregates to its end and
// its withdrawal, and returns what the rules say it costs acctSelf: the owners'
// pay, compute2's fee if the job settled, its slashed stake if it failed.
func selfAggregatedJob(t *testing.T, w *world, settle bool, receipts uint32) *big.Int {
	p := w.jobParams()
	p.Compute = []common.Address{w.addr(acctSelf), w.addr(acctCompute2)}
	id := w.submit(acctSelf, p)
	w.accept(id, acctSelf, acctCompute2, owners[0], owners[1], owners[2])
	cost := new(big.Int)
	if settle {
		w.commit(id, acctSelf)
		w.confirm(id, payloadHash, owners[0], owners[1])
		cost.Add(cost, w.terms.fees[1])
	} else {
		w.warpPast(w.job(id).Deadline)
		if err := failJob(w, id); err != nil {
			t.Fatal(err)
		}
		cost.Add(cost, new(big.Int).Div(new(big.Int).Mul(w.terms.stake, big.NewInt(int64(w.cfg.SlashBps))), big.NewInt(10000)))
	}
	for i, o := range owners {
		if receipts == 0 {
			break
		}
		if err := w.redeem(id, o, receipts, w.sign(id, o, receipts, acctSelf)); err != nil {
			t.Fatal(err)
		}
		cost.Add(cost, ownerPay(w.terms.prices[i], receipts, w.terms.jobRounds, w.cfg.KappaBps))
	}
	w.warpPast(w.job(id).EndedAt + uint64(w.cfg.RedeemWindow/time.Second))
	if err := closeJob(w, id); err != nil {
		t.Fatal(err)
	}
	w.ok(acctSelf, func(m *chain.Market) (*types.Receipt, error) { return m.Withdraw(w.ctx) })
	return cost
}

// TestUnregister: a node with an accepted open job cannot leave; a node merely
// named in a job can; the stake comes back only after the delay.
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
	w.warpPast(w.job(id).AcceptBy)
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
