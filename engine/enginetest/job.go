package enginetest

import (
	"context"
	"fmt"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// published is a job as it stands on-chain: the spec document the buyer
// submitted (with the engine's buyer keys added by PrepareBuyer).
type published struct {
	id         uint64
	doc        []byte
	buyerStore *memKV
}

// publish prepares job id the way `veil job submit` does: the fixture's spec,
// our compute nodes and buyer, the engine's buyer keys, the canonical encoding.
func (s *suite) publish(ctx context.Context, id uint64) (*published, error) {
	datasets := make([]uint64, len(s.tables))
	for i := range datasets {
		datasets[i] = uint64(i + 1)
	}
	sp := s.f.Spec(datasets)
	sp.Datasets = datasets
	sp.Compute = nil
	for _, c := range s.net.Compute {
		sp.Compute = append(sp.Compute, c.Address.Hex())
	}
	sp.Buyer = &spec.Buyer{Address: s.buyer().Address.Hex()}
	if err := sp.Check(); err != nil {
		return nil, fmt.Errorf("enginetest: the fixture's spec: %w", err)
	}
	p := &published{id: id, buyerStore: newMemKV()}
	env := engine.BuyerEnv{Secrets: p.buyerStore, Rand: seeded(s.f.Seed, "job", id, "buyer"), Upload: s.blobs.upload}
	if err := s.f.Engine.PrepareBuyer(ctx, sp, env); err != nil {
		return nil, fmt.Errorf("enginetest: PrepareBuyer: %w", err)
	}
	doc, err := sp.Encode()
	if err != nil {
		return nil, err
	}
	p.doc = doc
	return p, nil
}

func (s *suite) buyer() Party {
	p, _ := NewParty(s.f.Seed, "buyer", 0) // a seed's derivation never fails twice
	return p
}

// view is the engine.Job one participant builds from the chain: its own parse
// of the spec document and its own Plan, never shared with another participant.
func (s *suite) view(p *published) (*engine.Job, error) {
	sp, err := spec.Parse(p.doc)
	if err != nil {
		return nil, fmt.Errorf("enginetest: job %d's spec: %w", p.id, err)
	}
	plan, err := s.f.Engine.Plan(sp, s.metas)
	if err != nil {
		return nil, fmt.Errorf("enginetest: job %d: Plan: %w", p.id, err)
	}
	if err := engine.CheckRoles(s.f.Engine, plan, len(sp.Compute)); err != nil {
		return nil, fmt.Errorf("enginetest: job %d: %w", p.id, err)
	}
	job := &engine.Job{ID: p.id, Spec: sp, Plan: plan, Buyer: s.buyer().Address, Compute: s.net.ComputeNodes()}
	for i, o := range s.net.Owners {
		job.Owners = append(job.Owners, engine.Owner{Address: o.Address, NodeKey: o.Public(), DatasetID: sp.Datasets[i],
			DatasetDigest: s.digests[i], Metadata: s.metas[i]})
	}
	return job, nil
}

// env is what node/env.go gives engines: stores that outlive the job (one
// plain, one for secrets), a random stream seeded per job and participant,
// the node key, a logger (the lead's is kept for the verdicts), the buyer's
// uploads, and the fixture's platform on compute nodes.
func (s *suite) env(job uint64, leadLog *logBuffer) func(w Who) engine.Env {
	return func(w Who) engine.Env {
		e := engine.Env{Store: s.kv(s.stores, w), Secrets: s.kv(s.secrets, w), Blob: s.blobs.read, Log: (&logBuffer{}).logger()}
		if w.Owner >= 0 {
			e.Rand, e.NodeKey = seeded(s.f.Seed, "job", job, "owner", w.Owner), s.net.Owners[w.Owner].Key
			return e
		}
		e.Rand, e.NodeKey, e.Platform = seeded(s.f.Seed, "job", job, "compute", w.Compute), s.net.Compute[w.Compute].Key, s.f.Platform
		if w.Compute == 0 {
			e.Rand, e.Log = seeded(s.f.Seed, "job", job, "aggregator"), leadLog.logger()
		}
		return e
	}
}

func (s *suite) kv(m map[Who]*memKV, w Who) *memKV {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m[w] == nil {
		m[w] = newMemKV()
	}
	return m[w]
}
