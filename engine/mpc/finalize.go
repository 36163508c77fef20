package mpc

import (
	"encoding/binary"
	"fmt"

	"filippo.io/age"

	"github.com/veil-market/veil/engine/mpc/stats"
	"github.com/veil-market/veil/prio"
	"github.com/veil-market/veil/psi"
)

// openPayload checks a payload's commitments (signatures, job, agreement,
// the digests of the sealed releases) and returns it with the outcome.
func (jc *jobCtx) openPayload(b []byte, task byte) (*payload, [2]*commitment, error) {
	var cs [2]*commitment
	p, err := parsePayload(b)
	if err != nil {
		return nil, cs, err
	}
	if p.job != jc.binding {
		return nil, cs, fmt.Errorf("%w: made for another job", ErrPayload)
	}
	for role := range cs {
		if cs[role], err = jc.checkRelease(release{commitment: p.commitments[role], sealed: p.sealed[role]}, task, byte(role)); err != nil {
			return nil, cs, err
		}
	}
	if !sameOutcome(cs[0], cs[1]) {
		return nil, cs, fmt.Errorf("%w: the two compute nodes name different owners", ErrCommitment)
	}
	return p, cs, nil
}

// decodeStats is the buyer's side of a stats job: open both nodes' sealed
// shares, add them and read the figures.
func (jc *jobCtx) decodeStats(b []byte, plan *stats.Plan, scheme *prio.Scheme, id age.Identity, eps, delta float64) (*stats.Result, []int, map[int]Reason, error) {
	p, cs, err := jc.openPayload(b, kindStats)
	if err != nil {
		return nil, nil, nil, err
	}
	var shares [2]*prio.AggregateShare
	for role := range shares {
		raw, err := openSealed(id, p.sealed[role], int64(scheme.AggregateShareSize()))
		if err != nil {
			return nil, nil, nil, err
		}
		if shares[role], err = scheme.ParseAggregateShare(raw); err != nil {
			return nil, nil, nil, fmt.Errorf("mpc: compute node %d's share: %w", role, err)
		}
	}
	agg, err := scheme.Unshard(shares[0], shares[1])
	if err != nil {
		return nil, nil, nil, err
	}
	var rows int64
	for _, o := range cs[0].accepted {
		rows += int64(jc.rows[o])
	}
	res, err := plan.Decode(agg, len(cs[0].accepted), rows, eps, delta)
	return res, cs[0].accepted, cs[0].rejected, err
}

// PSIResult is the buyer's document of a psi job.
type PSIResult struct {
	Type         string      `json:"type"` // "psi"
	Engine       string      `json:"engine"`
	Owners       int         `json:"owners"` // datasets intersected
	Intersection float64     `json:"intersection"`
	NoiseStd     float64     `json:"noise_std"`
	Epsilon      float64     `json:"epsilon"`
	Delta        float64     `json:"delta"`
	Sigma        float64     `json:"sigma"` // each compute node's noise
	Mu           int64       `json:"dummy_offset"`
	Contributors []string    `json:"contributors"` // the owners whose identifiers were intersected
	Rejected     []Rejection `json:"rejected,omitempty"`

	included []int
}

// Rejection names an owner the compute nodes rejected, and why.
type Rejection struct {
	Owner   int    `json:"owner"` // index among the job's accepted owners
	Address string `json:"address,omitempty"`
	Reason  string `json:"reason"`
}

// decodePSI is the buyer's side of a psi job.
func (jc *jobCtx) decodePSI(b []byte, rel psi.Release, id age.Identity) (*PSIResult, error) {
	p, cs, err := jc.openPayload(b, kindPSI)
	if err != nil {
		return nil, err
	}
	raw, err := openSealed(id, p.sealed[psi.Counter], 8)
	if err != nil {
		return nil, err
	}
	if len(raw) != 8 {
		return nil, fmt.Errorf("mpc: the counter's release is %d bytes, want 8", len(raw))
	}
	v := int64(binary.BigEndian.Uint64(raw))
	r := &PSIResult{Type: "psi", Engine: "mpc", Owners: len(cs[0].accepted), Intersection: float64(rel.Estimate(v)),
		NoiseStd: rel.NoiseStd(), Epsilon: rel.Epsilon, Delta: rel.Delta, Sigma: rel.Sigma, Mu: rel.Mu}
	r.Rejected, r.included = rejections(cs[0].rejected), cs[0].accepted
	return r, nil
}

func rejections(m map[int]Reason) []Rejection {
	var out []Rejection
	for _, o := range sortedOwners(m) {
		out = append(out, Rejection{Owner: o, Reason: m[o].String()})
	}
	return out
}
