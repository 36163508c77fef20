package mpc

import (
	"crypto/ed25519"
	"fmt"
)

// Outcome is which owners a job's compute nodes put in the result, as the
// helper's signed commitment says. The helper publishes that commitment
// on-chain as its step (attestStep), so anyone can read it with the job's
// events (veil job status). Owners are numbered as the job's accepted
// owners, in dataset order.
type Outcome struct {
	Accepted []int          `json:"accepted"`
	Rejected map[int]string `json:"rejected,omitempty"` // owner → reason
	Dropped  []int          `json:"dropped,omitempty"`
}

// StepOutcome reads the outcome from the helper's attested step data (its
// signed commitment) for a job with owners accepted owners. It checks the
// encoding and every owner index, not the signature: the chain says who
// posted the data.
func StepOutcome(data []byte, owners int) (*Outcome, error) {
	if len(data) < ed25519.SignatureSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrCommitment, len(data))
	}
	c, err := parseCommitment(data[:len(data)-ed25519.SignatureSize], owners)
	if err != nil {
		return nil, err
	}
	out := &Outcome{Accepted: c.accepted, Dropped: c.dropped, Rejected: map[int]string{}}
	for o, r := range c.rejected {
		out.Rejected[o] = r.String()
	}
	return out, nil
}
