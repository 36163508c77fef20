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
		if now > v.chain.AcceptBy {
			// Anyone may close the window; the participants that want the job to start do.
			if _, err := d.cfg.Market.CloseAcceptance(ctx, rec.ID); err != nil && !chain.IsRevert(err, "WrongState") {
				return err
			}
		}
	}
	return nil
}

func (d *Daemon) whileStarted(ctx context.Context, rec *jobRecord, v *jobView, now uint64) error {
	me := d.cfg.Home.Address()
	p, err := d.cfg.Market.Participant(ctx, rec.ID, me)
	if err != nil {
		return err
	}
	if !p.Accepted {
		return d.finish(rec, phaseDone, "started without us")
	}
	if now > v.chain.Deadline {
		return d.failAtDeadline(ctx, rec)
	}
	switch {
	case rec.Phase == phaseAccepted || rec.Phase == phaseRunning:
		d.startRunner(rec, v)
	case rec.Role == roleOwner && rec.Phase == phaseComputed && v.chain.PayloadHash != [32]byte{}:
		return d.confirm(ctx, rec, v)
	}
	return nil
}

// failAtDeadline ends a job that missed its deadline, so owners can redeem.
func (d *Daemon) failAtDeadline(ctx context.Context, rec *jobRecord) error {
	d.stopRunner(rec.ID)
	if rec.Role != roleOwner {
		return nil
	}
	_, err := d.cfg.Market.FailJob(ctx, rec.ID)
	if chain.IsRevert(err, "WrongState") {
		return nil
	}
	return err
}

func (d *Daemon) afterEnd(ctx context.Context, rec *jobRecord, v *jobView) error {
	d.stopRunner(rec.ID)
	if rec.Role != roleOwner {
		d.uploads.collectSoon()
		return d.finish(rec, phaseDone, chain.JobStateName(v.chain.State))
	}
	if err := d.redeem(ctx, rec, v); err != nil {
		return err
	}
	return d.finish(rec, phaseDone, chain.JobStateName(v.chain.State))
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
