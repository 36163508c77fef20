package chain_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// ownerPay is rule 3 written from its statement: the first round earns kappa of
// the price, the rest of the price is earned pro rata over the declared rounds,
// and no receipt earns more than the price. Integer division as on-chain.
func ownerPay(price *big.Int, done, total uint32, kappaBps uint16) *big.Int {
	if done == 0 {
		return new(big.Int)
	}
	done = min(done, total)
	first := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(int64(kappaBps))), big.NewInt(10000))
	rest := new(big.Int).Sub(price, first)
	rest.Mul(rest, big.NewInt(int64(done))).Div(rest, big.NewInt(int64(total)))
	return rest.Add(rest, first)
}

// Fair-exchange rule 3: owners are paid by receipts even when there is no result.
func TestOwnersArePaidByReceiptsWithoutResult(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.failedJob()
	buyerBefore := w.credits(w.addr(acctBuyer))
	total := w.terms.jobRounds
	redeemed := []struct {
		owner  int
		rounds uint32
	}{
		{owners[0], 1},         // the first round: kappa, plus its share of the rest
		{owners[1], total + 5}, // more rounds than declared: capped at the price
	}
	refund := new(big.Int)
	for i, r := range redeemed {
		if err := w.redeem(id, r.owner, r.rounds, w.sign(id, r.owner, r.rounds, acctCompute1)); err != nil {
			t.Fatal(err)
		}
		want := ownerPay(w.terms.prices[i], r.rounds, total, w.cfg.KappaBps)
		wantEqual(t, "owner's credit", w.credits(w.addr(r.owner)), want)
		onChain, err := w.m[0].OwnerPay(w.ctx, w.terms.prices[i], r.rounds, total)
		if err != nil {
			t.Fatal(err)
		}
		wantEqual(t, "contract's ownerPay", onChain, want)
		refund.Add(refund, new(big.Int).Sub(w.terms.prices[i], want))
		wantRevert(t, w.redeem(id, r.owner, r.rounds, w.sign(id, r.owner, r.rounds, acctCompute1)), "AlreadyRedeemed")
	}
	if first := ownerPay(w.terms.prices[0], 1, total, w.cfg.KappaBps); first.Cmp(coins("0.165")) != 0 {
		t.Fatalf("first round of 0.3 at kappa 50%% over 10 rounds = %s wei, want 0.165 coins", first)
	}
	wantEqual(t, "owner3's credit (no receipt)", w.credits(w.addr(owners[2])), new(big.Int))
	wantEqual(t, "buyer's credit (the unearned part)", w.credits(w.addr(acctBuyer)), sum(buyerBefore, refund))
	wantEqual(t, "escrow (owner3's price until close)", w.job(id).Escrow, w.terms.prices[2])
	w.checkBooks()
}

// TestForgedReceiptsAreRefused: only the aggregator's low-s signature of this
// owner, this job and these rounds redeems, and a refused receipt consumes nothing.
func TestForgedReceiptsAreRefused(t *testing.T) {
	w := newWorld(t, startChain(t))
	other := w.settledJob()
	id := w.settledJob()
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
	wantEqual(t, "owner1's credit", w.credits(w.addr(acctOwner1)), ownerPay(w.terms.prices[0], rounds, w.terms.jobRounds, w.cfg.KappaBps))
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

// Fair-exchange rule 4: the job settles in the transaction of the confirmation
// that makes n - d matching ones; a mismatching confirmation does not count.
func TestSettlesOnQuorumConfirmation(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.committedJob()
	w.confirm(id, wrongHash, owners[0])
	w.confirm(id, payloadHash, owners[1])
	if j := w.job(id); j.State != chain.JobStarted || j.Confirmations != 1 {
		t.Fatalf("after a mismatch and a match: %s with %d confirmations", chain.JobStateName(j.State), j.Confirmations)
	}
	wantEqual(t, "compute1's credit before settlement", w.credits(w.addr(acctCompute1)), new(big.Int))
	rcpt := w.confirm(id, payloadHash, owners[2])
	j := w.job(id)
	if j.State != chain.JobSettled || j.Confirmations != 2 {
		t.Fatalf("after the quorum: %s with %d confirmations", chain.JobStateName(j.State), j.Confirmations)
	}
	if at := blockTime(t, w, rcpt); j.EndedAt != at {
		t.Fatalf("endedAt = %d, want the confirming block's time %d", j.EndedAt, at)
	}
	credited := creditsIn(t, rcpt)
	wantEqual(t, "compute1's fee in the confirming transaction", credited[w.addr(acctCompute1)], w.terms.fees[0])
	wantEqual(t, "compute2's fee in the confirming transaction", credited[w.addr(acctCompute2)], w.terms.fees[1])
	wantEqual(t, "escrow (the owners' prices)", j.Escrow, sum(w.terms.prices...))
	w.checkBooks()
}

// Fair-exchange rule 5: compute fees only for a settled result. An unsettled job
// fails at its deadline: fees go back to the buyer and slashBps of the
// aggregator's stake is burned, credited to nobody.
func TestFailedJobRefundsFeesAndBurnsStake(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.committedJob()
	w.confirm(id, payloadHash, owners[0]) // one of two needed
	wantRevert(t, failJob(w, id), "DeadlineNotReached")
	before := w.totals()
	buyerBefore := w.credits(w.addr(acctBuyer))
	w.warpPast(w.job(id).Deadline)
	rcpt := w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(w.ctx, id) })
	j := w.job(id)
	if j.State != chain.JobFailed || j.EndedAt != j.Deadline {
		t.Fatalf("job = %s ended %d, want failed at the deadline %d", chain.JobStateName(j.State), j.EndedAt, j.Deadline)
	}
	burned := new(big.Int).Div(new(big.Int).Mul(w.terms.stake, big.NewInt(int64(w.cfg.SlashBps))), big.NewInt(10000))
	fees := sum(w.terms.fees[0], w.terms.fees[1])
	credited := creditsIn(t, rcpt)
	if len(credited) != 1 {
		t.Fatalf("failJob credited %v, want the buyer only", credited)
	}
	wantEqual(t, "buyer's credit", w.credits(w.addr(acctBuyer)), sum(buyerBefore, fees))
	wantEqual(t, "aggregator's stake", w.node(acctCompute1).Stake, new(big.Int).Sub(w.terms.stake, burned))
	wantEqual(t, "compute2's stake", w.node(acctCompute2).Stake, w.terms.stake)
	after := w.totals()
	wantEqual(t, "total burned", after.Burned, sum(before.Burned, burned))
	wantEqual(t, "total staked", after.Staked, new(big.Int).Sub(before.Staked, burned))
	for _, a := range []int{acctCompute1, acctCompute2} {
		wantEqual(t, "compute credit", w.credits(w.addr(a)), new(big.Int))
	}
	wantEqual(t, "escrow (the owners' prices)", j.Escrow, sum(w.terms.prices...))
	w.checkBooks()
}

// TestCloseJobReturnsUnearned: after the redeem window, what no receipt earned
// goes back to the buyer, and receipts can no longer be redeemed.
func TestCloseJobReturnsUnearned(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.settledJob()
	const rounds = 4
	if err := w.redeem(id, acctOwner1, rounds, w.sign(id, acctOwner1, rounds, acctCompute1)); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, closeJob(w, id), "RedeemWindowOpen")
	buyerBefore := w.credits(w.addr(acctBuyer))
	w.warpPast(w.job(id).EndedAt + uint64(w.cfg.RedeemWindow/time.Second))
	if err := closeJob(w, id); err != nil {
		t.Fatal(err)
	}
	j := w.job(id)
	if !j.Closed || j.Escrow.Sign() != 0 {
		t.Fatalf("job closed=%v escrow=%s, want closed and empty", j.Closed, j.Escrow)
	}
	wantEqual(t, "buyer's credit", w.credits(w.addr(acctBuyer)), sum(buyerBefore, w.terms.prices[1], w.terms.prices[2]))
	wantRevert(t, w.redeem(id, owners[1], rounds, w.sign(id, owners[1], rounds, acctCompute1)), "RedeemWindowClosed")
	w.checkBooks()
}

// Fair-exchange rule 6: withdraw pays exactly the credit, once.
func TestWithdrawPaysCreditOnce(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.openJob()
	if err := cancelBy(w, acctBuyer, id); err != nil {
		t.Fatal(err)
	}
	credit := w.credits(w.addr(acctBuyer))
	wantEqual(t, "credit", credit, w.job(id).Payment)
	before := w.balance(w.addr(acctBuyer))
	rcpt := w.ok(acctBuyer, func(m *chain.Market) (*types.Receipt, error) { return m.Withdraw(w.ctx) })
	got := new(big.Int).Sub(w.balance(w.addr(acctBuyer)), before)
	wantEqual(t, "balance change plus gas", got.Add(got, gasCost(rcpt)), credit)
	wantEqual(t, "credit after withdraw", w.credits(w.addr(acctBuyer)), new(big.Int))
	wantRevert(t, withdraw(acctBuyer)(w), "NothingToWithdraw")
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
