package mpc

import (
	"context"
	"crypto/sha256"
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// release is one node's signed commitment with its sealed release, as the
// other node and the owners receive it: u16 length + commitment, then the
// sealed bytes.
type release struct {
	commitment []byte
	sealed     []byte
}

func (r release) encode() []byte {
	var b cryptobyte.Builder
	b.AddUint16LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes(r.commitment) })
	b.AddBytes(r.sealed)
	return b.BytesOrPanic()
}

func parseRelease(msg []byte) (release, error) {
	in := cryptobyte.String(msg)
	var c cryptobyte.String
	if !in.ReadUint16LengthPrefixed(&c) || len(c) > maxCommitment {
		return release{}, fmt.Errorf("%w: release framing", ErrCommitment)
	}
	return release{commitment: c, sealed: in}, nil
}

// checkRelease verifies a node's release: its commitment's signature, job,
// task and role, and that it commits to the sealed bytes that came with it.
func (jc *jobCtx) checkRelease(r release, task, role byte) (*commitment, error) {
	c, err := openCommitment(r.commitment, jc.nodeKeys[role], jc.binding, task, role, jc.owners())
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(r.sealed) != c.digest {
		return nil, fmt.Errorf("%w: compute node %d's sealed release does not match its commitment", ErrCommitment, role)
	}
	return c, nil
}

// outcome is a node's end of a job: both commitments and releases, checked.
type outcome struct {
	releases [2]release
	commits  [2]*commitment
}

// exchangeReleases swaps signed releases with the other node and checks
// that both name the same owners accepted, rejected and dropped.
func (jc *jobCtx) exchangeReleases(ctx context.Context, peer channel, task, self byte, mine release, c *commitment, maxSealed int) (*outcome, error) {
	b, err := swap(ctx, peer, stepCommit, mine.encode(), 2+maxCommitment+maxSealed)
	if err != nil {
		return nil, err
	}
	theirs, err := parseRelease(b)
	if err != nil {
		return nil, err
	}
	tc, err := jc.checkRelease(theirs, task, 1-self)
	if err != nil {
		return nil, err
	}
	if !sameOutcome(c, tc) {
		return nil, fmt.Errorf("%w: the compute nodes disagree on which owners are in the aggregate", ErrCommitment)
	}
	o := &outcome{}
	o.releases[self], o.releases[1-self] = mine, theirs
	o.commits[self], o.commits[1-self] = c, tc
	return o, nil
}

// payload is the bytes every owner confirms.
func (o *outcome) payload(job [32]byte) []byte {
	p := payload{job: job}
	for i, r := range o.releases {
		p.commitments[i], p.sealed[i] = r.commitment, r.sealed
	}
	return p.encode()
}
