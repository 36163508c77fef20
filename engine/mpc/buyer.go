package mpc

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"filippo.io/age"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/mpc/stats"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/spec"
)

// secretKey is where the buyer's mpc identity is kept (Env.Secrets).
const secretKey = "mpc/buyer-identity"

// helperKey names the helper's upload of the buyer key in buyer.keys.
const helperKey = Name + "/helper"

// PrepareBuyer makes (once per home) the buyer's mpc identity, a
// post-quantum hybrid age identity kept in the buyer's sealed store, and
// puts its recipient in the spec (buyer.keys.mpc).
func (Engine) PrepareBuyer(ctx context.Context, s *spec.Spec, env engine.BuyerEnv) error {
	if s.Buyer == nil {
		return errors.New(`mpc: the spec has no "buyer" section to add the key to`)
	}
	if env.Upload == nil {
		return errors.New("mpc: the buyer environment cannot upload the key")
	}
	id, err := buyerIdentity(env, true)
	if err != nil {
		return err
	}
	rec := []byte(id.Recipient().String())
	// Each compute node seals its own release to the key, so each holds an
	// upload of it, which the spec must name (a node accepts only uploads
	// its job's spec names): buyer.keys.mpc on the lead, buyer.keys.mpc/helper
	// on the helper, with the same SHA-256.
	for node, name := range []string{Name, helperKey} {
		uri, digest, err := env.Upload(ctx, node, rec)
		if err != nil {
			return fmt.Errorf("mpc: uploading the buyer key to compute node %d: %w", node, err)
		}
		s.Buyer.SetKey(name, spec.KeyRef{URI: uri, SHA256: hex.EncodeToString(digest[:]), Params: keyParams})
	}
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
	*stats.Result
	Contributors []string    `json:"contributors"` // the owners whose inputs are in the figures
	Rejected     []Rejection `json:"rejected,omitempty"`
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
	if !ok {
		return nil, errors.New("mpc: the job's spec has no buyer key for mpc")
	}
	if _, err := parseRecipient(ref, []byte(id.Recipient().String())); err != nil {
		return nil, errors.New("mpc: the job's buyer key is not this home's")
	}
	p, jc, err := setup(job)
	if err != nil {
		return nil, err
	}
	eps, delta := job.Spec.Privacy.Epsilon, job.Spec.Privacy.Delta
	if p.task.Type == TypePSI {
		r, err := jc.decodePSI(payload, p.rel, id)
		if err != nil {
			return nil, err
		}
		r.Contributors, r.Rejected = addresses(job, r.included), named(job, r.Rejected)
		return output(r, fmt.Sprintf("intersection of %d datasets' identifiers ≈ %.0f ± %.1f (ε=%g)", r.Owners, r.Intersection, r.NoiseStd, eps))
	}
	scheme, err := p.scheme(jc)
	if err != nil {
		return nil, err
	}
	res, accepted, rejected, err := jc.decodeStats(payload, p.stats, scheme, id, eps, delta)
	if err != nil {
		return nil, err
	}
	out := StatsOutput{Result: res, Contributors: addresses(job, accepted), Rejected: named(job, rejections(rejected))}
	return output(out, statsSummary(res, out.Rejected))
}

func addresses(job *engine.Job, owners []int) []string {
	out := make([]string, 0, len(owners))
	for _, o := range owners {
		out = append(out, job.Owners[o].Address.Hex())
	}
	return out
}

// named adds each rejected owner's address.
func named(job *engine.Job, rs []Rejection) []Rejection {
	for i := range rs {
		rs[i].Address = job.Owners[rs[i].Owner].Address.Hex()
	}
	return rs
}

func output(v any, summary string) (*engine.Output, error) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return nil, err
	}
	return &engine.Output{Data: b, Extension: ".json", Summary: summary}, nil
}

func statsSummary(r *stats.Result, rejected []Rejection) string {
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
