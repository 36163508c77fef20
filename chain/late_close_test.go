package chain_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// TestCloseAcceptanceAfterDeadlineCancels: a job whose acceptance window is
// closed only after its commit deadline could only fail; it is cancelled and
// refunded instead of spending the owners' ε and slashing the aggregator.
func TestCloseAcceptanceAfterDeadlineCancels(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.openJob()
	w.accept(id, acctCompute1, acctCompute2, owners[0], owners[1]) // enough to start, not all
	stake := w.node(acctCompute1).Stake
	w.warpPast(w.job(id).CommitBy - 1)
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseAcceptance(w.ctx, id) })
	j := w.job(id)
	if j.State != chain.JobCancelled || j.Escrow.Sign() != 0 {
		t.Fatalf("job state %s, escrow %s; want cancelled with nothing left in escrow", chain.JobStateName(j.State), j.Escrow)
	}
	if got := w.node(acctCompute1).Stake; got.Cmp(stake) != 0 {
		t.Fatalf("aggregator stake %s, want %s untouched", got, stake)
	}
	for _, ds := range j.Datasets {
		d := w.dataset(ds.Uint64())
		if d.Spent != 0 || d.Reserved != 0 {
			t.Fatalf("dataset %d: spent %d reserved %d, want both 0", ds, d.Spent, d.Reserved)
		}
	}
	w.checkBooks()
}
