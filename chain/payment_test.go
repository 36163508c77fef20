package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// Fair-exchange rule 3: owners are paid for their part, result or not: kappa of
// the price for the ε spent at acceptance, the rest pro rata by the receipt.
func TestOwnersArePaidByReceiptsWithoutResult(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.failedJob()
	buyerBefore := w.credits(w.addr(acctBuyer))
	total := w.terms.jobRounds
	redeemed := []struct {
		owner  int
		rounds uint32
	}{
		{owners[0], 1},         // the first round: kappa plus its share of the rest
		{owners[1], total + 5}, // more rounds than declared: capped at the price
	}
	refund := new(big.Int)
	for i, r := range redeemed {
		before := w.credits(w.addr(r.owner))
		if err := w.redeem(id, r.owner, r.rounds, w.sign(id, r.owner, r.rounds, acctCompute1)); err != nil {
			t.Fatal(err)
		}
		want := ownerPay(w.terms.prices[i], r.rounds, total, w.cfg.KappaBps)
		wantEqual(t, "owner's pay and submission fee", new(big.Int).Sub(w.credits(w.addr(r.owner)), before), sum(want, w.terms.submitFees[i]))
		onChain, err := w.m[0].OwnerPay(w.ctx, w.terms.prices[i], r.rounds, total)
		if err != nil {
			t.Fatal(err)
		}
		wantEqual(t, "contract's ownerPay", onChain, want)
		refund.Add(refund, new(big.Int).Sub(w.terms.prices[i], want))
		wantRevert(t, w.redeem(id, r.owner, r.rounds, w.sign(id, r.owner, r.rounds, acctCompute1)), "AlreadyConfirmed")
	}
	if first := ownerPay(w.terms.prices[0], 1, total, w.cfg.KappaBps); first.Cmp(coins("0.165")) != 0 {
		t.Fatalf("first round of 0.3 at kappa 50%% over 10 rounds = %s wei, want 0.165 coins", first)
	}
	wantEqual(t, "owner3's credit (silent so far)", w.credits(w.addr(owners[2])), new(big.Int))
	wantEqual(t, "buyer's credit (the unearned part)", w.credits(w.addr(acctBuyer)), sum(buyerBefore, refund))
	wantEqual(t, "escrow (owner3's price and fee until it posts or the job closes)", w.job(id).Escrow,
		sum(w.terms.prices[2], w.terms.submitFees[2]))
	w.checkBooks()
}

// TestForgedReceiptsAreRefused: only the aggregator's low-s signature of this
// owner, this job and these rounds pays rounds, and a refused confirmation
// consumes nothing.
func TestForgedReceiptsAreRefused(t *testing.T) {
	w := newWorld(t, startChain(t))
	other := w.settledJob()
	id := w.startedJob()
	w.commit(id, acctCompute1)
	const rounds = 4
	honest := w.sign(id, acctOwner1, rounds, acctCompute1)
	tests := []struct {
		name   string
		rounds uint32
		sig    []byte
	}{
		{"signed by compute2", rounds, w.sign(id, acctOwner1, rounds, acctCompute2)},
		{"signed by the buyer", rounds, w.sign(id, acctOwner1, rounds, acctBuyer)},
		{"signed by the owner", rounds, w.sign(id, acctOwner1, rounds, acctOwner1)},
		{"for another owner", rounds, w.sign(id, owners[1], rounds, acctCompute1)},
		{"for another job", rounds, w.sign(other, acctOwner1, rounds, acctCompute1)},
		{"for other rounds", rounds + 1, honest},
		{"malleable (high s)", rounds, malleate(honest)},
		{"v as 0 or 1", rounds, withV(honest, honest[64]-27)},
		{"v of 29", rounds, withV(honest, 29)},
		{"64 bytes", rounds, honest[:64]},
		{"66 bytes", rounds, append(append([]byte(nil), honest...), 0)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			wantRevert(t, w.redeem(id, acctOwner1, tc.rounds, tc.sig), "BadReceipt")
		})
	}
	w.t = t
	if err := w.redeem(id, acctOwner1, rounds, honest); err != nil {
		t.Fatalf("the honest receipt after the forgeries: %v", err)
	}
	wantEqual(t, "owner1's credit", w.credits(w.addr(acctOwner1)),
		sum(ownerPay(w.terms.prices[0], rounds, w.terms.jobRounds, w.cfg.KappaBps), w.terms.prices[0],
			w.terms.submitFees[0], w.terms.submitFees[0])) // the settled job paid the whole price
	w.checkBooks()
}

// secp256k1N is the order of the curve's group.
var secp256k1N, _ = new(big.Int).SetString("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16)

// malleate returns the other valid encoding of sig: s' = n - s, parity flipped.
func malleate(sig []byte) []byte {
	out := append([]byte(nil), sig...)
	s := new(big.Int).SetBytes(sig[32:64])
	new(big.Int).Sub(secp256k1N, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - sig[64]
	return out
}

func withV(sig []byte, v byte) []byte {
	out := append([]byte(nil), sig...)
	out[64] = v
	return out
}

// Fair-exchange rules 4 and 7: owners commit, bound to their own address, the
// payload they recomputed before the aggregator reveals it; a commitment copied
// from another owner does not match. The job settles as soon as no majority of
// the owners can dispute any more, and the fees are paid then.
func TestResultSettlesWhenNoMajorityCanDispute(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.startedJob()
	w.confirm(id, payloadHash, owners[0])
	copied := w.commitment(id, owners[0], payloadHash) // owner2 copies owner1's commitment
	sig := w.sign(id, owners[1], w.terms.jobRounds, acctCompute1)
	w.ok(owners[1], func(m *chain.Market) (*types.Receipt, error) {
		return m.ConfirmResult(w.ctx, id, copied, w.terms.jobRounds, sig)
	})
	w.commit(id, acctCompute1)
	if j := w.job(id); j.Confirmations != 1 || !j.Participant(w.addr(owners[0])).Matched || j.Participant(w.addr(owners[1])).Matched {
		t.Fatalf("after the reveal: %d confirmations (want owner1's only)", j.Confirmations)
	}
	wantRevert(t, settleBy(w, id), "NotDecided")
	wantEqual(t, "compute1's credit before settlement", w.credits(w.addr(acctCompute1)), new(big.Int))
	w.confirm(id, payloadHash, owners[2]) // after the reveal: counts, though it could be a copy
	rcpt := w.settle(id)
	j := w.job(id)
	if j.State != chain.JobSettled || j.Confirmations != 2 {
		t.Fatalf("after the quorum: %s with %d confirmations", chain.JobStateName(j.State), j.Confirmations)
	}
	if at := blockTime(t, w, rcpt); uint64(j.EndedAt) != at {
		t.Fatalf("endedAt = %d, want the settling block's time %d", j.EndedAt, at)
	}
	credited := creditsIn(t, rcpt)
	wantEqual(t, "compute1's fee", credited[w.addr(acctCompute1)], w.terms.fees[0])
	wantEqual(t, "compute2's fee (vouched for)", credited[w.addr(acctCompute2)], w.terms.fees[1])
	wantEqual(t, "escrow (every owner paid)", j.Escrow, new(big.Int))
	for _, a := range []int{acctCompute1, acctCompute2} {
		wantEqual(t, "locked stake", w.node(a).Locked, new(big.Int))
	}
	w.checkBooks()
}

func settleBy(w *world, id uint64) error {
	_, err := w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.SettleJob(w.ctx, id) })
	return err
}

// Fair-exchange rule 5: no result by the commit deadline fails the job; the
// aggregator's step is missing, so its bond (the job's fees) is slashed: it
// pays compute2's fee (compute2 proved it delivered) and the rest is burned.
// The buyer gets every fee back.
func TestFailedJobSlashesTheAggregatorsBond(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.startedJob()
	w.ok(acctCompute2, func(m *chain.Market) (*types.Receipt, error) {
		return m.AttestStep(w.ctx, id, blobHash, nil)
	})
	wantRevert(t, failJob(w, id), "DeadlineNotReached")
	before := w.totals()
	buyerBefore := w.credits(w.addr(acctBuyer))
	w.warpPast(w.job(id).CommitBy)
	rcpt := w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(w.ctx, id) })
	j := w.job(id)
	if j.State != chain.JobFailed || j.Failure != chain.FailNoResult || uint64(j.EndedAt) != blockTime(t, w, rcpt) {
		t.Fatalf("job = %s (%s) ended %d", chain.JobStateName(j.State), chain.FailureName(j.Failure), j.EndedAt)
	}
	fees := sum(w.terms.fees[0], w.terms.fees[1])
	burned := new(big.Int).Sub(fees, w.terms.fees[1])
	wantEqual(t, "buyer's credit (every fee back)", w.credits(w.addr(acctBuyer)), sum(buyerBefore, fees))
	wantEqual(t, "compute2's credit (its fee, from the bond)", w.credits(w.addr(acctCompute2)), w.terms.fees[1])
	wantEqual(t, "aggregator's stake", w.node(acctCompute1).Stake, new(big.Int).Sub(w.terms.stake, fees))
	wantEqual(t, "compute2's stake", w.node(acctCompute2).Stake, w.terms.stake)
	after := w.totals()
	wantEqual(t, "total burned", after.Burned, sum(before.Burned, burned))
	wantEqual(t, "total staked", after.Staked, new(big.Int).Sub(before.Staked, fees))
	wantEqual(t, "escrow (the owners' prices and submission fees)", j.Escrow, sum(append(append([]*big.Int{}, w.terms.prices...), w.terms.submitFees...)...))
	w.checkBooks()
}

// TestCloseJobReturnsUnearned: after the redeem window, what nobody claimed
// goes back to the buyer, and owners can no longer post.
func TestCloseJobReturnsUnearned(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.settledJob() // owners 1 and 2 paid in full; owner3 silent
	wantRevert(t, closeJob(w, id), "RedeemWindowOpen")
	buyerBefore := w.credits(w.addr(acctBuyer))
	w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow/time.Second))
	if err := closeJob(w, id); err != nil {
		t.Fatal(err)
	}
	j := w.job(id)
	if !j.Closed() || j.Escrow.Sign() != 0 {
		t.Fatalf("job closed=%v escrow=%s, want closed and empty", j.Closed(), j.Escrow)
	}
	wantEqual(t, "buyer's credit", w.credits(w.addr(acctBuyer)), sum(buyerBefore, w.terms.prices[2]))
	wantRevert(t, w.redeem(id, owners[2], 0, nil), "RedeemWindowClosed")
	w.checkBooks()
}

// Fair-exchange rule 6: withdraw pays exactly the credit, once; withdrawTo
// sends it elsewhere.
func TestWithdrawPaysCreditOnce(t *testing.T) {
	w := newWorld(t, startChain(t))
	for _, to := range []int{acctBuyer, acctStranger} {
		id := w.openJob()
		if err := cancelBy(w, acctBuyer, id); err != nil {
			t.Fatal(err)
		}
		credit := w.credits(w.addr(acctBuyer))
		wantEqual(t, "credit (payment less submission fees)", credit, sum(append(w.terms.prices, w.terms.fees[:2]...)...))
		before := w.balance(w.addr(to))
		rcpt := w.ok(acctBuyer, func(m *chain.Market) (*types.Receipt, error) {
			if to == acctBuyer {
				return m.Withdraw(w.ctx)
			}
			return m.WithdrawTo(w.ctx, w.addr(to))
		})
		got := new(big.Int).Sub(w.balance(w.addr(to)), before)
		if to == acctBuyer {
			got.Add(got, gasCost(rcpt))
		}
		wantEqual(t, "balance change", got, credit)
		wantEqual(t, "credit after withdraw", w.credits(w.addr(acctBuyer)), new(big.Int))
		wantRevert(t, withdraw(acctBuyer)(w), "NothingToWithdraw")
	}
	w.checkBooks()
}

func creditsIn(t *testing.T, rcpt *types.Receipt) map[common.Address]*big.Int {
	t.Helper()
	out := map[common.Address]*big.Int{}
	b := chain.NewMarketplace()
	for _, l := range rcpt.Logs {
		if ev, err := b.UnpackCreditedEvent(l); err == nil {
			out[ev.Account] = sum(out[ev.Account], ev.Amount)
		}
	}
	return out
}

func blockTime(t *testing.T, w *world, rcpt *types.Receipt) uint64 {
	t.Helper()
	h, err := w.c.client.HeaderByNumber(w.ctx, rcpt.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}
