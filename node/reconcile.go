package node

import (
	"context"
	"time"

	"github.com/veil-market/veil/chain"
)

// reconcile moves a job one step forward from what the chain and the local
// record say. Every step is idempotent, so a restart simply reconciles again.
func (d *Daemon) reconcile(ctx context.Context, rec *jobRecord) error {
	v, err := d.view(ctx, rec.ID)
	if err != nil {
		return err
	}
	now, err := d.chainTime(ctx)
	if err != nil {
		return err
	}
	switch v.chain.State {
	case chain.JobOpen:
		return d.whileOpen(ctx, rec, v, now)
	case chain.JobStarted:
		return d.whileStarted(ctx, rec, v, now)
	case chain.JobSettled, chain.JobFailed:
		return d.afterEnd(ctx, rec, v)
	case chain.JobCancelled:
		d.uploads.collectSoon()
		return d.finish(rec, phaseDone, "cancelled on-chain")
	}
	return nil
}

func (d *Daemon) chainTime(ctx context.Context) (uint64, error) {
	h, err := d.cfg.Market.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

func (d *Daemon) whileOpen(ctx context.Context, rec *jobRecord, v *jobView, now uint64) error {
	switch rec.Phase {
	case phaseNew, phaseWaiting:
		return d.decide(ctx, rec, v)
	case phaseAccepted:
		if now >= uint64(v.chain.AcceptBy) {
			// Anyone may close the window; the participants that want the job to start do.
			if _, err := d.cfg.Market.CloseAcceptance(ctx, rec.ID); err != nil && !chain.IsRevert(err, "WrongState") {
				return err
			}
		}
	}
	return nil
}

func (d *Daemon) whileStarted(ctx context.Context, rec *jobRecord, v *jobView, now uint64) error {
	p := v.chain.Participant(d.cfg.Home.Address())
	if !p.Accepted {
		return d.finish(rec, phaseDone, "started without us")
	}
	j := v.chain
	if !j.Committed() && now > j.CommitBy {
		return d.failAfterCommitDeadline(ctx, rec)
	}
	if (rec.Phase == phaseAccepted || rec.Phase == phaseRunning) && !j.Committed() {
		d.startRunner(rec, v)
	}
	switch rec.Role {
	case roleOwner:
		if rec.Phase == phaseComputed && !rec.Redeemed {
			return d.confirm(ctx, rec, v)
		}
		if j.Committed() && rec.Payload != "" && now <= uint64(j.Deadline) {
			if err := d.disputeIfWrong(ctx, rec, v); err != nil {
				return err
			}
		}
	case roleCompute:
		if err := d.attestIfNeeded(ctx, rec, v, now); err != nil {
			return err
		}
	}
	if j.Committed() {
		return d.settleWhenDecided(ctx, rec, v, now)
	}
	return nil
}

// failAfterCommitDeadline ends a job that has no result by its commit deadline,
// so owners are paid and bonds released. Anyone may; every participant does.
func (d *Daemon) failAfterCommitDeadline(ctx context.Context, rec *jobRecord) error {
	d.stopRunner(rec.ID)
	_, err := d.cfg.Market.FailJob(ctx, rec.ID)
	if chain.IsRevert(err, "WrongState") || chain.IsRevert(err, "AlreadyCommitted") {
		return nil
	}
	return err
}

// afterEnd: an owner that has not confirmed yet does so now (its presence and
// receipt are what pay it); everyone else is done.
func (d *Daemon) afterEnd(ctx context.Context, rec *jobRecord, v *jobView) error {
	d.stopRunner(rec.ID)
	if rec.Role != roleOwner {
		d.uploads.collectSoon()
	}
	if rec.Role == roleOwner && v.chain.Participant(d.cfg.Home.Address()).Accepted && !rec.Redeemed {
		if err := d.confirm(ctx, rec, v); err != nil {
			return err
		}
	}
	return d.finish(rec, phaseDone, v.chain.Explain(0))
}

func (d *Daemon) finish(rec *jobRecord, phase, reason string) error {
	_, err := d.store.updateJob(rec.ID, func(r *jobRecord) error {
		if r.Phase != phase {
			d.log.Info("job phase", "job", r.ID, "phase", phase, "reason", reason)
		}
		r.Phase = phase
		if r.Reason == "" {
			r.Reason = reason
		}
		return nil
	})
	return err
}

func (d *Daemon) setPhase(id uint64, phase string) error {
	_, err := d.store.updateJob(id, func(r *jobRecord) error { r.Phase = phase; return nil })
	return err
}

// roundDeadline is when a waiting step of a round gives up.
func roundDeadline(v *jobView) time.Time {
	t := v.plan.RoundTimeout
	if t == 0 {
		t = time.Minute
	}
	return time.Now().Add(t)
}
