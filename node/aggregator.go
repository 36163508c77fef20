package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/result"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/wire"
)

// runAggregator runs the lead's side (compute node 0, the contract's
// aggregator): the job's rounds with the owners that connect and the plan's
// helpers, then it seals the result to the buyer and commits its hashes.
// After a restart in the middle of the job it resumes from its recorded
// state, or ends the job if the engine cannot resume safely (resume.go).
func (d *Daemon) runAggregator(ctx context.Context, id uint64, v *jobView) error {
	defer d.runnerDone(id)
	rec, _, err := d.store.job(id)
	if err != nil {
		return err
	}
	job, _, err := d.engineJob(ctx, v)
	if err != nil {
		return err
	}
	run, next, err := d.aggregatorRun(ctx, rec, v, job)
	if err != nil || run == nil {
		return err
	}
	st, err := d.store.aggState(id)
	if err != nil {
		return err
	}
	cfg := d.hubConfig(job, v, 0, run)
	for i, o := range cfg.Owners {
		cfg.Owners[i].Credited = st.Credits[o.Address.Hex()]
	}
	cfg.Receipt = d.signReceipt(id)
	hub := d.server.OpenJob(cfg)
	defer d.server.CloseJob(id)
	hub.WaitLive(ctx, len(job.Owners), roundDeadline(v))
	if err := d.aggregatorRounds(ctx, v, run, hub, next); err != nil {
		return err
	}
	return d.deliver(ctx, id, v, job, run)
}

// aggregatorRun starts the engine's run at round 1, or resumes it after a
// restart; a nil run means the job was ended instead.
func (d *Daemon) aggregatorRun(ctx context.Context, rec *jobRecord, v *jobView, job *engine.Job) (engine.AggregatorRun, uint32, error) {
	if rec.Phase == phaseRunning {
		return d.resume(ctx, rec, v, job)
	}
	env, err := d.env(v.eng.Name())
	if err != nil {
		return nil, 0, err
	}
	run, err := v.eng.NewAggregator(job, env)
	if err != nil {
		return nil, 0, err
	}
	return run, 1, d.setPhase(rec.ID, phaseRunning)
}

func (d *Daemon) aggregatorRounds(ctx context.Context, v *jobView, run engine.AggregatorRun, hub *wire.Job, first uint32) error {
	for r := first; r <= uint32(v.plan.Rounds); r++ {
		// Recorded before the announcement: after a restart, the rounds resume
		// after this one (owners never send a round twice).
		if err := d.store.updateAggState(v.id, func(st *aggState) { st.Announced = r }); err != nil {
			return err
		}
		start := time.Now()
		hr := hub.Round(r)
		live := hub.Live()
		announce, err := run.Announce(r, live)
		if err != nil {
			return err
		}
		for i, err := range hr.Start(ctx, live, announce) {
			d.log.Info("owner missed the round start", "job", v.id, "round", r, "owner", i, "err", err)
		}
		if err := run.Round(ctx, r, hr); err != nil {
			return fmt.Errorf("round %d: %w", r, err)
		}
		d.metrics.round(v.eng.Name(), roleAggregator, time.Since(start))
		d.log.Info("round done", "job", v.id, "round", r, "of", v.plan.Rounds, "seconds", time.Since(start).Seconds())
	}
	return nil
}

// signReceipt signs owners' EIP-712 receipts with the aggregator's account
// key, recording each owner's count first: a restarted aggregator goes on
// counting from there.
func (d *Daemon) signReceipt(id uint64) func(owner common.Address, rounds uint32) ([]byte, error) {
	return func(owner common.Address, rounds uint32) ([]byte, error) {
		err := d.store.updateAggState(id, func(st *aggState) { st.Credits[owner.Hex()] = max(st.Credits[owner.Hex()], rounds) })
		if err != nil {
			return nil, err
		}
		return chain.Receipt{JobID: id, Owner: owner, Rounds: rounds}.Sign(d.domain, d.cfg.Secrets.Account)
	}
}

// deliver seals the result to the buyer, stores it, and commits its hashes.
// After a restart it commits the result it sealed before, if any: the sealed
// blob differs at every sealing, and this node signs only one commit.
func (d *Daemon) deliver(ctx context.Context, id uint64, v *jobView, job *engine.Job, run engine.AggregatorRun) error {
	payload, ptr, err := d.sealedResult(ctx, id, v, run)
	if err != nil {
		return err
	}
	j, err := d.cfg.Market.Job(ctx, id)
	if err != nil {
		return err
	}
	if j.PayloadHash == ([32]byte{}) { // not committed before a restart
		if err := d.awaitCommitments(ctx, v); err != nil {
			return err
		}
		st, err := d.store.aggState(id)
		if err != nil {
			return err
		}
		if _, err := d.cfg.Market.CommitResult(ctx, id, payload, ptr.SHA256, ptr.URI, st.Vouched); err != nil {
			return err
		}
	}
	d.log.Info("result committed", "job", id, "payload", fmt.Sprintf("%x", payload[:8]), "blob", ptr.URI)
	return d.setPhase(id, phaseComputed)
}

// sealedResult is the payload hash and the sealed result's pointer: the ones
// recorded before a restart, or new ones (recorded before anything is sent).
func (d *Daemon) sealedResult(ctx context.Context, id uint64, v *jobView, run engine.AggregatorRun) ([32]byte, seal.Pointer, error) {
	store, err := d.cfg.Home.Store()
	if err != nil {
		return [32]byte{}, seal.Pointer{}, err
	}
	st, err := d.store.aggState(id)
	if err != nil {
		return [32]byte{}, seal.Pointer{}, err
	}
	if st.Payload != ([32]byte{}) {
		ptr, err := seal.LocalPointer(store, st.Blob, seal.DirURI(st.Blob))
		return st.Payload, ptr, err
	}
	res, err := run.Result(ctx)
	if err != nil {
		return [32]byte{}, seal.Pointer{}, fmt.Errorf("node: computing the result: %w", err)
	}
	ptr, err := storeResult(ctx, store, v, res)
	if err != nil {
		return [32]byte{}, seal.Pointer{}, err
	}
	payload := sha256.Sum256(res.Payload)
	if _, err := d.store.updateJob(id, func(r *jobRecord) error {
		r.Blob = ptr.Hex()
		return r.sign("commit", append(payload[:], ptr.SHA256[:]...))
	}); err != nil {
		return [32]byte{}, seal.Pointer{}, err
	}
	vouched, err := vouchedFor(v, res.Vouched)
	if err != nil {
		return [32]byte{}, seal.Pointer{}, err
	}
	err = d.store.updateAggState(id, func(st *aggState) { st.Payload, st.Blob, st.Vouched = payload, ptr.SHA256, vouched })
	return payload, ptr, err
}

// defaultCommitWait is how long the aggregator waits, after sealing the
// result, for the owners to post their commitments before revealing its own
// hash (Config.CommitWait).
const defaultCommitWait = 2 * time.Minute

// awaitCommitments waits until every owner that accepted has posted its
// confirmation, or Config.CommitWait passes, or the commit deadline nears. Owners
// commit before the reveal; a commitment posted after it could be a copy.
func (d *Daemon) awaitCommitments(ctx context.Context, v *jobView) error {
	giveUp := time.Now().Add(d.cfg.CommitWait)
	for {
		j, err := d.cfg.Market.Job(ctx, v.id)
		if err != nil {
			return err
		}
		now, err := d.chainTime(ctx)
		if err != nil {
			return err
		}
		margin := uint64(max(2*d.cfg.Poll, 5*time.Second) / time.Second)
		if j.Unconfirmed() == 0 || time.Now().After(giveUp) || now+margin >= j.CommitBy {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d.cfg.Poll):
		}
	}
}

// storeResult seals the result to the buyer's age recipient (package result)
// and streams it into the home's store.
func storeResult(ctx context.Context, store seal.Store, v *jobView, res *engine.Result) (seal.Pointer, error) {
	to, err := result.ParseRecipient(v.spec.Buyer.AgeRecipient)
	if err != nil {
		return seal.Pointer{}, err
	}
	doc := &result.Document{Version: 1, Job: v.id, Engine: v.spec.Engine, Payload: res.Payload, Report: res.Report}
	pr, pw := io.Pipe()
	go func() { pw.CloseWithError(result.Seal(pw, to, doc)) }()
	ptr, err := store.Put(ctx, pr)
	pr.CloseWithError(errors.New("node: the store stopped reading the result"))
	if err != nil {
		return seal.Pointer{}, fmt.Errorf("node: storing the sealed result: %w", err)
	}
	return ptr, nil
}
