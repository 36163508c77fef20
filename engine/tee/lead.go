package tee

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"filippo.io/hpke"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/enclave"
	"github.com/veil-market/veil/engine"
)

// NewAggregator implements engine.Engine: the lead is the enclave. It needs
// an attestation platform (Env.Platform) and the buyer's module (Env.Blob).
func (e Engine) NewAggregator(job *engine.Job, env engine.Env) (engine.AggregatorRun, error) {
	if env.Platform == nil {
		return nil, errors.New("tee: this node has no attestation platform: it cannot run a tee job")
	}
	p, err := e.plan(job.Spec, metas(job))
	if err != nil {
		return nil, err
	}
	key, pub, err := attest.NewEnclaveKey()
	if err != nil {
		return nil, err
	}
	log := env.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &lead{e: e, job: job, p: p, env: env, key: key, pub: pub, log: log}, nil
}

type lead struct {
	e      Engine
	job    *engine.Job
	p      *planned
	env    engine.Env
	key    hpke.PrivateKey
	pub    []byte
	log    *slog.Logger
	result *engine.Result
}

// Prove implements engine.Prover: the platform's report binding the
// challenge and the enclave key, with the key.
func (l *lead) Prove(ctx context.Context, c engine.Challenge) ([]byte, error) {
	ev, err := l.env.Platform.Report(ctx, c.ReportData(l.pub))
	if err != nil {
		return nil, err
	}
	return attest.WithKey(ev, l.pub)
}

// Announce implements engine.AggregatorRun.
func (l *lead) Announce(uint32, []int) ([]byte, error) { return nil, nil }

// Round gathers the owners' sealed rows, opens them in the enclave, runs
// the analysis, and sends every contributing owner the result bundle.
func (l *lead) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	got, failed := hub.Gather(ctx, "rows", hub.Live(), int(l.job.Plan.MaxMessage), time.Now().Add(l.job.Plan.RoundTimeout))
	for i, err := range failed {
		l.log.Warn("tee: owner excluded", "owner", i, "address", l.job.Owners[i].Address.Hex(), "err", err)
	}
	tables, contributors := l.open(got)
	if need := len(l.job.Owners) - l.job.D(); len(contributors) < need {
		return fmt.Errorf("tee: rows from %d owners, the job needs %d (d = %d)", len(contributors), need, l.job.D())
	}
	module, err := l.module(ctx)
	if err != nil {
		return err
	}
	te, td := l.job.Spec.Privacy.CalibrationTarget()
	job := &enclave.Job{Module: module, Plan: l.p.task.Plan, Args: l.p.task.Args, Columns: l.p.task.Columns, Tables: tables,
		Epsilon: l.job.Spec.Privacy.Epsilon, Target: [2]float64{te, td}, Limits: l.p.task.Limits()}
	job.Publish = l.e.PublishAfter
	res, err := enclave.Run(ctx, job, enclave.WallClock, l.env.Rand)
	if err != nil {
		return err
	}
	if res.Late {
		l.log.Warn("tee: published after the plan's time (the host is slower than assumed)")
	}
	bundle, err := l.bundle(ctx, res.Payload, module)
	if err != nil {
		return err
	}
	for _, i := range contributors {
		if err := hub.Credit(ctx, i); err != nil {
			l.log.Warn("tee: crediting owner", "owner", i, "err", err)
		}
	}
	hub.Broadcast(ctx, contributors, "bundle", bundle)
	rep, _ := json.Marshal(map[string]any{"owners": len(contributors), "late": res.Late, "failure": res.Failure})
	l.result = &engine.Result{Payload: bundle, Report: rep}
	return nil
}

// open decrypts each owner's rows; an owner whose message does not open or
// is not its public row count of the task's columns is left out, named.
func (l *lead) open(got map[int][]byte) ([]*dataset.Table, []int) {
	var tables []*dataset.Table
	var contributors []int
	for i := range l.job.Owners {
		b, ok := got[i]
		if !ok {
			continue
		}
		plain, err := attest.OpenWith(l.key, rowsInfo(l.job.ID, i), b)
		var rows [][]float64
		if err == nil {
			rows, err = decodeRows(plain, l.job.Owners[i].Metadata.Rows, len(l.p.task.Columns))
		}
		if err != nil {
			l.log.Warn("tee: owner excluded", "owner", i, "address", l.job.Owners[i].Address.Hex(), "err", err)
			continue
		}
		tables = append(tables, &dataset.Table{Columns: l.p.task.Columns, Rows: rows})
		contributors = append(contributors, i)
	}
	return tables, contributors
}

// module reads the buyer's upload and checks it is the task's.
func (l *lead) module(ctx context.Context) ([]byte, error) {
	var digest [32]byte
	if _, err := hex.Decode(digest[:], []byte(l.p.task.Module.SHA256)); err != nil {
		return nil, err
	}
	if l.env.Blob == nil {
		return nil, errors.New("tee: no blob service for the module")
	}
	m, err := l.env.Blob(ctx, digest)
	if err != nil {
		return nil, fmt.Errorf("tee: the module: %w", err)
	}
	if sha256.Sum256(m) != digest {
		return nil, errors.New("tee: the module's bytes are not the task's")
	}
	return m, nil
}

// bundle puts the releases, the module's and task's hashes and a report
// binding them to this job and the buyer into the result.
func (l *lead) bundle(ctx context.Context, releases, module []byte) ([]byte, error) {
	b := &enclave.Bundle{JobID: l.job.ID, ModuleSHA256: sha256.Sum256(module), TaskSHA256: l.p.taskHash, Releases: releases}
	ev, err := l.Prove(ctx, resultChallenge(l.job, b))
	if err != nil {
		return nil, fmt.Errorf("tee: attesting the result: %w", err)
	}
	b.Evidence = ev
	return b.Encode()
}

// Result implements engine.AggregatorRun.
func (l *lead) Result(context.Context) (*engine.Result, error) {
	if l.result == nil {
		return nil, errors.New("tee: no result")
	}
	return l.result, nil
}
