package chain_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// TestPaidBitmapOnePaymentPerOwner attacks the merge of the declined and
// confirmed bitmaps into one `paid` bitmap, with the owners at bits 64 and
// 65 (where a truncation to 64 bits would alias them to owners 0 and 1): an
// owner that declined cannot accept, decline again or confirm; an owner that
// accepted cannot decline, and confirms once; Participant tells declined
// from confirmed and does not spill onto bits 0 and 1; each is paid exactly
// once: the decliner its submission fee at its decline and nothing at the
// close, the confirmer its price and fee, an accepted owner that never
// confirmed its fee at the close.
func TestPaidBitmapOnePaymentPerOwner(t *testing.T) {
	w, accts, ds := bigWorld(t)
	p := w.jobParams()
	p.Datasets = ds
	id := w.submit(acctBuyer, p)
	declined, confirmer, silent := 64, 65, 127
	w.accept(id, acctCompute1, acctCompute2)
	w.ok(accts[declined], func(m *chain.Market) (*types.Receipt, error) { return m.DeclineJob(w.ctx, id, "busy") })
	w.accept(id, accts[0], accts[confirmer])
	_, err := w.try(accts[declined], func(m *chain.Market) (*types.Receipt, error) { return m.AcceptJob(w.ctx, id) })
	wantRevert(t, err, "AlreadyDeclined")
	_, err = w.try(accts[declined], func(m *chain.Market) (*types.Receipt, error) { return m.DeclineJob(w.ctx, id, "again") })
	wantRevert(t, err, "AlreadyDeclined")
	_, err = w.try(accts[confirmer], func(m *chain.Market) (*types.Receipt, error) { return m.DeclineJob(w.ctx, id, "changed my mind") })
	wantRevert(t, err, "AlreadyAccepted")
	fee := w.dataset(ds[declined].Uint64()).SubmitFee
	wantEqual(t, "decliner's credit at its decline", w.credits(w.addr(accts[declined])), fee)

	j := w.job(id)
	if d, a := j.Participant(w.addr(accts[declined])), j.Participant(w.addr(accts[0])); !d.Declined || d.Accepted || d.Confirmed ||
		!a.Accepted || a.Declined || a.Confirmed {
		t.Fatalf("after the answers: owner 64 %+v (want declined only), owner 0 %+v (want accepted only)", d, a)
	}
	for i, a := range accts {
		if i != declined && i != 0 && i != confirmer {
			w.accept(id, a)
		}
	}
	w.warpPast(uint64(j.AcceptBy))
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseAcceptance(w.ctx, id) })

	wantRevert(t, w.redeem(id, accts[declined], 0, nil), "NotAccepted")
	w.confirm(id, payloadHash, accts[confirmer])
	wantRevert(t, w.redeem(id, accts[confirmer], w.terms.jobRounds, w.sign(id, accts[confirmer], w.terms.jobRounds, acctCompute1)), "AlreadyConfirmed")
	j = w.job(id)
	c, one := j.Participant(w.addr(accts[confirmer])), j.Participant(w.addr(accts[1]))
	if !c.Confirmed || c.Declined || !c.Accepted || one.Confirmed || one.Declined || j.Unconfirmed() != 126 {
		t.Fatalf("after one confirmation: owner 65 %+v (want accepted, confirmed), owner 1 %+v (want neither), %d unconfirmed (want 126)",
			c, one, j.Unconfirmed())
	}
	w.commit(id, acctCompute1)
	w.warpPast(uint64(w.job(id).Deadline)) // no majority matched before the reveal: the dispute window runs out
	w.settle(id)
	w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow/time.Second))
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseJob(w.ctx, id) })

	wantEqual(t, "decliner's credit after the close", w.credits(w.addr(accts[declined])), fee)
	d := w.dataset(ds[confirmer].Uint64())
	wantEqual(t, "confirmer's credit", w.credits(w.addr(accts[confirmer])), sum(d.Price, d.SubmitFee))
	wantEqual(t, "silent owner's credit", w.credits(w.addr(accts[silent])), w.dataset(ds[silent].Uint64()).SubmitFee)
	if j := w.job(id); j.Escrow.Sign() != 0 {
		t.Fatalf("%s wei left in escrow", j.Escrow)
	}
	w.checkBooks()
}
