package mpc

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/veil-market/veil/engine"
)

// channel is an authenticated channel to one peer within a round: an
// owner's to a compute node, or one compute node's to the other (the
// seam's engine.Channel).
type channel interface {
	Send(ctx context.Context, step string, payload []byte) error
	Recv(ctx context.Context, step string, maxBytes int) ([]byte, error)
}

// ownersHub is a compute node's side of a round toward the owners (the
// owner half of the seam's engine.Hub).
type ownersHub interface {
	Live() []int
	Send(ctx context.Context, owner int, step string, payload []byte) error
	Gather(ctx context.Context, step string, from []int, maxBytes int, deadline time.Time) (map[int][]byte, map[int]error)
}

// swap sends mine to the other compute node and receives its message of the
// same step: both nodes run the same steps in the same order.
func swap(ctx context.Context, peer channel, step string, mine []byte, max int) ([]byte, error) {
	errc := make(chan error, 1)
	go func() { errc <- peer.Send(ctx, step, mine) }()
	theirs, err := recv(ctx, peer, step, max)
	if serr := <-errc; serr != nil {
		return nil, fmt.Errorf("mpc: sending %s to the other compute node: %w", step, serr)
	}
	if err != nil {
		return nil, fmt.Errorf("mpc: receiving %s from the other compute node: %w", step, err)
	}
	return theirs, nil
}

// waiter is a channel that can wait for its peer to be connected
// (engine.Channel's Evidence).
type waiter interface {
	Evidence(ctx context.Context) ([]byte, error)
}

// recv receives step from a compute node, waiting for the link first and
// again if it fails before the message arrives: an owner may ask a helper
// for a message before the helper has opened the job, and a link that
// failed meanwhile is redialled (the transport keeps what arrived). It
// gives up with the round's context.
func recv(ctx context.Context, ch channel, step string, max int) ([]byte, error) {
	w, ok := ch.(waiter)
	for {
		if ok {
			if _, err := w.Evidence(ctx); err != nil {
				return nil, err
			}
		}
		b, err := ch.Recv(ctx, step, max)
		if err == nil || !ok || ctx.Err() != nil || !errors.Is(err, engine.ErrDropped) {
			return b, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(100 * time.Millisecond):
		}
	}
}
