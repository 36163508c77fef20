package node

import (
	"context"
	"encoding/hex"
	"fmt"

	"github.com/veil-market/veil/chain"
)

// confirm publishes the payload hash this owner computed itself; a hash that
// differs from the committed one is recorded on-chain as a dispute.
func (d *Daemon) confirm(ctx context.Context, rec *jobRecord, v *jobView) error {
	mine, err := hex.DecodeString(rec.Payload)
	if err != nil || len(mine) != 32 {
		return fmt.Errorf("node: job %d: stored payload hash is corrupted", rec.ID)
	}
	var h [32]byte
	copy(h[:], mine)
	if h != v.chain.PayloadHash {
		d.log.Warn("the committed payload differs from ours; confirming ours (a dispute)", "job", rec.ID)
	}
	if _, err := d.store.updateJob(rec.ID, func(r *jobRecord) error { return r.sign("confirm", h[:]) }); err != nil {
		return err
	}
	if _, err := d.cfg.Market.ConfirmResult(ctx, rec.ID, h); err != nil && !chain.IsRevert(err, "AlreadyConfirmed") {
		return err
	}
	return d.setPhase(rec.ID, phaseConfirmed)
}

// redeem cashes the newest receipt once the job has ended.
func (d *Daemon) redeem(ctx context.Context, rec *jobRecord, v *jobView) error {
	if rec.Redeemed || rec.Contributed == 0 || v.chain.Closed {
		return nil
	}
	_, err := d.cfg.Market.RedeemReceipt(ctx, rec.ID, rec.Contributed, rec.Receipt)
	if err != nil && !chain.IsRevert(err, "AlreadyRedeemed") {
		return err
	}
	d.log.Info("redeemed receipt", "job", rec.ID, "rounds", rec.Contributed)
	_, err = d.store.updateJob(rec.ID, func(r *jobRecord) error { r.Redeemed = true; return nil })
	return err
}
