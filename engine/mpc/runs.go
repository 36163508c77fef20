package mpc

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/prio"
	"github.com/veil-market/veil/psi"
	"github.com/veil-market/veil/spec"
)

// ownerRun is an owner's side of an mpc job: its input is made from its
// rows before the round, so the round's messages and timing do not depend
// on the values.
type ownerRun struct {
	stats *statsOwner
	psi   *psiOwner
}

// NewOwner implements engine.Engine.
func (Engine) NewOwner(job *engine.Job, self int, data *dataset.Table, env engine.Env) (engine.OwnerRun, error) {
	p, jc, err := setup(job)
	if err != nil {
		return nil, err
	}
	if data.Len() != p.rows[self] {
		return nil, fmt.Errorf("mpc: the dataset has %d rows, its metadata commits to %d", data.Len(), p.rows[self])
	}
	cols := make([][]float64, 0, len(p.columnsOf()))
	for _, name := range p.columnsOf() {
		c, err := data.Column(name)
		if err != nil {
			return nil, fmt.Errorf("mpc: %w", err)
		}
		cols = append(cols, c)
	}
	if p.task.Type == TypePSI {
		in, err := psi.Inputs(identifiers(cols[0]), p.rows[self], env.Rand)
		if err != nil {
			return nil, err
		}
		return &ownerRun{psi: &psiOwner{jc: jc, self: self, inputs: in, rand: env.Rand}}, nil
	}
	scheme, err := p.scheme(jc)
	if err != nil {
		return nil, err
	}
	meas, err := p.stats.Encode(cols)
	if err != nil {
		return nil, err
	}
	sub, err := scheme.Shard(uint32(self), meas, p.stats.Totals(p.rows[self]), env.Rand)
	if err != nil {
		return nil, err
	}
	sealed := scheme.AggregateShareSize() + 4<<10
	return &ownerRun{stats: &statsOwner{jc: jc, self: self, sub: sub, sealed: sealed}}, nil
}

func (o *ownerRun) Round(ctx context.Context, r uint32, _ []byte, link engine.Link) error {
	if o.psi != nil {
		return o.psi.round(ctx, link, link.To(1))
	}
	return o.stats.round(ctx, link, link.To(1))
}

func (o *ownerRun) Payload(context.Context) ([]byte, error) {
	end := o.end()
	if end == nil {
		return nil, errors.New("mpc: no payload: the compute nodes' releases did not arrive")
	}
	return end.payload, nil
}

func (o *ownerRun) end() *ownerEnd {
	if o.psi != nil {
		return o.psi.end
	}
	return o.stats.end
}

// node is a compute node's run (the lead's or the helper's).
type node struct {
	jc    *jobCtx
	p     *jobPlan
	role  int
	env   nodeEnv
	spec  *spec.Spec
	blob  func(context.Context, [32]byte) ([]byte, error)
	stats *statsNode
	psi   *psiNode
}

func newNode(job *engine.Job, role int, env engine.Env) (*node, error) {
	p, jc, err := setup(job)
	if err != nil {
		return nil, err
	}
	log := env.Log
	if log == nil {
		log = slog.Default()
	}
	ne := nodeEnv{key: env.NodeKey, rand: env.Rand, log: log.With("engine", Name, "role", []string{"lead", "helper"}[role])}
	n := &node{jc: jc, p: p, role: role, env: ne, spec: job.Spec, blob: env.Blob}
	if p.task.Type == TypePSI {
		n.psi = &psiNode{jc: jc, role: psi.Role(role), rel: p.rel, env: ne}
		return n, nil
	}
	scheme, err := p.scheme(jc)
	if err != nil {
		return nil, err
	}
	n.stats = &statsNode{jc: jc, role: prio.Role(role), plan: p.stats, scheme: scheme, env: ne}
	return n, nil
}

func (n *node) round(ctx context.Context, hub engine.Hub) error {
	var err error
	if n.jc.buyer, err = fetchRecipient(ctx, n.spec, n.blob); err != nil {
		return err
	}
	peer := hub.Peer(1 - n.role)
	if n.psi != nil {
		return n.psi.round(ctx, hub, peer)
	}
	return n.stats.round(ctx, hub, peer)
}

func (n *node) outcome() *outcome {
	if n.psi != nil {
		return n.psi.out
	}
	return n.stats.out
}

// lead is compute node 0: it credits the accepted owners and returns the
// result.
type lead struct{ *node }

// NewAggregator implements engine.Engine.
func (Engine) NewAggregator(job *engine.Job, env engine.Env) (engine.AggregatorRun, error) {
	n, err := newNode(job, 0, env)
	if err != nil {
		return nil, err
	}
	return &lead{n}, nil
}

func (l *lead) Announce(uint32, []int) ([]byte, error) { return nil, nil }

func (l *lead) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	if err := l.round(ctx, hub); err != nil {
		return err
	}
	for _, o := range l.outcome().commits[0].accepted {
		if err := hub.Credit(ctx, o); err != nil {
			l.env.log.Info("owner not credited", "owner", o, "err", err)
		}
	}
	return nil
}

// Result is the payload every owner built, and a report of who is in it.
// The lead vouches for the helper: it holds the helper's signed commitment
// (checked against its own). Without a commit, the helper attests that
// commitment itself (its Step), which then makes the outcome public.
func (l *lead) Result(context.Context) (*engine.Result, error) {
	out := l.outcome()
	if out == nil {
		return nil, errors.New("mpc: the job did not finish")
	}
	c := out.commits[0]
	rep, err := json.Marshal(struct {
		Accepted []int       `json:"accepted"`
		Rejected []Rejection `json:"rejected"`
		Dropped  []int       `json:"dropped"`
		Plan     Detail      `json:"plan"`
	}{c.accepted, rejections(c.rejected), c.dropped, l.p.detail()})
	if err != nil {
		return nil, err
	}
	return &engine.Result{Payload: out.payload(l.jc.binding), Report: rep, Vouched: []int{1}}, nil
}

// helper is compute node 1.
type helper struct{ *node }

// NewHelper implements engine.HelperEngine.
func (Engine) NewHelper(job *engine.Job, self int, env engine.Env) (engine.HelperRun, error) {
	if self != 1 {
		return nil, fmt.Errorf("mpc: compute node %d is no helper of an mpc job (only node 1 is)", self)
	}
	n, err := newNode(job, 1, env)
	if err != nil {
		return nil, err
	}
	return &helper{n}, nil
}

func (h *helper) Round(ctx context.Context, _ uint32, hub engine.Hub) error { return h.round(ctx, hub) }

// Step is the helper's signed commitment: its hash, and the commitment
// itself as the published data (at most 3.2 KB for 1,024 owners).
func (h *helper) Step(context.Context) (engine.Step, error) {
	out := h.outcome()
	if out == nil {
		return engine.Step{}, errors.New("mpc: the helper did not finish its step")
	}
	c := out.releases[1].commitment
	return engine.Step{Hash: sha256.Sum256(c), Data: c}, nil
}
