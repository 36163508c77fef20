package node

import (
	"context"
	"encoding/hex"
	"fmt"

	"github.com/veil-market/veil/chain"
)

// confirm posts this owner's one confirmation: the commitment of the payload it
// computed itself (bound to its address, so it cannot be copied, and posted
// before the aggregator reveals its hash when the run got that far) together
// with its newest receipt, which pays it. Without a payload (the run never
// finished) the commitment is zero, and without a receipt it is paid kappa for
// its spent ε: its presence, which an owner that never shows up does not get.
func (d *Daemon) confirm(ctx context.Context, rec *jobRecord, v *jobView) error {
	if v.chain.Closed() {
		return d.finish(rec, phaseDone, "closed before this owner confirmed")
	}
	var commitment [32]byte
	if rec.Payload != "" {
		h, err := payloadHash(rec)
		if err != nil {
			return err
		}
		commitment = chain.ResultCommitment(rec.ID, d.cfg.Home.Address(), h)
	}
	if _, err := d.store.updateJob(rec.ID, func(r *jobRecord) error { return r.sign("confirm", commitment[:]) }); err != nil {
		return err
	}
	_, err := d.cfg.Market.ConfirmResult(ctx, rec.ID, commitment, rec.Contributed, rec.Receipt)
	if err != nil && !chain.IsRevert(err, "AlreadyConfirmed") {
		return err
	}
	d.log.Info("confirmed and paid", "job", rec.ID, "rounds", rec.Contributed, "with_payload", rec.Payload != "")
	_, err = d.store.updateJob(rec.ID, func(r *jobRecord) error {
		r.Redeemed = true
		if r.Phase == phaseComputed {
			r.Phase = phaseConfirmed
		}
		return nil
	})
	return err
}

func payloadHash(rec *jobRecord) ([32]byte, error) {
	var h [32]byte
	b, err := hex.DecodeString(rec.Payload)
	if err != nil || len(b) != 32 {
		return h, fmt.Errorf("node: job %d: stored payload hash is corrupted", rec.ID)
	}
	copy(h[:], b)
	return h, nil
}

// disputeIfWrong disputes, with the bond, a revealed payload that is not the one
// this owner computed itself. A majority of the owners disputing fails the job
// and slashes the aggregator; a lone dispute costs nothing more than the bond's
// time, since this daemon never signs a receipt of a payload it did not compute.
func (d *Daemon) disputeIfWrong(ctx context.Context, rec *jobRecord, v *jobView) error {
	mine, err := payloadHash(rec)
	if err != nil || rec.Disputed || mine == v.chain.PayloadHash || v.chain.Participant(d.cfg.Home.Address()).Matched {
		return err
	}
	d.log.Warn("the committed payload differs from the one computed here: disputing", "job", rec.ID)
	if _, err := d.cfg.Market.DisputeResult(ctx, rec.ID); err != nil && !chain.IsRevert(err, "AlreadyDisputed") {
		return err
	}
	_, err = d.store.updateJob(rec.ID, func(r *jobRecord) error { r.Disputed = true; return nil })
	return err
}

// settleWhenDecided settles a committed job once no majority can dispute it, or
// after the deadline. The aggregator does it as soon as it can; the others help
// after the deadline, so nobody waits on one party.
func (d *Daemon) settleWhenDecided(ctx context.Context, rec *jobRecord, v *jobView, now uint64) error {
	j := v.chain
	safe := int(j.Confirmations)+j.DisputeQuorum() > int(j.OwnersAccepted)
	if !(now > uint64(j.Deadline) || (safe && rec.Role == roleAggregator)) {
		return nil
	}
	if _, err := d.cfg.Market.SettleJob(ctx, rec.ID); err != nil && !chain.IsRevert(err, "WrongState") {
		return err
	}
	d.log.Info("job settled", "job", rec.ID)
	return nil
}

// attestIfNeeded: a compute node other than the lead proves on-chain that it
// delivered its step (a helper's is its engine's) when the lead's commit does
// not vouch for it, or when the commit deadline nears without a commit
// (otherwise a failure would be blamed on it).
func (d *Daemon) attestIfNeeded(ctx context.Context, rec *jobRecord, v *jobView, now uint64) error {
	j := v.chain
	if j.Participant(d.cfg.Home.Address()).Delivered || now > uint64(j.Deadline) {
		return nil
	}
	lead := (j.CommitBy - uint64(j.AcceptBy)) / 4
	if !j.Committed() && now+lead < j.CommitBy {
		return nil
	}
	step, data, ok := d.stepOf(rec, v)
	if !ok {
		return nil // a helper without its step has nothing to attest: the blame is its own
	}
	if _, err := d.cfg.Market.AttestStep(ctx, rec.ID, step, data); err != nil && !chain.IsRevert(err, "AlreadyAttested") {
		return err
	}
	d.log.Info("attested this node's step on-chain", "job", rec.ID)
	return nil
}
