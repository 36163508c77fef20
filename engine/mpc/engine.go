package mpc

import (
	"crypto/sha256"
	"fmt"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/prio"
	"github.com/veil-market/veil/spec"
)

// Name is the engine's name in specs and on-chain.
const Name = "mpc"

// Engine is the mpc engine. The zero value is what users run.
type Engine struct {
	// RoundTimeout, when set, replaces each step's deadline (tests: a
	// dropped owner then costs seconds, not minutes).
	RoundTimeout time.Duration
}

func init() { engine.Register(Engine{}) }

var (
	_ engine.Engine       = Engine{}
	_ engine.HelperEngine = Engine{}
	_ engine.ColumnReader = Engine{}
)

// Name implements engine.Engine.
func (Engine) Name() string { return Name }

// Plan validates the spec (task, exactly two compute nodes, neither the
// buyer, δ > 0) against the datasets' metadata and says how the job runs:
// one round, compute node 0 leads, compute node 1 helps.
func (e Engine) Plan(s *spec.Spec, metas []*dataset.Metadata) (engine.Plan, error) {
	p, err := newJobPlan(s, metas)
	if err != nil {
		return engine.Plan{}, err
	}
	timeout := p.timeout()
	if e.RoundTimeout > 0 {
		timeout = e.RoundTimeout
	}
	return engine.Plan{Rounds: 1, MaxMessage: uint64(p.maxMessage()), RoundTimeout: timeout,
		Epsilon: s.Privacy.Epsilon, Detail: p.detail(),
		Compute: []engine.Role{engine.RoleLead, engine.RoleHelper}}, nil
}

// Columns implements engine.ColumnReader: an owner loads only the task's
// columns (the identifier column for psi).
func (Engine) Columns(job *engine.Job, self int) ([]string, error) {
	p, err := ownersPlan(job)
	if err != nil {
		return nil, err
	}
	return p.columnsOf(), nil
}

// ownersPlan is the plan over the job's accepted owners (the parties'
// numbering), from their public metadata: the same at every party.
func ownersPlan(job *engine.Job) (*jobPlan, error) {
	metas := make([]*dataset.Metadata, len(job.Owners))
	for i, o := range job.Owners {
		metas[i] = o.Metadata
	}
	s := *job.Spec
	s.Datasets = make([]uint64, len(job.Owners))
	for i, o := range job.Owners {
		s.Datasets[i] = o.DatasetID
	}
	return newJobPlan(&s, metas)
}

// setup is the plan and the public context of a job, as every party derives
// them.
func setup(job *engine.Job) (*jobPlan, *jobCtx, error) {
	p, err := ownersPlan(job)
	if err != nil {
		return nil, nil, err
	}
	jc, err := newJobCtx(job, p)
	return p, jc, err
}

// newJobCtx is the public context every party derives from the job.
func newJobCtx(job *engine.Job, p *jobPlan) (*jobCtx, error) {
	enc, err := job.Spec.Encode()
	if err != nil {
		return nil, err
	}
	if len(job.Compute) < 2 {
		return nil, fmt.Errorf("mpc: the job names %d compute nodes, want 2", len(job.Compute))
	}
	jc := &jobCtx{binding: jobBinding(job.ID, job.Buyer, sha256.Sum256(enc)), rows: p.rows, timeout: job.Plan.RoundTimeout}
	for k := range jc.nodeKeys {
		jc.nodeKeys[k] = job.Compute[k].NodeKey
	}
	jc.minOwners = len(job.Owners) - job.D()
	for _, o := range job.Owners {
		jc.addrs = append(jc.addrs, o.Address.Hex())
	}
	return jc, nil
}

func (p *jobPlan) scheme(jc *jobCtx) (*prio.Scheme, error) {
	return prio.NewScheme(jc.binding[:], p.stats.Blocks())
}
