package he

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/suffstat"
)

// ownerRun is an owner's side of an he job (engine.OwnerRun). Its one
// round: receive the buyer key, encrypt the noised statistics to it, take
// part in secure aggregation of the ciphertexts (so that no one, the
// aggregator and the buyer included, ever sees them, only their sum),
// release its unmasking shares only once the receipt for its input is in
// hand, and recompute the sum from the aggregator's opening: the payload
// it confirms.
type ownerRun struct {
	e       Engine
	run     *jobRun
	self    int
	contrib *suffstat.Contribution // this owner's noised statistics, drawn once
	store   engine.KV              // the node's vault (Env.Secrets): the payload and the one-use mark
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
	if err := o.checkFirstUse(); err != nil {
		return err
	}
	a, pos, err := o.checkAnnouncement(announce)
	if err != nil {
		return err
	}
	buyer, err := o.recvBuyerKey(ctx, link)
	if err != nil {
		return err
	}
	cts, err := encryptContribution(buyer, o.contrib)
	if err != nil {
		return err
	}
	c, err := secagg.NewClient(o.run.secaggParams(a.participants, a.threshold), o.run.session(a), pos, o.env.NodeKey,
		o.run.peers(a.participants), o.env.Rand)
	if err != nil {
		return fmt.Errorf("he: secure aggregation: %w", err)
	}
	input := o.run.params.Residues(cts)
	if o.e.tamper != nil {
		input = o.e.tamper(o.self, input)
	}
	sum, err := o.aggregate(ctx, link, c, input)
	if err != nil {
		return err
	}
	_, payload, err := o.run.outputOf(sum, a.participants, c.Survivors())
	if err != nil {
		return err
	}
	o.payload = payload
	if err := o.store.Put(o.run.payloadKey(), payload); err != nil {
		o.log().Warn("he: could not store the payload; it is lost if the node restarts before confirming it", "err", err)
	}
	return nil
}

// checkFirstUse enforces the one-use rule across restarts: an owner sends
// its masked input for a job at most once. A second aggregation with a
// freshly noised input would let a coalition difference the two results.
func (o *ownerRun) checkFirstUse() error {
	mark, err := o.store.Get(o.run.contributedKey())
	switch {
	case err != nil:
		return fmt.Errorf("he: reading the job's state: %w", err)
	case mark != nil:
		return errors.New("he: this owner already sent its input for this job; a retry needs a new job (fresh noise, fresh masks, new ε)")
	}
	return nil
}

// aggregate runs the owner's side of secure aggregation over the job's
// link and returns the sum it recomputed from the opening.
func (o *ownerRun) aggregate(ctx context.Context, link engine.Link, c *secagg.Client, input []uint64) ([]uint64, error) {
	msg, err := c.AdvertiseKeys()
	if err == nil {
		msg, err = o.exchange(ctx, link, stepAdvertise, msg, stepKeys, c.ShareKeys)
	}
	if err == nil {
		msg, err = o.exchange(ctx, link, stepShares, msg, stepMyShares, func(b []byte) ([]byte, error) { return c.MaskInput(b, input) })
	}
	if err == nil {
		err = o.store.Put(o.run.contributedKey(), []byte{1}) // before the masked input leaves
	}
	if err == nil {
		msg, err = o.exchange(ctx, link, stepMasked, msg, stepSurvivors, c.ConsistencyCheck)
	}
	if err == nil {
		msg, err = o.exchange(ctx, link, stepCheck, msg, stepRequest, func(b []byte) ([]byte, error) {
			if err := o.awaitReceipt(ctx, link); err != nil {
				return nil, err
			}
			return c.Unmask(b)
		})
	}
	if err != nil {
		return nil, err
	}
	if err := link.Send(ctx, stepUnmask, msg); err != nil {
		return nil, fmt.Errorf("he: sending %q: %w", stepUnmask, err)
	}
	body, err := o.recv(ctx, link, stepOpening)
	if err != nil {
		return nil, err
	}
	sum, err := c.VerifySum(body)
	if err != nil {
		return nil, fmt.Errorf("he: step %q: %w", stepOpening, err)
	}
	return sum, nil
}

// exchange sends msg at step send, waits for the aggregator's reply at
// step recv and hands it to next.
func (o *ownerRun) exchange(ctx context.Context, link engine.Link, send string, msg []byte, recv string, next func([]byte) ([]byte, error)) ([]byte, error) {
	if err := link.Send(ctx, send, msg); err != nil {
		return nil, fmt.Errorf("he: sending %q: %w", send, err)
	}
	body, err := o.recv(ctx, link, recv)
	if err != nil {
		return nil, err
	}
	out, err := next(body)
	if err != nil {
		return nil, fmt.Errorf("he: step %q: %w", recv, err)
	}
	return out, nil
}

// awaitReceipt holds the unmasking shares until the aggregator's receipt
// for this owner's input arrived (fair exchange: no sum without paying).
func (o *ownerRun) awaitReceipt(ctx context.Context, link engine.Link) error {
	rctx, cancel := context.WithTimeout(ctx, o.run.timeout)
	defer cancel()
	if err := link.AwaitReceipt(rctx); err != nil {
		return fmt.Errorf("he: no receipt for this owner's input, so no unmasking shares: %w", err)
	}
	return nil
}

// Payload implements engine.OwnerRun. A run that did not take part in the
// round itself (the node restarted after it) returns the payload the
// earlier run stored.
func (o *ownerRun) Payload(ctx context.Context) ([]byte, error) {
	if o.payload != nil {
		return slices.Clone(o.payload), nil
	}
	p, err := o.store.Get(o.run.payloadKey())
	if err != nil {
		return nil, fmt.Errorf("he: reading the stored payload: %w", err)
	}
	if p == nil {
		return nil, errors.New("he: the round did not complete on this owner")
	}
	if _, err := decodeResultPayload(p); err != nil {
		return nil, fmt.Errorf("he: the stored payload: %w", err)
	}
	return p, nil
}

// checkAnnouncement checks the parameter set, the buyer key and the
// threshold, and returns this owner's secure-aggregation index.
func (o *ownerRun) checkAnnouncement(b []byte) (announcement, int, error) {
	a, err := decodeAnnouncement(b, len(o.run.names))
	if err != nil {
		return a, 0, err
	}
	switch {
	case a.params != o.run.params.ID():
		return a, 0, fmt.Errorf("he: the aggregator announced parameter set %x, this owner runs %s", a.params[:8], o.run.params.Name())
	case a.buyerKey != o.run.buyerKey:
		return a, 0, fmt.Errorf("he: the aggregator announced buyer key %x, the spec commits to %x", a.buyerKey[:8], o.run.buyerKey[:8])
	}
	pos := slices.Index(a.participants, o.self)
	if pos < 0 {
		return a, 0, engine.ErrSitOut
	}
	n := len(a.participants)
	need := o.run.threshold(n)
	if n < max(2, need) {
		return a, 0, fmt.Errorf("he: %d owners connected, the job needs %d; missing: %q", n, max(2, need), o.run.missing(a.participants))
	}
	if a.threshold < need || a.threshold > n {
		return a, 0, fmt.Errorf("he: threshold %d for %d participants is unsafe (need %d ≤ t ≤ %d, at least 2 owners); refusing to take part",
			a.threshold, n, need, n)
	}
	return a, pos, nil
}

// missing names the accepted owners outside parts.
func (r *jobRun) missing(parts []int) []string {
	var out []string
	for i, name := range r.names {
		if !slices.Contains(parts, i) {
			out = append(out, name)
		}
	}
	return out
}

func (o *ownerRun) recvBuyerKey(ctx context.Context, link engine.Link) (*mhe.BuyerPublicKey, error) {
	body, err := o.recv(ctx, link, stepBuyerKey)
	if err != nil {
		return nil, err
	}
	return mhe.ParseBuyerPublicKey(o.run.params, body, o.run.buyerKey)
}

// recv waits for the aggregator's reply: at most twice the step timeout,
// since the aggregator itself may wait a whole step timeout for an owner
// that dropped out before it moves on.
func (o *ownerRun) recv(ctx context.Context, link engine.Link, step string) ([]byte, error) {
	rctx, cancel := context.WithTimeout(ctx, 2*o.run.timeout)
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

// encryptContribution encrypts the owner's noised statistics straight to
// the buyer's key, each slot exactly on its grid (data and noise added
// modulo each prime, so neither can overflow).
func encryptContribution(buyer *mhe.BuyerPublicKey, c *suffstat.Contribution) ([]*rlwe.Ciphertext, error) {
	grids, data, noise := c.Grid()
	return mhe.EncryptOnGrid(buyer, grids, data, noise)
}
