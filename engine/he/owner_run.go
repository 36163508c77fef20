package he

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"

	"github.com/veil-market/veil/engine"
)

// ownerRun is an owner's side of an he job (engine.OwnerRun). Its one
// round: receive the buyer key, agree on (or generate) the committee's
// collective key, commit to and send the encrypted input, recompute the
// aggregate from the signed inputs, wait for the receipt, key-switch the
// aggregate to the buyer, and recombine everyone's shares into the payload.
type ownerRun struct {
	e       Engine
	run     *jobRun
	self    int
	id      Identity
	vec     []float64 // this owner's noised statistics
	store   KeyStore
	env     engine.Env
	started bool
	payload []byte
}

var _ engine.OwnerRun = (*ownerRun)(nil)

// Round implements engine.OwnerRun.
func (o *ownerRun) Round(ctx context.Context, r uint32, announce []byte, link engine.Link) error {
	if o.started || r != 1 {
		return fmt.Errorf("he: round %d: the he engine runs one round, once", r)
	}
	o.started = true
	if err := o.checkAnnouncement(announce); err != nil {
		return err
	}
	buyer, err := o.recvBuyerKey(ctx, link)
	if err != nil {
		return err
	}
	keys, err := o.setup(ctx, link)
	if err != nil {
		return err
	}
	own, claimed, err := o.contribute(ctx, link, keys)
	if err != nil {
		return err
	}
	return o.keySwitch(ctx, link, keys, own, claimed, buyer)
}

// Payload implements engine.OwnerRun. A run that did not take part in the
// round itself (the node restarted after it) returns the payload the
// earlier run stored.
func (o *ownerRun) Payload(ctx context.Context) ([]byte, error) {
	if o.payload != nil {
		return append([]byte(nil), o.payload...), nil
	}
	p, err := o.store.Get(o.run.payloadKey())
	if errors.Is(err, ErrNoKey) {
		return nil, errors.New("he: the round did not complete on this owner")
	}
	if err != nil {
		return nil, err
	}
	if _, err := decodeResultPayload(p); err != nil {
		return nil, fmt.Errorf("he: the stored payload: %w", err)
	}
	return p, nil
}

func (o *ownerRun) checkAnnouncement(b []byte) error {
	a, err := decodeAnnouncement(b, len(o.run.names))
	if err != nil {
		return err
	}
	c := o.run.committee
	switch {
	case a.params != c.params.ID():
		return fmt.Errorf("he: the aggregator announced parameter set %x, this owner runs %s", a.params[:8], c.params.Name())
	case a.committee != c.ID():
		return fmt.Errorf("he: the aggregator announced committee %x, the job's accepted owners form %x", a.committee[:8], c.id[:8])
	case a.buyerKey != o.run.buyerKey:
		return fmt.Errorf("he: the aggregator announced buyer key %x, the spec commits to %x", a.buyerKey[:8], o.run.buyerKey[:8])
	}
	if missing := o.run.missing(a.participants); len(missing) > 0 {
		return fmt.Errorf("he: owners %q are not connected; the key switch needs every accepted owner", missing)
	}
	return nil
}

func (o *ownerRun) recvBuyerKey(ctx context.Context, link engine.Link) (*BuyerPublicKey, error) {
	body, err := o.recv(ctx, link, stepBuyerKey)
	if err != nil {
		return nil, err
	}
	return ParseBuyerPublicKey(o.run.params, body, o.run.buyerKey)
}

// contribute encrypts the input, commits to it, reveals it once every
// member has committed, and recomputes the aggregate of the inputs the
// aggregator relays, each checked against its owner's commitment.
func (o *ownerRun) contribute(ctx context.Context, link engine.Link, keys *committeeKeys) (*Aggregate, [32]byte, error) {
	r := o.run
	in, err := EncryptInput(r.committee, keys.key, r.jobID, o.id, o.vec)
	if err != nil {
		return nil, [32]byte{}, err
	}
	mine := commitment{context: keys.hash, object: sha256.Sum256(in.Payload)}
	commits, err := o.commit(ctx, link, stepCommit, stepCommits, mine)
	if err != nil {
		return nil, [32]byte{}, err
	}
	if err := o.send(ctx, link, stepInput, encodeSigned(in)); err != nil {
		return nil, [32]byte{}, err
	}
	body, err := o.recv(ctx, link, stepInputs)
	if err != nil {
		return nil, [32]byte{}, err
	}
	bundle, err := decodeInputBundle(body)
	if err != nil {
		return nil, [32]byte{}, err
	}
	if err := r.checkRevealed(bundle.inputs, commits); err != nil {
		return nil, [32]byte{}, err
	}
	own, err := CheckAndAggregate(r.committee, r.jobID, o.id.Address, bundle.inputs, r.minInputs)
	return own, bundle.claimed, err
}

// keySwitch releases this owner's key-switch share, only once the receipt
// for its input is in hand (fair exchange), and recombines all shares.
func (o *ownerRun) keySwitch(ctx context.Context, link engine.Link, keys *committeeKeys, own *Aggregate, claimed [32]byte, buyer *BuyerPublicKey) error {
	rctx, cancel := context.WithTimeout(ctx, o.run.timeout)
	err := link.AwaitReceipt(rctx)
	cancel()
	if err != nil {
		return fmt.Errorf("he: no receipt for this owner's input, so no key-switch share: %w", err)
	}
	c := o.run.committee
	share, err := GenPCKSShare(c, o.id, keys.share, own, claimed, buyer, o.env.Rand)
	if err != nil {
		return err
	}
	if err := o.send(ctx, link, stepPCKS, encodeSigned(share)); err != nil {
		return err
	}
	body, err := o.recv(ctx, link, stepPCKSAll)
	if err != nil {
		return err
	}
	shares, err := decodeSignedList(body)
	if err != nil {
		return err
	}
	out, err := AggregatePCKS(c, own, buyer, shares)
	if err != nil {
		return err
	}
	o.payload = resultPayload{contributors: own.Owners(), output: out.Bytes()}.encode()
	if err := o.store.Put(o.run.payloadKey(), o.payload); err != nil {
		o.log().Warn("he: could not store the payload; it is lost if the node restarts before confirming it", "err", err)
	}
	return nil
}

// commit sends this owner's commitment and returns every member's, after
// checking that its own came back unchanged and that every member commits
// under the same context (the same collective key, or this committee).
func (o *ownerRun) commit(ctx context.Context, link engine.Link, step, reply string, mine commitment) ([]commitment, error) {
	if err := o.sendSigned(ctx, link, step, tagCommit, mine.encode()); err != nil {
		return nil, err
	}
	body, err := o.recv(ctx, link, reply)
	if err != nil {
		return nil, err
	}
	commits, err := decodeCommitments(body, len(o.run.names))
	if err != nil {
		return nil, err
	}
	if commits[o.self] != mine {
		return nil, fmt.Errorf("he: step %q: the aggregator altered this owner's commitment", reply)
	}
	for i, c := range commits {
		if c.context != mine.context {
			return nil, ownerErr(o.run.names[i], fmt.Errorf("step %q: committed under another key or committee (%x, this owner has %x)", reply, c.context[:8], mine.context[:8]))
		}
	}
	return commits, nil
}

// sendSigned signs payload for the committee, the job and the step, and
// sends it.
func (o *ownerRun) sendSigned(ctx context.Context, link engine.Link, step, tag string, payload []byte) error {
	s, err := sign(o.id.Signer, tag, o.id.Address, payload, o.run.context(step)...)
	if err != nil {
		return err
	}
	return o.send(ctx, link, step, encodeSigned(s))
}

func (o *ownerRun) send(ctx context.Context, link engine.Link, step string, payload []byte) error {
	if err := link.Send(ctx, step, payload); err != nil {
		return fmt.Errorf("he: sending %q: %w", step, err)
	}
	return nil
}

// recv waits (at most the step timeout) for the aggregator's reply.
func (o *ownerRun) recv(ctx context.Context, link engine.Link, step string) ([]byte, error) {
	rctx, cancel := context.WithTimeout(ctx, o.run.timeout)
	defer cancel()
	b, err := link.Recv(rctx, step, o.run.maxMessage())
	if err != nil {
		return nil, fmt.Errorf("he: waiting for %q: %w", step, err)
	}
	body, err := decodeReply(b)
	if err != nil {
		return nil, fmt.Errorf("he: step %q: %w", step, err)
	}
	return body, nil
}

func (o *ownerRun) log() *slog.Logger {
	if o.env.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return o.env.Log
}
