package mpc

import (
	"context"
	"fmt"
	"time"
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
	theirs, err := peer.Recv(ctx, step, max)
	if serr := <-errc; serr != nil {
		return nil, fmt.Errorf("mpc: sending %s to the other compute node: %w", step, serr)
	}
	if err != nil {
		return nil, fmt.Errorf("mpc: receiving %s from the other compute node: %w", step, err)
	}
	return theirs, nil
}
