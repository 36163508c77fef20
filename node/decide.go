package node

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/fsutil"
)

// decide accepts, declines or holds a job for manual approval.
func (d *Daemon) decide(ctx context.Context, rec *jobRecord, v *jobView) error {
	reason := v.invalid
	if reason == "" && rec.Role == roleOwner {
		reason = d.policyReason(v)
	}
	if reason != "" {
		return d.decline(ctx, rec, reason)
	}
	if rec.Role != roleOwner && d.uploads.waiting(v) {
		return nil // a compute node accepts once the buyer's uploads for it are here
	}
	if rec.Role == roleOwner && d.cfg.Home.Config.Policy.ManualApproval && !approved(d.cfg.Home.StateDir(), rec.ID) {
		if rec.Phase != phaseWaiting {
			d.log.Info("job waits for approval", "job", rec.ID, "command", fmt.Sprintf("veil job approve %d", rec.ID))
		}
		return d.setPhase(rec.ID, phaseWaiting)
	}
	return d.accept(ctx, rec)
}

func (d *Daemon) policyReason(v *jobView) string {
	i := v.ownerIndex(d.cfg.Home.Address())
	t := jobTerms{Engine: v.spec.Engine, Epsilon: v.spec.Privacy.Epsilon, Delta: v.spec.Privacy.Delta,
		Buyer: v.chain.Buyer, Price: priceOf(v, i), Owners: len(v.datasets), Colluders: v.spec.Privacy.C()}
	if i >= 0 {
		t.Budget = chain.MicroToEpsilon(v.datasets[i].Budget)
	}
	return checkPolicy(d.cfg.Home.Config.Policy, t)
}

func (d *Daemon) accept(ctx context.Context, rec *jobRecord) error {
	if _, err := d.store.updateJob(rec.ID, func(r *jobRecord) error { return r.sign("accept", []byte("accept")) }); err != nil {
		return err
	}
	_, err := d.cfg.Market.AcceptJob(ctx, rec.ID)
	if err != nil && !chain.IsRevert(err, "AlreadyAccepted") {
		if chain.IsRevert(err, "AcceptanceClosed") || chain.IsRevert(err, "WrongState") {
			return d.finish(rec, phaseDone, err.Error())
		}
		return err
	}
	d.log.Info("accepted job", "job", rec.ID, "role", rec.Role)
	return d.setPhase(rec.ID, phaseAccepted)
}

// decline records the refusal and publishes it on-chain, so the buyer sees why.
func (d *Daemon) decline(ctx context.Context, rec *jobRecord, reason string) error {
	if len(reason) > 200 {
		reason = reason[:200]
	}
	d.log.Info("declined job", "job", rec.ID, "reason", reason)
	if _, err := d.cfg.Market.DeclineJob(ctx, rec.ID, reason); err != nil && !chain.IsRevert(err, "WrongState") && !chain.IsRevert(err, "AlreadyAccepted") {
		d.log.Warn("could not publish the refusal", "job", rec.ID, "err", err)
	}
	_, err := d.store.updateJob(rec.ID, func(r *jobRecord) error {
		r.Phase, r.Reason = phaseDeclined, reason
		return nil
	})
	return err
}

// Approve records a manual approval for a job; the daemon picks it up.
func Approve(stateDir string, id uint64) error {
	dir := filepath.Join(stateDir, "approvals")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return fsutil.WriteFile(filepath.Join(dir, strconv.FormatUint(id, 10)), []byte("approved\n"), 0o600)
}

func approved(stateDir string, id uint64) bool {
	_, err := os.Stat(filepath.Join(stateDir, "approvals", strconv.FormatUint(id, 10)))
	return err == nil
}
