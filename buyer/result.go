package buyer

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/result"
	"github.com/veil-market/veil/spec"
	"github.com/veil-market/veil/wire"
)

// Result is a downloaded, checked and decoded result.
type Result struct {
	Document *result.Document
	Output   *engine.Output
}

// Fetch downloads job id's sealed result from its aggregator, checks it against
// both hashes committed on-chain, decrypts it and lets the engine decode it.
func Fetch(ctx context.Context, m *chain.Market, reg Registry, h *home.Home, s *home.Secrets, id uint64) (*Result, error) {
	j, err := m.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	if j.Buyer != h.Address() {
		return nil, fmt.Errorf("job %d belongs to buyer %s, not to this home (%s)", id, j.Buyer.Hex(), h.Address().Hex())
	}
	if !j.Committed() {
		return nil, fmt.Errorf("%w (job %d is %s)", ErrNoResult, id, chain.JobStateName(j.State))
	}
	if j.State != chain.JobSettled {
		now, err := chainTime(ctx, m)
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: job %d is %s: %s", ErrNotSettled, id, chain.JobStateName(j.State), j.Explain(now))
	}
	lead := j.Compute[0] // the contract takes the commit from the first compute node only: it holds the result
	ep, err := reg.Endpoint(ctx, lead)
	if err != nil {
		return nil, err
	}
	c := wire.BlobClient{Identity: wire.Identity{Address: h.Address(), Key: s.NodeKey}, Account: s.Account, Registry: reg}
	blob, err := c.Get(ctx, ep, lead, id, j.BlobHash, result.MaxSize)
	if err != nil {
		return nil, err
	}
	doc, err := result.Open(bytes.NewReader(blob), s.Identity)
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(doc.Payload) != j.PayloadHash || doc.Job != id {
		return nil, fmt.Errorf("job %d: the result's payload does not match the hash committed on-chain; refusing it", id)
	}
	job, err := LoadJob(ctx, m, h.Config.DeployBlock, id)
	if err != nil {
		return nil, err
	}
	eng, err := engine.Get(job.Spec.Engine)
	if err != nil {
		return nil, err
	}
	vault, err := h.Vault(s, "buyer-"+eng.Name())
	if err != nil {
		return nil, err
	}
	dom, err := m.Domain(ctx)
	if err != nil {
		return nil, err
	}
	out, err := eng.Finalize(ctx, job, doc.Payload, engine.BuyerEnv{Secrets: vault, ChainID: dom.ChainID.Uint64()})
	if err != nil {
		return nil, err
	}
	return &Result{Document: doc, Output: out}, nil
}

// LoadJob rebuilds a job's engine view from the chain: its spec, plan and the
// accepted owners' public metadata.
func LoadJob(ctx context.Context, m *chain.Market, from, id uint64) (*engine.Job, error) {
	j, err := m.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	raw, _, err := m.JobSpec(ctx, id, from)
	if err != nil {
		return nil, err
	}
	s, err := spec.Parse(raw)
	if err != nil {
		return nil, err
	}
	job := &engine.Job{ID: id, Spec: s, Buyer: j.Buyer}
	for _, c := range j.Compute {
		job.Compute = append(job.Compute, engine.ComputeNode{Address: c})
	}
	ls, err := m.Listings(ctx, j.DatasetIDs(), from)
	if err != nil {
		return nil, err
	}
	var metas []*dataset.Metadata
	for _, l := range ls {
		meta, err := dataset.DecodeMetadata(l.Metadata)
		if err != nil {
			return nil, err
		}
		metas = append(metas, meta)
		if j.Participant(l.Terms.Owner).Accepted {
			job.Owners = append(job.Owners, engine.Owner{Address: l.Terms.Owner, DatasetID: l.ID, DatasetDigest: l.Terms.Sha256Digest, Metadata: meta})
		}
	}
	eng, err := engine.Get(s.Engine)
	if err != nil {
		return nil, err
	}
	if job.Plan, err = eng.Plan(s, metas); err != nil {
		return nil, err
	}
	return job, engine.CheckRoles(eng, job.Plan, len(s.Compute))
}

func chainTime(ctx context.Context, m *chain.Market) (uint64, error) {
	h, err := m.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("buyer: reading the chain's head: %w", err)
	}
	return h.Time, nil
}
