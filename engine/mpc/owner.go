package mpc

import (
	"context"
	"errors"
	"fmt"
	"slices"
)

// ErrRejected is what an owner's round returns when the compute nodes
// rejected its input (the owner is named in both commitments with the
// reason, gets no receipt, and still confirms the payload).
var ErrRejected = errors.New("mpc: the compute nodes rejected this owner's input")

// ownerEnd is what an owner keeps after its round: the payload it confirms.
type ownerEnd struct {
	payload []byte
}

// collectReleases receives both nodes' releases, checks them and builds the
// payload; it reports whether this owner was accepted.
func (jc *jobCtx) collectReleases(ctx context.Context, task byte, self int, nodes [2]channel, maxSealed int) (*ownerEnd, error) {
	var o outcome
	for role, ch := range nodes {
		b, err := recv(ctx, ch, stepRelease, 2+maxCommitment+maxSealed)
		if err != nil {
			return nil, fmt.Errorf("mpc: release of compute node %d: %w", role, err)
		}
		r, err := parseRelease(b)
		if err != nil {
			return nil, err
		}
		c, err := jc.checkRelease(r, task, byte(role))
		if err != nil {
			return nil, err
		}
		o.releases[role], o.commits[role] = r, c
	}
	if !sameOutcome(o.commits[0], o.commits[1]) {
		return nil, fmt.Errorf("%w: the two compute nodes name different owners", ErrCommitment)
	}
	end := &ownerEnd{payload: o.payload(jc.binding)}
	if reason, rej := o.commits[0].rejected[self]; rej {
		return end, fmt.Errorf("%w: %s", ErrRejected, reason)
	}
	if !slices.Contains(o.commits[0].accepted, self) {
		return end, fmt.Errorf("mpc: the compute nodes left this owner out (dropped)")
	}
	return end, nil
}
