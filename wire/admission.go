package wire

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
)

// unprovenStreams counts the streams whose first frame has not been checked
// yet, in total and by peer address; a stream beyond either bound is refused
// before anything is read from it.
type unprovenStreams struct {
	max, perPeer int
	mu           sync.Mutex
	total        int
	peers        map[string]int
}

func newUnprovenStreams(max, perPeer int) *unprovenStreams {
	return &unprovenStreams{max: max, perPeer: perPeer, peers: map[string]int{}}
}

func (u *unprovenStreams) acquire(key string) error {
	u.mu.Lock()
	defer u.mu.Unlock()
	switch {
	case u.peers[key] >= u.perPeer:
		return fmt.Errorf("wire: %d streams from %s are waiting for their first frame already (max_unproven_per_peer)", u.perPeer, key)
	case u.total >= u.max:
		return fmt.Errorf("wire: %d streams are waiting for their first frame already (max_unproven)", u.max)
	}
	u.total++
	u.peers[key]++
	return nil
}

func (u *unprovenStreams) release(key string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.total--
	if u.peers[key]--; u.peers[key] <= 0 {
		delete(u.peers, key)
	}
}

// peerKeyOf is the address group of a stream's peer (see peerKey).
func peerKeyOf(ctx context.Context) string {
	if p, ok := peer.FromContext(ctx); ok && p.Addr != nil {
		return peerKey(p.Addr)
	}
	return "unknown"
}

// holdUnproven takes one of the stream's peer's unproven slots; the caller
// releases it once the peer is admitted or refused.
func (s *Server) holdUnproven(ctx context.Context) (func(), error) {
	key := peerKeyOf(ctx)
	if err := s.unproven.acquire(key); err != nil {
		s.refusals.note(refusedUnproven, "refused a stream", "peer", remoteAddr(ctx), "err", err)
		return nil, status.Error(codes.ResourceExhausted, err.Error())
	}
	return func() { s.unproven.release(key) }, nil
}

// ErrNoFirstFrame means a stream sent nothing within the hello timeout.
var ErrNoFirstFrame = errors.New("wire: no first frame within the hello timeout")

// firstFrame reads a stream's first frame, waiting at most the hello timeout.
// On a timeout the caller ends the stream, which ends the pending receive (as
// does any end of the stream: there is no need to watch ctx here).
func (s *Server) firstFrame(ctx context.Context, c *conn) (*Frame, error) {
	type result struct {
		f   *Frame
		err error
	}
	got := make(chan result, 1)
	go func() {
		f, err := c.recv()
		got <- result{f, err}
	}()
	t := time.NewTimer(s.limits.HelloTimeout.D())
	defer t.Stop()
	select {
	case r := <-got:
		if r.err != nil {
			s.refusals.note(refusedBadFrame, "refused a peer", "peer", remoteAddr(ctx), "err", r.err)
		}
		return r.f, r.err
	case <-t.C:
		s.refusals.note(refusedNoHello, "refused a peer", "peer", remoteAddr(ctx), "err", ErrNoFirstFrame)
		return nil, status.Error(codes.DeadlineExceeded, ErrNoFirstFrame.Error())
	}
}
