package enginetest

import (
	"context"
	"fmt"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
	"github.com/veil-market/veil/wire"
)

// published is a job as it stands on-chain: the spec document the buyer
// submitted (with the engine's buyer keys added by PrepareBuyer).
type published struct {
	id         uint64
	doc        []byte
	buyerStore *memKV
}

// publish prepares job id the way `veil job submit` does: the fixture's spec,
// our aggregator and buyer, the engine's buyer keys, the canonical encoding.
func (s *suite) publish(ctx context.Context, id uint64) (*published, error) {
	datasets := make([]uint64, len(s.tables))
	for i := range datasets {
		datasets[i] = uint64(i + 1)
	}
	sp := s.f.Spec(datasets)
	sp.Datasets = datasets
	sp.Compute = []string{s.net.agg.Address.Hex()}
	sp.Buyer = &spec.Buyer{Address: s.net.buyer.Address.Hex()}
	if err := sp.Check(); err != nil {
		return nil, fmt.Errorf("enginetest: the fixture's spec: %w", err)
	}
	p := &published{id: id, buyerStore: newMemKV()}
	env := engine.BuyerEnv{Store: p.buyerStore, Rand: seeded(s.f.Seed, "job", id, "buyer"), Upload: s.blobs.upload}
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
	job := &engine.Job{ID: p.id, Spec: sp, Plan: plan, Buyer: s.net.buyer.Address}
	for i, o := range s.net.owners {
		job.Owners = append(job.Owners, engine.Owner{Address: o.Address, NodeKey: o.public(), DatasetID: sp.Datasets[i],
			DatasetDigest: s.digests[i], Metadata: s.metas[i]})
	}
	return job, nil
}

func (s *suite) hubConfig(job *engine.Job, t *tap) wire.HubConfig {
	owners := make([]wire.Owner, len(job.Owners))
	for i, o := range job.Owners {
		owners[i] = wire.Owner{Address: o.Address, DatasetDigest: o.DatasetDigest}
	}
	return wire.HubConfig{Job: job.ID, Owners: owners, MaxMessage: job.Plan.MaxMessage,
		Receipt: s.net.signReceipt(job.ID), Evidence: t.evidence}
}

// ownerEnv and aggregatorEnv are what node/env.go gives engines: a store that
// outlives the job, a random stream (seeded per job and participant), the node
// key, a logger and the buyer's uploads.
func (s *suite) ownerEnv(job uint64, i int, log *logBuffer) engine.Env {
	return engine.Env{Store: s.ownerStores[i], Rand: seeded(s.f.Seed, "job", job, "owner", i),
		NodeKey: s.net.owners[i].Key, Log: log.logger(), Blob: s.blobs.read}
}

func (s *suite) aggregatorEnv(job uint64, log *logBuffer) engine.Env {
	return engine.Env{Store: s.aggStore, Rand: seeded(s.f.Seed, "job", job, "aggregator"),
		NodeKey: s.net.agg.Key, Log: log.logger(), Blob: s.blobs.read}
}
