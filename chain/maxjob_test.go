package chain_test

import (
	"math/big"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// bigWorld is the valid scenario plus chain.MaxDatasetsPerJob more owners
// (accounts numAccounts.. on a chain funding them), one dataset each; it
// returns the world, the owners' accounts and their datasets, in job order.
func bigWorld(t *testing.T) (*world, []int, []*big.Int) {
	n := chain.MaxDatasetsPerJob
	w := newWorld(t, startChainOf(t, numAccounts+n))
	var accts []int
	var ds []*big.Int
	for i := range n {
		a := numAccounts + i
		w.register(a, chain.RoleOwner, nil, nil)
		ds = append(ds, new(big.Int).SetUint64(w.publish(a, w.publishParams(i), nil)))
		accts = append(accts, a)
	}
	return w, accts, ds
}

// TestJobOfMaxDatasets: a job over chain.MaxDatasetsPerJob (128) datasets
// lives its whole life with exact books, and one more dataset is refused. The
// owners whose bit is 64 or above (where a 64-bit bitmap would lose them)
// take every path: owner 64 declines, 100..126 confirm after the reveal, 127
// disputes, is outvoted, confirms after the settlement and forfeits its bond;
// 0..99 (64 excepted) commit before the reveal. In the end every owner holds
// exactly its pay and submission fee, each compute node its fee, the buyer the
// price of the declined dataset, the dispute bond is burned and the job's
// escrow is zero.
func TestJobOfMaxDatasets(t *testing.T) {
	w, accts, ds := bigWorld(t)
	p := w.jobParams()
	p.Datasets = append(slices.Clone(ds), p.Datasets[0])
	p.MaxTotal = w.price(p)
	_, err := w.submitCall(&jobCall{buyer: acctBuyer, p: p, spec: jobSpec, pay: p.MaxTotal})
	wantRevert(t, err, "InvalidDatasets")

	p.Datasets = ds
	id := w.submit(acctBuyer, p)
	declined, disputer := 64, 127
	w.accept(id, acctCompute1, acctCompute2)
	w.ok(accts[declined], func(m *chain.Market) (*types.Receipt, error) { return m.DeclineJob(w.ctx, id, "busy") })
	for i, a := range accts {
		if i != declined {
			w.accept(id, a)
		}
	}
	j := w.job(id)
	if j.State != chain.JobOpen || j.OwnersAccepted != 127 || j.OwnersDeclined != 1 || !j.Participant(w.addr(accts[127])).Accepted ||
		!j.Participant(w.addr(accts[declined])).Declined || j.Participant(w.addr(accts[declined])).Accepted {
		t.Fatalf("after the answers: state %d, %d accepted, %d declined, owner 127 %+v, owner 64 %+v", j.State,
			j.OwnersAccepted, j.OwnersDeclined, j.Participant(w.addr(accts[127])), j.Participant(w.addr(accts[declined])))
	}
	w.warpPast(uint64(j.AcceptBy))
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseAcceptance(w.ctx, id) })

	for i := range 100 {
		if i != declined {
			w.confirm(id, payloadHash, accts[i])
		}
	}
	if got := w.job(id).Unconfirmed(); got != 28 {
		t.Fatalf("%d owners unconfirmed before the reveal, want 28 (100..127)", got)
	}
	w.commit(id, acctCompute1)
	if j := w.job(id); j.Confirmations != 99 || !j.Participant(w.addr(accts[99])).Matched || j.Participant(w.addr(accts[100])).Matched {
		t.Fatalf("at the reveal: %d confirmations, owner 99 %+v, owner 100 %+v, want 99, matched, unmatched",
			j.Confirmations, j.Participant(w.addr(accts[99])), j.Participant(w.addr(accts[100])))
	}
	w.confirm(id, payloadHash, accts[100:disputer]...)
	if err := disputeBy(w, accts[disputer], id, w.cfg.DisputeBond); err != nil {
		t.Fatal(err)
	}
	j = w.job(id)
	if last := j.Participant(w.addr(accts[disputer-1])); j.Confirmations != 126 || j.Disputes != 1 || !last.Matched || !last.Confirmed ||
		!j.Participant(w.addr(accts[disputer])).Disputed || j.Unconfirmed() != 1 {
		t.Fatalf("before settling: %d confirmations, %d disputes, owner 126 %+v, owner 127 %+v, %d unconfirmed",
			j.Confirmations, j.Disputes, last, j.Participant(w.addr(accts[disputer])), j.Unconfirmed())
	}
	w.settle(id)
	w.confirm(id, payloadHash, accts[disputer])
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) {
		return m.ForfeitBond(w.ctx, id, w.addr(accts[disputer]), w.payloadReceipt(id, accts[disputer], payloadHash, accts[disputer]))
	})
	w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow/time.Second))
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseJob(w.ctx, id) })

	j = w.job(id)
	if j.State != chain.JobSettled || j.Escrow.Sign() != 0 {
		t.Fatalf("job ended in state %d with %s wei in escrow, want settled and 0", j.State, j.Escrow)
	}
	for i, a := range accts {
		d := w.dataset(ds[i].Uint64())
		want := sum(d.Price, d.SubmitFee)
		if i == declined {
			want = d.SubmitFee
		}
		wantEqual(t, "credit of owner "+strconv.Itoa(i), w.credits(w.addr(a)), want)
	}
	wantEqual(t, "aggregator's credit", w.credits(w.addr(acctCompute1)), w.node(acctCompute1).Fee)
	wantEqual(t, "helper's credit", w.credits(w.addr(acctCompute2)), w.node(acctCompute2).Fee)
	wantEqual(t, "buyer's refund", w.credits(w.addr(acctBuyer)), w.dataset(ds[declined].Uint64()).Price)
	wantEqual(t, "burned", w.totals().Burned, w.cfg.DisputeBond)
	w.checkBooks()
}
