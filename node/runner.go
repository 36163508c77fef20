package node

import (
	"context"
	"time"

	"github.com/veil-market/veil/engine"
)

// startRunner runs a job's protocol in the background, once per job.
func (d *Daemon) startRunner(rec *jobRecord, v *jobView) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.running[rec.ID]; ok {
		return
	}
	if rec.Role == roleCompute && v.plan.Role(v.chain.ComputeIndex(d.cfg.Home.Address())) != engine.RoleHelper {
		return // an idle compute node only accepts (and attests if no commit vouches for it)
	}
	// rec may be stale: a runner that just finished has moved the job on.
	if fresh, ok, err := d.store.job(rec.ID); err != nil || !ok || (fresh.Phase != phaseAccepted && fresh.Phase != phaseRunning) {
		return
	}
	deadline := time.Unix(int64(v.chain.Deadline), 0)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	d.running[rec.ID] = cancel
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		defer d.poke()
		var err error
		switch rec.Role {
		case roleOwner:
			err = d.runOwner(ctx, rec.ID, v)
		case roleAggregator:
			err = d.runAggregator(ctx, rec.ID, v)
		default:
			err = d.runHelper(ctx, rec.ID, v)
		}
		if err != nil && ctx.Err() == nil {
			d.log.Warn("job run ended", "job", rec.ID, "role", rec.Role, "err", err)
			d.abandon(rec.ID, err.Error())
			if rec.Role == roleAggregator {
				d.abort(rec.ID, err)
			}
		}
	}()
}

func (d *Daemon) stopRunner(id uint64) {
	d.mu.Lock()
	cancel, ok := d.running[id]
	d.mu.Unlock()
	if ok {
		cancel()
	}
}

func (d *Daemon) runnerDone(id uint64) {
	d.mu.Lock()
	delete(d.running, id)
	d.mu.Unlock()
}

// abort ends on-chain a job this aggregator cannot complete, saying why, rather
// than leaving it to fail at its commit deadline: nobody is slashed, the owners
// are paid for their part and `veil job status` shows the reason at once.
func (d *Daemon) abort(id uint64, cause error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	reason := cause.Error()
	if len(reason) > 200 {
		reason = reason[:200]
	}
	if _, err := d.cfg.Market.AbortJob(ctx, id, reason); err != nil {
		d.log.Warn("could not abort the job on-chain", "job", id, "err", err)
		return
	}
	d.log.Info("job aborted on-chain", "job", id, "reason", reason)
}

func (d *Daemon) abandon(id uint64, reason string) {
	_, _ = d.store.updateJob(id, func(r *jobRecord) error {
		if r.Phase == phaseRunning || r.Phase == phaseAccepted {
			r.Phase, r.Reason = phaseAbandoned, reason
		}
		return nil
	})
}
