package node

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/internal/specuri"
	"github.com/veil-market/veil/spec"
)

// jobView is a job as read from the chain, with its spec, datasets and plan.
type jobView struct {
	id       uint64
	chain    *chain.Job
	spec     *spec.Spec
	doc      []byte // the spec document whose hash is on-chain
	metas    []*dataset.Metadata
	datasets []chain.DatasetInfo // the job's datasets' current terms, in job order
	eng      engine.Engine
	plan     engine.Plan
	// invalid says why the job cannot be run as specified ("" when it can).
	invalid string
}

// view reads a job; the static parts are read once and cached.
func (d *Daemon) view(ctx context.Context, id uint64) (*jobView, error) {
	j, err := d.cfg.Market.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	cached := d.views[id]
	d.mu.Unlock()
	if cached == nil {
		if cached, err = d.load(ctx, id, j); err != nil {
			return nil, err
		}
		d.mu.Lock()
		d.views[id] = cached
		d.mu.Unlock()
	}
	v := *cached
	v.chain = j
	return &v, nil
}

func (d *Daemon) load(ctx context.Context, id uint64, j *chain.Job) (*jobView, error) {
	v := &jobView{id: id, chain: j}
	ls, err := d.cfg.Market.Listings(ctx, j.DatasetIDs(), d.cfg.Home.Config.DeployBlock)
	if err != nil {
		return nil, err
	}
	for _, l := range ls {
		v.datasets = append(v.datasets, l.Terms)
		m, err := dataset.DecodeMetadata(l.Metadata)
		if err != nil {
			v.invalid = fmt.Sprintf("dataset %d has no usable public metadata: %v", l.ID, err)
			return v, nil
		}
		v.metas = append(v.metas, m)
	}
	raw, uri, err := d.cfg.Market.JobSpec(ctx, id, d.cfg.Home.Config.DeployBlock)
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 && uri != "" {
		if raw, err = d.fetchSpec(ctx, uri, j.SpecHash); err != nil {
			v.invalid = err.Error()
			return v, nil
		}
	}
	v.invalid = v.check(raw)
	return v, nil
}

// fetchSpec reads a spec published at uri instead of on-chain: hash-checked
// and size-limited like an inline one (internal/specuri).
func (d *Daemon) fetchSpec(ctx context.Context, uri string, want [32]byte) ([]byte, error) {
	f := specuri.Fetcher{AllowPrivate: d.cfg.Home.Config.Node.FetchPrivate || d.cfg.FetchPrivate}
	return f.Fetch(ctx, uri, want)
}

// check validates the spec against the chain's record of the job; it returns
// the reason the job cannot run, or "".
func (v *jobView) check(raw []byte) string {
	if len(raw) > spec.MaxSize {
		return fmt.Sprintf("the spec is %d bytes, more than the %d a node reads", len(raw), spec.MaxSize)
	}
	if sha256.Sum256(raw) != v.chain.SpecHash {
		return "the spec does not match its on-chain hash"
	}
	v.doc = raw
	s, err := spec.Parse(raw)
	if err != nil {
		return err.Error()
	}
	v.spec = s
	if msg := v.matchChain(); msg != "" {
		return msg
	}
	if v.eng, err = engine.Get(s.Engine); err != nil {
		return err.Error()
	}
	if v.plan, err = v.eng.Plan(s, v.metas); err != nil {
		return err.Error()
	}
	if err := engine.CheckRoles(v.eng, v.plan, len(s.Compute)); err != nil {
		return err.Error()
	}
	if v.plan.Rounds != int(v.chain.Rounds) {
		return fmt.Sprintf("the job declares %d rounds on-chain, the spec needs %d", v.chain.Rounds, v.plan.Rounds)
	}
	if s.Buyer == nil || s.Buyer.AgeRecipient == "" {
		return "the spec carries no buyer key to seal the result to"
	}
	return ""
}

// matchChain checks that the spec says what the chain enforces.
func (v *jobView) matchChain() string {
	s, j := v.spec, v.chain
	bit, err := chain.ParseEngine(s.Engine)
	eps, _ := chain.EpsilonToMicro(s.Privacy.Epsilon)
	delta, _ := chain.DeltaToFixed(s.Privacy.Delta)
	switch {
	case err != nil || bit != j.Engine:
		return fmt.Sprintf("the spec's engine %q is not the job's %s", s.Engine, chain.EngineName(j.Engine))
	case !slices.Equal(j.DatasetIDs(), s.Datasets):
		return "the spec's datasets differ from the job's"
	case eps != j.Epsilon || delta != j.Delta:
		return "the spec's ε or δ differ from the job's"
	case s.Privacy.Dropouts != int(j.Dropouts) || s.Privacy.C() != int(j.Colluders):
		return "the spec's dropouts or colluders differ from the job's"
	case !slices.Equal(s.ComputeAddresses(), j.Compute):
		return "the spec's compute nodes differ from the job's"
	case s.Buyer != nil && s.Buyer.Address != "" && common.HexToAddress(s.Buyer.Address) != j.Buyer:
		// Engines read the buyer from the spec (mpc refuses a buyer among its
		// compute nodes): it must be the one who paid.
		return "the spec's buyer is not the job's"
	}
	return ""
}

// ownerIndex is the position of this node's dataset in the job, -1 if none.
func (v *jobView) ownerIndex(me common.Address) int { return v.chain.OwnerIndex(me) }

// engineJob lists the owners that accepted and the compute nodes, with their
// registered keys (read together first: one registry read per participant,
// several in flight).
func (d *Daemon) engineJob(ctx context.Context, v *jobView) (*engine.Job, []int, error) {
	job := &engine.Job{ID: v.id, Spec: v.spec, Plan: v.plan, Buyer: v.chain.Buyer}
	positions := acceptedPositions(v)
	if len(positions) == 0 {
		return nil, nil, errors.New("node: no owner accepted the job")
	}
	addrs := slices.Clone(v.chain.Compute)
	for _, i := range positions {
		addrs = append(addrs, v.datasets[i].Owner)
	}
	if err := d.registry.Prefetch(ctx, addrs); err != nil {
		return nil, nil, err
	}
	for _, c := range v.chain.Compute {
		key, err := d.registry.NodeKey(ctx, c)
		if err != nil {
			return nil, nil, err
		}
		job.Compute = append(job.Compute, engine.ComputeNode{Address: c, NodeKey: key})
	}
	for _, i := range positions {
		t := v.datasets[i]
		key, err := d.registry.NodeKey(ctx, t.Owner)
		if err != nil {
			return nil, nil, err
		}
		job.Owners = append(job.Owners, engine.Owner{Address: t.Owner, NodeKey: key, DatasetID: v.chain.Datasets[i].Uint64(),
			DatasetDigest: t.Sha256Digest, Metadata: v.metas[i]})
	}
	return job, positions, nil
}

// acceptedPositions are the positions in the job of the datasets whose owners
// accepted it.
func acceptedPositions(v *jobView) []int {
	var positions []int
	for i, t := range v.datasets {
		if v.chain.Participant(t.Owner).Accepted {
			positions = append(positions, i)
		}
	}
	return positions
}

// priceOf is owner i's escrowed price in the job.
func priceOf(v *jobView, i int) *big.Int {
	if i < 0 || i >= len(v.chain.Prices) {
		return nil
	}
	return v.chain.Prices[i]
}
