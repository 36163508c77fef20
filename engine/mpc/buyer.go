//go:build seam

package mpc

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"filippo.io/age"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/spec"
)

// secretKey is where the buyer's mpc identity is kept (Env.Secrets).
const secretKey = "mpc/buyer-identity"

// PrepareBuyer makes (once per home) the buyer's mpc identity, a
// post-quantum hybrid age identity kept in the buyer's sealed store, and
// puts its recipient in the spec (buyer.keys.mpc).
func (Engine) PrepareBuyer(ctx context.Context, s *spec.Spec, env engine.BuyerEnv) error {
	if s.Buyer == nil {
		return errors.New(`mpc: the spec has no "buyer" section to add the key to`)
	}
	id, err := buyerIdentity(env, true)
	if err != nil {
		return err
	}
	s.Buyer.SetKey(Name, keyRef(id.Recipient().String()))
	return nil
}

// buyerIdentity loads the buyer's identity, making it if asked.
func buyerIdentity(env engine.BuyerEnv, make bool) (*age.HybridIdentity, error) {
	if env.Secrets == nil {
		return nil, errors.New("mpc: the buyer environment has no key store")
	}
	b, err := env.Secrets.Get(secretKey)
	if err != nil {
		return nil, fmt.Errorf("mpc: reading the buyer key: %w", err)
	}
	if b != nil {
		id, err := age.ParseHybridIdentity(string(b))
		if err != nil {
			return nil, errors.New("mpc: the stored buyer key does not parse")
		}
		return id, nil
	}
	if !make {
		return nil, errors.New("mpc: this home has no mpc buyer key: the job was submitted from another home")
	}
	id, err := seal.NewDatasetIdentity(env.Rand)
	if err != nil {
		return nil, err
	}
	return id, env.Secrets.Put(secretKey, []byte(id.String()))
}

// StatsOutput is the buyer's file of a stats job.
type StatsOutput struct {
	*Result
	Rejected []Rejection `json:"rejected,omitempty"`
	Dropped  []int       `json:"dropped,omitempty"`
}

// Finalize opens both compute nodes' sealed releases with the buyer's key,
// checks them against the commitments the owners confirmed, and decodes the
// figures.
func (Engine) Finalize(ctx context.Context, job *engine.Job, payload []byte, env engine.BuyerEnv) (*engine.Output, error) {
	id, err := buyerIdentity(env, false)
	if err != nil {
		return nil, err
	}
	ref, ok := job.Spec.Buyer.Key(Name)
	if !ok || ref != keyRef(id.Recipient().String()) {
		return nil, errors.New("mpc: the job's buyer key is not this home's")
	}
	p, err := ownersPlan(job)
	if err != nil {
		return nil, err
	}
	jc, err := newJobCtx(job, p)
	if err != nil {
		return nil, err
	}
	eps, delta := job.Spec.Privacy.Epsilon, job.Spec.Privacy.Delta
	if p.task.Type == TypePSI {
		r, err := jc.decodePSI(payload, p.rel, id)
		if err != nil {
			return nil, err
		}
		return output(r, fmt.Sprintf("intersection of %d datasets' identifiers ≈ %.0f ± %.1f (ε=%g)", r.Owners, r.Intersection, r.NoiseStd, eps))
	}
	scheme, err := p.scheme(jc)
	if err != nil {
		return nil, err
	}
	res, _, rejected, err := jc.decodeStats(payload, p.stats, scheme, id, eps, delta)
	if err != nil {
		return nil, err
	}
	out := StatsOutput{Result: res, Rejected: rejections(rejected)}
	return output(out, statsSummary(res, out.Rejected))
}

func output(v any, summary string) (*engine.Output, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return &engine.Output{Data: b, Extension: ".json", Summary: summary}, nil
}

func statsSummary(r *Result, rejected []Rejection) string {
	var parts []string
	for _, c := range r.Columns {
		if c.Mean != nil {
			parts = append(parts, fmt.Sprintf("%s mean %.4g ± %.2g", c.Name, c.Mean.Value, c.Mean.NoiseStd))
		}
	}
	s := fmt.Sprintf("validated stats over %d rows from %d owners (ε=%g): %s", r.Count, r.Owners, r.Epsilon, strings.Join(parts, ", "))
	if len(rejected) > 0 {
		s += fmt.Sprintf("; %d owner(s) rejected", len(rejected))
	}
	return s
}
