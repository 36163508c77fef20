package he

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/veil-market/veil/engine"
)

// setup agrees on the committee's collective key. The owner tells the
// aggregator which key it holds (hello); when every member holds the same
// one the aggregator says so and it is reused, otherwise the committee runs
// key generation again. The owner trusts no claim it cannot check: a reuse
// decision must name the key it holds itself.
func (o *ownerRun) setup(ctx context.Context, link engine.Link) (*committeeKeys, error) {
	c := o.run.committee
	cached, err := loadCommitteeKeys(o.store, c)
	if err != nil && !errors.Is(err, ErrNoKey) {
		o.log().Warn("he: stored committee keys are unusable; asking for a new key generation", "committee", c.IDHex()[:16], "err", err)
	}
	h := hello{}
	if cached != nil && !o.e.regenerate {
		h = hello{cached: true, key: cached.hash}
	}
	if err := o.sendSigned(ctx, link, stepHello, tagHello, h.encode()); err != nil {
		return nil, err
	}
	body, err := o.recv(ctx, link, stepSetup)
	if err != nil {
		return nil, err
	}
	d, err := decodeSetupDecision(body)
	if err != nil {
		return nil, err
	}
	if !d.reuse {
		return o.generateKeys(ctx, link)
	}
	if cached == nil || cached.hash != d.key {
		return nil, fmt.Errorf("he: the aggregator says every member holds collective key %x, this owner does not", d.key[:8])
	}
	return cached, nil
}

// generateKeys runs key generation: a fresh secret share, a commitment to
// the key-generation share, the share itself once every member committed,
// and the collective key combined from the relayed shares, each checked
// against its commitment. The keys are stored only once combined.
func (o *ownerRun) generateKeys(ctx context.Context, link engine.Link) (*committeeKeys, error) {
	c := o.run.committee
	sk, err := NewSecretShare(c.params, o.env.Rand)
	if err != nil {
		return nil, err
	}
	share, err := GenCKGShare(c, o.id, sk)
	if err != nil {
		return nil, err
	}
	mine := commitment{context: c.ID(), object: sha256.Sum256(share.Payload)}
	commits, err := o.commit(ctx, link, stepCKGCommit, stepCKGCommits, mine)
	if err != nil {
		return nil, err
	}
	if err := o.send(ctx, link, stepCKG, encodeSigned(share)); err != nil {
		return nil, err
	}
	body, err := o.recv(ctx, link, stepCKGAll)
	if err != nil {
		return nil, err
	}
	shares, err := decodeSignedList(body)
	if err != nil {
		return nil, err
	}
	if err := o.run.checkRevealed(shares, commits); err != nil {
		return nil, err
	}
	key, err := CombineCKG(c, shares)
	if err != nil {
		return nil, err
	}
	keys := newCommitteeKeys(sk, key)
	if err := saveCommitteeKeys(o.store, c, keys); err != nil {
		// The job can go on with the keys in memory; the next job of this
		// committee will run key generation again.
		o.log().Warn("he: could not store the committee keys", "committee", c.IDHex()[:16], "err", err)
	}
	return keys, nil
}
