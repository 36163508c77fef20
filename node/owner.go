package node

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/wire"
)

// runOwner runs the owner's side: it joins the lead (and, in the background,
// the plan's helpers), takes part in each round it has not attempted yet, and
// computes the payload it will confirm.
func (d *Daemon) runOwner(ctx context.Context, id uint64, v *jobView) error {
	defer d.runnerDone(id)
	job, _, err := d.engineJob(ctx, v)
	if err != nil {
		return err
	}
	self := d.selfIndex(job)
	if self < 0 {
		return errors.New("node: this owner is not among the accepted owners")
	}
	cols, err := engine.OwnerColumns(v.eng, job, self)
	if err != nil {
		return err
	}
	if meta := job.Owners[self].Metadata; meta != nil {
		defer d.memory.hold(id, tableBytes(meta.Rows, len(meta.Columns), cols))()
	}
	data, err := d.loadDataset(ctx, job.Owners[self], cols)
	if err != nil {
		return err
	}
	env, err := d.env(v.eng.Name())
	if err != nil {
		return err
	}
	run, err := v.eng.NewOwner(job, self, data, env)
	if err != nil {
		return err
	}
	if err := d.setPhase(id, phaseRunning); err != nil {
		return err
	}
	helpers := wire.DialHelpers(d.linkConfig(v, job.Owners[self], run), helpersOf(job), d.registry.Endpoint)
	defer helpers.Close()
	if err := d.ownerRounds(ctx, id, v, job, self, run, helpers); err != nil {
		return err
	}
	return d.computePayload(ctx, id, run)
}

// helpersOf is the job's helper compute nodes, by index.
func helpersOf(job *engine.Job) map[int]common.Address {
	out := map[int]common.Address{}
	for _, k := range job.Plan.Parties()[1:] {
		out[k] = job.Compute[k].Address
	}
	return out
}

// linkConfig is this owner's link to the job's lead: pinned to the
// registry, signing over its dataset, checking the node with run's
// Verifier (engine.Verifier) if it has one.
func (d *Daemon) linkConfig(v *jobView, me engine.Owner, run engine.OwnerRun) wire.UplinkConfig {
	cfg := wire.UplinkConfig{Identity: d.identity(), Registry: d.registry, Server: v.chain.Compute[0], Job: v.id,
		DatasetDigest: me.DatasetDigest, MaxMessage: v.plan.MaxMessage, Receipt: d.keepReceipt(v), Counters: d.metrics.counters}
	if _, ver := engine.Attesters(run); ver != nil {
		cfg.Verify = ver.Verify
	}
	return cfg
}

func (d *Daemon) selfIndex(job *engine.Job) int {
	for i, o := range job.Owners {
		if o.Address == d.cfg.Home.Address() {
			return i
		}
	}
	return -1
}

func (d *Daemon) ownerRounds(ctx context.Context, id uint64, v *jobView, job *engine.Job, self int, run engine.OwnerRun, helpers *wire.Helpers) error {
	for {
		rec, _, err := d.store.job(id)
		if err != nil {
			return err
		}
		if rec.Attempted >= uint32(v.plan.Rounds) {
			return nil
		}
		link, err := d.dialLead(ctx, v, job.Owners[self], run, rec)
		if err != nil {
			return err
		}
		err = d.ownerSession(ctx, id, v, run, link, helpers)
		link.Close()
		if err != nil && ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, errUnpaid) {
			return err
		}
		if err != nil {
			if errors.Is(err, wire.ErrNotOpen) {
				d.log.Info("the lead has not opened the job yet; retrying", "job", id)
			} else {
				d.log.Warn("link to the lead ended; reconnecting", "job", id, "err", err)
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(300 * time.Millisecond):
			}
		}
	}
}

var errUnpaid = errors.New("node: the lead did not send the receipt for our last round; stopping (rule: no round r+1 without the receipt for r)")

// ownerSession runs rounds over one connection until it breaks or the job is done.
func (d *Daemon) ownerSession(ctx context.Context, id uint64, v *jobView, run engine.OwnerRun, link *wire.Uplink, helpers *wire.Helpers) error {
	for {
		rec, _, err := d.store.job(id)
		if err != nil {
			return err
		}
		if rec.Attempted >= uint32(v.plan.Rounds) {
			return nil
		}
		r, announce, err := link.NextRound(ctx, rec.Attempted)
		if err != nil {
			return err
		}
		if err := d.ownerRound(ctx, id, v, run, link, helpers, r, announce); err != nil {
			return err
		}
	}
}

func (d *Daemon) ownerRound(ctx context.Context, id uint64, v *jobView, run engine.OwnerRun, link *wire.Uplink, helpers *wire.Helpers, r uint32, announce []byte) error {
	// Recorded before anything is sent: after a crash, this round is never sent again.
	if _, err := d.store.updateJob(id, func(rec *jobRecord) error { rec.Attempted = r; return nil }); err != nil {
		return err
	}
	start := time.Now()
	lr := link.Round(r)
	rctx, cancel := link.RoundContext(ctx, r)
	err := run.Round(rctx, r, announce, helpers.With(lr))
	cancel()
	if err != nil {
		if !errors.Is(err, engine.ErrSitOut) {
			d.log.Warn("round failed; this owner sits it out", "job", id, "round", r, "err", err)
		}
		return nil
	}
	pctx, cancelPaid := context.WithDeadline(ctx, roundDeadline(v))
	defer cancelPaid()
	if err := lr.AwaitReceipt(pctx); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return errUnpaid
	}
	d.metrics.round(v.eng.Name(), roleOwner, time.Since(start))
	return nil
}

// dialLead connects to the job's lead, waiting until it answers.
func (d *Daemon) dialLead(ctx context.Context, v *jobView, me engine.Owner, run engine.OwnerRun, rec *jobRecord) (*wire.Uplink, error) {
	cfg := d.linkConfig(v, me, run)
	cfg.Paid = rec.Contributed
	for {
		endpoint, err := d.registry.Endpoint(ctx, cfg.Server)
		if err == nil {
			cfg.Endpoint = endpoint
			link, derr := wire.Dial(ctx, cfg)
			if derr == nil {
				return link, nil
			}
			err = derr
		}
		d.registry.Forget(cfg.Server)
		d.log.Info("waiting for the lead", "job", v.id, "err", err)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// keepReceipt verifies a receipt from the lead (the contract takes receipts
// signed by the first compute node) and stores it before the link lets the
// next round start.
func (d *Daemon) keepReceipt(v *jobView) func(rounds uint32, sig []byte) error {
	return func(rounds uint32, sig []byte) error {
		r := chain.Receipt{JobID: v.id, Owner: d.cfg.Home.Address(), Rounds: rounds}
		if err := r.Verify(d.domain, sig, v.chain.Compute[0]); err != nil {
			return err
		}
		_, err := d.store.updateJob(v.id, func(rec *jobRecord) error {
			if rounds > rec.Contributed {
				rec.Contributed, rec.Receipt = rounds, append([]byte(nil), sig...)
			}
			return nil
		})
		return err
	}
}

func (d *Daemon) computePayload(ctx context.Context, id uint64, run engine.OwnerRun) error {
	p, err := run.Payload(ctx)
	if err != nil {
		return fmt.Errorf("node: computing the payload: %w", err)
	}
	h := sha256.Sum256(p)
	_, err = d.store.updateJob(id, func(rec *jobRecord) error {
		rec.Payload, rec.Phase = hex.EncodeToString(h[:]), phaseComputed
		return nil
	})
	d.poke()
	return err
}

// loadDataset opens the owner's sealed dataset (checking its digest) and
// keeps the columns cols (nil: all) in memory. The file is decrypted and
// parsed as a stream: neither the ciphertext nor the CSV text is ever held
// whole, and the table is reserved once from the public row count.
func (d *Daemon) loadDataset(ctx context.Context, o engine.Owner, cols []string) (*dataset.Table, error) {
	kr, err := d.cfg.Home.LoadKeyring(d.cfg.Secrets)
	if err != nil {
		return nil, err
	}
	e, err := kr.ByDatasetID(d.cfgChainID(), o.DatasetID)
	if err != nil {
		return nil, fmt.Errorf("node: no key for dataset %d in this home's keyring: %w", o.DatasetID, err)
	}
	terms, err := d.cfg.Market.Dataset(ctx, o.DatasetID)
	if err != nil {
		return nil, err
	}
	store, err := d.cfg.Home.StoreFor(terms.Uri)
	if err != nil {
		return nil, err
	}
	ptr, err := seal.ResolvePointer(ctx, store, terms.Sha256Digest, terms.Uri)
	if err != nil {
		return nil, err
	}
	pr, pw := io.Pipe()
	opened := make(chan error, 1)
	go func() {
		err := seal.Open(ctx, store, ptr, e.Identity, pw)
		pw.CloseWithError(err)
		opened <- err
	}()
	rows := 0
	if o.Metadata != nil {
		rows = o.Metadata.Rows
	}
	t, rerr := dataset.ReadColumns(pr, cols, rows)
	pr.CloseWithError(errReaderStopped) // unblocks Open if the parse stopped early
	switch oerr := <-opened; {
	case oerr != nil && !errors.Is(oerr, errReaderStopped):
		return nil, oerr // a digest or decryption failure: nothing read may be used
	case rerr != nil:
		return nil, rerr
	}
	return t, nil
}

var errReaderStopped = errors.New("node: the dataset parser stopped reading")

func (d *Daemon) cfgChainID() uint64 { return d.domain.ChainID.Uint64() }
