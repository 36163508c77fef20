package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/testcontracts"
)

// hostile is a ReentrantReceiver acting as a buyer: it submits and cancels jobs
// through exec, and when paid tries to re-enter the market.
type hostile struct {
	w    *world
	addr common.Address
	rr   *testcontracts.ReentrantReceiver
	mk   *chain.Marketplace
}

func deployHostile(t *testing.T, w *world) *hostile {
	t.Helper()
	h := &hostile{w: w, rr: testcontracts.NewReentrantReceiver(), mk: chain.NewMarketplace()}
	code := append(common.FromHex(testcontracts.ReentrantReceiverMetaData.Bin), h.rr.PackConstructor(w.m[0].Address())...)
	rcpt, err := w.c.senders[acctBuyer].Send(w.ctx, chain.Call{Data: code})
	if err != nil {
		t.Fatal(err)
	}
	h.addr = rcpt.ContractAddress
	w.others = append(w.others, h.addr)
	return h
}

// exec has the receiver call the market with data, forwarding value.
func (h *hostile) exec(t *testing.T, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	return h.send(t, h.rr.PackExec(data), value)
}

// send calls the receiver itself.
func (h *hostile) send(t *testing.T, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	rcpt, err := h.w.c.senders[acctBuyer].Send(h.w.ctx, chain.Call{To: &h.addr, Data: data, Value: value})
	if err != nil {
		t.Fatal(err)
	}
	return rcpt
}

// submit has the receiver submit the default job, paying its price, and
// returns what cancelling it refunds.
func (h *hostile) submit(t *testing.T) (uint64, *big.Int) {
	t.Helper()
	p := h.w.jobParams()
	price := h.w.price(p)
	rcpt := h.exec(t, h.mk.PackSubmitJob(p, jobSpec), price)
	for _, l := range rcpt.Logs {
		if ev, err := h.mk.UnpackJobSubmittedEvent(l); err == nil {
			// Cancelling refunds the escrow: the price less the submission fees.
			return ev.Id.Uint64(), new(big.Int).Sub(price, sum(h.w.terms.submitFees...))
		}
	}
	t.Fatal("no JobSubmitted event")
	return 0, nil
}

// cancel is the calldata cancelling job id.
func (h *hostile) cancel(t *testing.T, id uint64) []byte {
	t.Helper()
	terms, err := h.w.m[0].Terms(h.w.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	return h.mk.PackCancelJob(new(big.Int).SetUint64(id), terms.Encoded)
}

func (h *hostile) counter(t *testing.T, data []byte) uint64 {
	t.Helper()
	out, err := h.w.c.client.CallContract(h.w.ctx, ethereum.CallMsg{To: &h.addr, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return new(big.Int).SetBytes(out).Uint64()
}

// TestReentrantWithdrawGetsOnlyItsCredit: a receiver whose receive() calls back
// into the market gets exactly what it was credited. Re-entering withdraw finds
// the credit already zeroed; re-entering cancelJob of another of its jobs is
// allowed and only moves that job's refund into its credit, paid by the next
// withdraw. The books balance throughout.
func TestReentrantWithdrawGetsOnlyItsCredit(t *testing.T) {
	w := newWorld(t, startChain(t))
	h := deployHostile(t, w)
	first, p1 := h.submit(t)
	second, p2 := h.submit(t)
	h.exec(t, h.cancel(t, first), nil)
	wantEqual(t, "receiver's credit", w.credits(h.addr), p1)

	h.exec(t, h.mk.PackWithdraw(), nil) // receive() re-enters withdraw()
	wantEqual(t, "receiver's balance", w.balance(h.addr), p1)
	wantEqual(t, "receiver's credit", w.credits(h.addr), new(big.Int))
	if n, ok := h.counter(t, h.rr.PackReentries()), h.counter(t, h.rr.PackReentriesSucceeded()); n != 1 || ok != 0 {
		t.Fatalf("re-entries %d, succeeded %d; want 1 and 0", n, ok)
	}
	w.checkBooks()

	// Now receive() cancels the second job while its third job's refund is paid out.
	h.send(t, h.rr.PackSetReentry(h.cancel(t, second)), nil)
	third, p3 := h.submit(t)
	h.exec(t, h.cancel(t, third), nil)
	h.exec(t, h.mk.PackWithdraw(), nil)
	wantEqual(t, "receiver's balance", w.balance(h.addr), sum(p1, p3))
	wantEqual(t, "receiver's credit (the second job's refund)", w.credits(h.addr), p2)
	if j := w.job(second); j.State != chain.JobCancelled {
		t.Fatalf("second job = %s, want cancelled by the re-entry", chain.JobStateName(j.State))
	}
	h.exec(t, h.mk.PackWithdraw(), nil) // the re-entry is refused now: cancelled already
	wantEqual(t, "receiver's balance", w.balance(h.addr), sum(p1, p2, p3))
	wantEqual(t, "receiver's credit", w.credits(h.addr), new(big.Int))
	if n, ok := h.counter(t, h.rr.PackReentries()), h.counter(t, h.rr.PackReentriesSucceeded()); n != 3 || ok != 1 {
		t.Fatalf("re-entries %d, succeeded %d; want 3 and 1 (the legitimate cancel)", n, ok)
	}
	tot := w.totals()
	wantEqual(t, "market's balance (stakes and the owners' submission fees)", w.balance(w.m[0].Address()), sum(tot.Staked, tot.Credits))
	w.checkBooks()
}
