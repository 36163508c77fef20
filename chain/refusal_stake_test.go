package chain_test

import (
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// Compute nodes that end up slashed below the minimum stake, one per row.
const (
	acctSlashed      = acctStranger + 6
	acctSlashedLater = acctStranger + 7
)

// slashedNode registers acct as a compute node with exactly the minimum
// stake, names it (in `pending`) as second compute node of an open job, then has
// it aggregate a job that fails without a result, which slashes its bond and
// leaves its stake below the minimum.
func (w *world) slashedNode(acct int) (pending uint64) {
	w.register(acct, chain.RoleCompute, nil, w.cfg.MinStake)
	failing := w.jobWith(func(p *chain.JobParams) { p.Compute[0] = w.addr(acct) })
	w.accept(failing, acct, acctCompute2, owners[0], owners[1], owners[2])
	commitBy := w.job(failing).CommitBy
	// Named shortly before the failing job's commit deadline: still inside its
	// own acceptance window when the slash happens.
	w.warpPast(commitBy - uint64(w.cfg.AcceptWindow/time.Second)/2)
	pending = w.jobWith(func(p *chain.JobParams) { p.Compute[1] = w.addr(acct) })
	if err := attestBy(w, acctCompute2, failing, blobHash, nil); err != nil { // the blame is the aggregator's
		w.t.Fatal(err)
	}
	w.warpPast(commitBy)
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(w.ctx, failing) })
	return pending
}

func stakeRefusals() []refusal {
	return []refusal{
		{site: "_bindCompute", want: "InsufficientStake", how: "named after being slashed below the minimum", run: func(w *world) error {
			w.slashedNode(acctSlashed)
			return submitChanged(func(w *world, jc *jobCall) { jc.p.Compute[1] = w.addr(acctSlashed) })(w)
		}},
		{site: "acceptJob", want: "InsufficientStake", how: "slashed below the minimum after being named", run: func(w *world) error {
			return acceptBy(acctSlashedLater, w.slashedNode(acctSlashedLater))(w)
		}},
	}
}
