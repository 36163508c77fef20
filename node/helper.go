package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
)

// runHelper runs a helper compute node's side: its hub (the owners connect
// to it, it connects to the other compute nodes taking part), rounds 1..R,
// then the engine's step, which it records; attestIfNeeded posts it on-chain
// when the lead's commit does not vouch for it.
//
// A helper does not resume after a restart in the middle of the job: its
// engine's state lived in memory. It leaves the job (abandoned here); without
// a step, it is the one blamed if the job fails (docs/fair-exchange.md §4).
func (d *Daemon) runHelper(ctx context.Context, id uint64, v *jobView) error {
	defer d.runnerDone(id)
	rec, _, err := d.store.job(id)
	if err != nil {
		return err
	}
	if rec.Phase == phaseRunning {
		return errors.New("node: this helper restarted in the middle of the job, and helpers do not resume")
	}
	job, _, err := d.engineJob(ctx, v)
	if err != nil {
		return err
	}
	self := v.chain.ComputeIndex(d.cfg.Home.Address())
	env, err := d.env(v.eng.Name())
	if err != nil {
		return err
	}
	run, err := engine.NewHelper(v.eng, job, self, env)
	if err != nil {
		return err
	}
	if err := d.setPhase(id, phaseRunning); err != nil {
		return err
	}
	step, err := d.helperRounds(ctx, v, job, self, run)
	if err != nil {
		return err
	}
	return d.keepStep(id, step)
}

func (d *Daemon) helperRounds(ctx context.Context, v *jobView, job *engine.Job, self int, run engine.HelperRun) (engine.Step, error) {
	hub := d.server.OpenJob(d.hubConfig(job, v, self, run))
	defer d.server.CloseJob(v.id)
	hub.WaitLive(ctx, len(job.Owners), roundDeadline(v))
	for r := uint32(1); r <= uint32(v.plan.Rounds); r++ {
		start := time.Now()
		if err := run.Round(ctx, r, hub.Round(r)); err != nil {
			return engine.Step{}, fmt.Errorf("round %d: %w", r, err)
		}
		d.metrics.round(v.eng.Name(), roleCompute, time.Since(start))
		d.log.Info("round done", "job", v.id, "round", r, "of", v.plan.Rounds, "role", "helper")
	}
	step, err := run.Step(ctx)
	if err != nil {
		return step, fmt.Errorf("node: the helper's step: %w", err)
	}
	return step, step.Check()
}

// keepStep records the step this node attests, and refuses to sign another
// for the same job, ever.
func (d *Daemon) keepStep(id uint64, step engine.Step) error {
	_, err := d.store.updateJob(id, func(r *jobRecord) error {
		if err := r.sign("step", step.Hash[:]); err != nil {
			return err
		}
		r.Step, r.StepData, r.Phase = hex.EncodeToString(step.Hash[:]), step.Data, phaseComputed
		return nil
	})
	d.poke()
	return err
}

// stepOf is the step this node attests: the engine's for a helper, a
// placeholder bound to the job and this node for an idle compute node (it
// has nothing to prove but must not be blamed when no commit vouches for it).
func (d *Daemon) stepOf(rec *jobRecord, v *jobView) (hash [32]byte, data []byte, ok bool) {
	if v.plan.Role(v.chain.ComputeIndex(d.cfg.Home.Address())) != engine.RoleHelper {
		return chainResultCommitment(rec.ID, d.cfg.Home.Address()), nil, true
	}
	b, err := hex.DecodeString(rec.Step)
	if err != nil || len(b) != 32 {
		return hash, nil, false
	}
	return [32]byte(b), rec.StepData, true
}

func chainResultCommitment(id uint64, me [20]byte) [32]byte {
	return chain.ResultCommitment(id, me, [32]byte{})
}
