// Package buyer is the buyer's side of a job: checking a spec against the
// engines and the datasets' public metadata before any money moves, preparing
// the buyer's keys, submitting with escrow, and downloading and checking a
// result (its blob hash, then its payload hash, both committed on-chain).
//
// Threat model: the aggregator that serves the result is untrusted; the chain is
// trusted at the home's confirmation depth. A result is accepted only if it
// matches both hashes on-chain and decrypts with the buyer's own key.
package buyer

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// Quote is a spec checked against the chain: what the job will cost and do.
type Quote struct {
	Spec       *spec.Spec
	Engine     engine.Engine
	Plan       engine.Plan
	Metas      []*dataset.Metadata
	Terms      []chain.DatasetInfo
	Compute    []common.Address
	Prices     *big.Int
	Fees       *big.Int
	SubmitFees *big.Int // paid to the owners at submission and kept whatever the job does
	Required   *big.Int // prices + compute fees + submission fees: the most the buyer agrees to pay (JobParams.MaxTotal)
}

// Check validates a spec against the engine and every dataset's on-chain terms
// and public metadata; every error names the field or dataset at fault.
func Check(ctx context.Context, m *chain.Market, deployBlock uint64, s *spec.Spec) (*Quote, error) {
	eng, err := engine.Get(s.Engine)
	if err != nil {
		return nil, fmt.Errorf("field \"engine\": %w", err)
	}
	bit, err := chain.ParseEngine(s.Engine)
	if err != nil {
		return nil, fmt.Errorf("field \"engine\": %w", err)
	}
	q := &Quote{Spec: s, Engine: eng, Prices: new(big.Int), Fees: new(big.Int), SubmitFees: new(big.Int)}
	for _, id := range s.Datasets {
		if err := q.addDataset(ctx, m, deployBlock, id, bit); err != nil {
			return nil, err
		}
	}
	if err := q.checkCompute(ctx, m); err != nil {
		return nil, err
	}
	if q.Plan, err = eng.Plan(s, q.Metas); err != nil {
		return nil, err
	}
	if err := engine.CheckRoles(eng, q.Plan, len(s.Compute)); err != nil {
		return nil, fmt.Errorf("field \"compute\": %w", err)
	}
	q.Required = new(big.Int).Add(q.Prices, q.Fees)
	q.Required.Add(q.Required, q.SubmitFees)
	return q, nil
}

func (q *Quote) addDataset(ctx context.Context, m *chain.Market, from, id uint64, bit uint8) error {
	l, err := m.Listing(ctx, id, from)
	if err != nil {
		return fmt.Errorf("field \"datasets\": %w", err)
	}
	t, p, n := l.Terms, q.Spec.Privacy, len(q.Spec.Datasets)
	eps, _ := chain.EpsilonToMicro(p.Epsilon)
	delta, _ := chain.DeltaToFixed(p.Delta)
	switch {
	case t.Paused:
		return fmt.Errorf("field \"datasets\": dataset %d is paused by its owner", id)
	case t.Engines&bit == 0:
		return fmt.Errorf("field \"engine\": dataset %d does not allow engine %s (it allows %s)", id, q.Spec.Engine, chain.EngineNames(t.Engines))
	case eps > t.Budget-t.Spent-t.Reserved:
		return fmt.Errorf("field \"privacy.epsilon\": %g is above dataset %d's remaining budget %g", p.Epsilon, id, chain.MicroToEpsilon(t.Budget-t.Spent-t.Reserved))
	case delta > t.MaxDelta:
		return fmt.Errorf("field \"privacy.delta\": %g is above dataset %d's maximum %g", p.Delta, id, chain.FixedToDelta(t.MaxDelta))
	case delta > t.DeltaBudget-t.DeltaSpent-t.DeltaReserved:
		return fmt.Errorf("field \"privacy.delta\": %g is above dataset %d's remaining δ budget %g", p.Delta, id,
			chain.FixedToDelta(t.DeltaBudget-t.DeltaSpent-t.DeltaReserved))
	case n < int(t.MinOwners):
		return fmt.Errorf("field \"datasets\": dataset %d must be pooled with at least %d owners, the job has %d", id, t.MinOwners, n)
	}
	for _, prev := range q.Terms {
		if prev.Owner == t.Owner {
			return fmt.Errorf("field \"datasets\": datasets of owner %s appear twice (one per owner per job)", t.Owner.Hex())
		}
	}
	meta, err := dataset.DecodeMetadata(l.Metadata)
	if err != nil {
		return fmt.Errorf("field \"datasets\": dataset %d has no usable public metadata: %w", id, err)
	}
	q.Terms, q.Metas = append(q.Terms, t), append(q.Metas, meta)
	q.Prices.Add(q.Prices, t.Price)
	q.SubmitFees.Add(q.SubmitFees, t.SubmitFee)
	return nil
}

func (q *Quote) checkCompute(ctx context.Context, m *chain.Market) error {
	q.Compute = q.Spec.ComputeAddresses()
	for i, c := range q.Compute {
		if slices.Contains(q.Compute[:i], c) {
			return fmt.Errorf("field \"compute\": %s appears twice", c.Hex())
		}
		n, err := m.Node(ctx, c)
		if err != nil {
			return err
		}
		if n.Roles&chain.RoleCompute == 0 {
			return fmt.Errorf("field \"compute\": %s is not a registered compute node", c.Hex())
		}
		for _, t := range q.Terms {
			if t.Owner == c {
				return fmt.Errorf("field \"compute\": %s also owns a dataset of the job", c.Hex())
			}
		}
		q.Fees.Add(q.Fees, n.Fee)
	}
	return nil
}

// Registry finds nodes' keys and endpoints (chain.Registry).
type Registry interface {
	NodeKey(ctx context.Context, addr common.Address) (ed25519.PublicKey, error)
	Endpoint(ctx context.Context, addr common.Address) (string, error)
}

// ErrNoResult means the job has no committed result to fetch.
var ErrNoResult = errors.New("buyer: the job has no committed result yet")

// ErrNotSettled means the result is committed but the job has not settled: the
// aggregator serves it once the compute fees are paid.
var ErrNotSettled = errors.New("buyer: the job has not settled yet")
