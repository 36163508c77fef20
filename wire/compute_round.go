package wire

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/veil-market/veil/engine"
)

// ComputeRound is a compute node's side of one round of a Job: the engine.Hub
// its engine's round uses.
type ComputeRound struct {
	hub   *Job
	round uint32
}

var _ engine.Hub = (*ComputeRound)(nil)

// N is the number of owners in the job; owners are numbered 0..N-1.
func (r *ComputeRound) N() int { return r.hub.N() }

// Live lists the owners connected now.
func (r *ComputeRound) Live() []int { return r.hub.Live() }

// Round is the round number.
func (r *ComputeRound) Round() uint32 { return r.round }

// Send sends a message to one owner. The payload is sent without a copy: it
// must not change afterwards (gRPC may still be writing it when Send returns).
func (r *ComputeRound) Send(ctx context.Context, owner int, step string, payload []byte) error {
	o, err := r.hub.owner(owner)
	if err != nil {
		return err
	}
	r.hub.mu.Lock()
	c := o.conn
	r.hub.mu.Unlock()
	if c == nil {
		return fmt.Errorf("%w: %s is not connected", ErrDropped, o.Address.Hex())
	}
	if err := c.sendMessage(KindData, r.hub.cfg.Job, r.round, step, payload, nil); err != nil {
		return fmt.Errorf("%w: sending to %s: %v", ErrDropped, o.Address.Hex(), err)
	}
	return nil
}

// Broadcast sends the same message to several owners at once; it returns the
// owners it could not reach.
func (r *ComputeRound) Broadcast(ctx context.Context, to []int, step string, payload []byte) map[int]error {
	var mu sync.Mutex
	failed := map[int]error{}
	var wg sync.WaitGroup
	for _, i := range to {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Send(ctx, i, step, payload); err != nil {
				mu.Lock()
				failed[i] = err
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return failed
}

// Start announces the round to owners, who then run it.
func (r *ComputeRound) Start(ctx context.Context, to []int, payload []byte) map[int]error {
	return r.Broadcast(ctx, to, StartStep, payload)
}

// Gather collects the message `step` from each owner in `from` until all arrived
// or the deadline passed. Owners missing from the result dropped out (their error
// is in the second map); messages larger than maxBytes are refused.
func (r *ComputeRound) Gather(ctx context.Context, step string, from []int, maxBytes int, deadline time.Time) (map[int][]byte, map[int]error) {
	return engine.GatherEach(ctx, from, deadline, func(ctx context.Context, i int) ([]byte, error) {
		return r.recv(ctx, i, step, maxBytes)
	})
}

func (r *ComputeRound) recv(ctx context.Context, i int, step string, maxBytes int) ([]byte, error) {
	o, err := r.hub.owner(i)
	if err != nil {
		return nil, err
	}
	m, err := o.inbox.take(ctx, msgKey{r.round, step})
	if err != nil {
		return nil, fmt.Errorf("%w: %s, round %d step %q: %v", ErrDropped, o.Address.Hex(), r.round, step, err)
	}
	if len(m.Payload) > maxBytes {
		return nil, fmt.Errorf("wire: %s sent %d bytes for round %d step %q (max %d)", o.Address.Hex(), len(m.Payload), r.round, step, maxBytes)
	}
	return m.Payload, nil
}

// Credit records that an owner contributed to this round, signs its cumulative
// receipt (rounds contributed so far) and sends it. Crediting twice in one round
// counts once.
func (r *ComputeRound) Credit(ctx context.Context, owner int) error {
	o, err := r.hub.owner(owner)
	if err != nil {
		return err
	}
	if r.hub.cfg.Receipt == nil {
		return fmt.Errorf("wire: job %d: only the lead compute node credits owners", r.hub.cfg.Job)
	}
	r.hub.mu.Lock()
	if o.credited != r.round {
		o.credited, o.rounds = r.round, o.rounds+1
	}
	rounds, c := o.rounds, o.conn
	r.hub.mu.Unlock()
	sig, err := r.hub.cfg.Receipt(o.Address, rounds)
	if err != nil {
		return err
	}
	if c == nil {
		return fmt.Errorf("%w: %s is not connected for its receipt", ErrDropped, o.Address.Hex())
	}
	return c.send(&Frame{Kind: KindReceipt, Job: r.hub.cfg.Job, Round: rounds, Payload: sig})
}

// Rounds is how many rounds each owner has been credited for.
func (h *Job) Rounds() []uint32 {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make([]uint32, len(h.owners))
	for i, o := range h.owners {
		out[i] = o.rounds
	}
	return out
}
