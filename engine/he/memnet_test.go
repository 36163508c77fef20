package he

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/veil-market/veil/engine"
)

// memNet carries one round's messages in memory between an aggregator
// (engine.Hub) and its owners (engine.Link), with a hook to drop or alter
// messages and byte counters per owner. It stands in for the wire package
// in fast tests; loopback_test.go runs the same engine over real gRPC.
type memNet struct {
	n        int
	toOwner  []*mailbox
	toAgg    []*mailbox
	receipts []chan struct{}
	credited []atomic.Bool
	sent     []atomic.Int64 // bytes each owner sent
	received []atomic.Int64 // bytes each owner received
	// tamper, when set, sees every message (fromAgg says its direction) and
	// returns what to deliver; nil drops it.
	tamper func(fromAgg bool, owner int, step string, b []byte) []byte
}

func newMemNet(n int) *memNet {
	m := &memNet{n: n, toOwner: make([]*mailbox, n), toAgg: make([]*mailbox, n), receipts: make([]chan struct{}, n),
		credited: make([]atomic.Bool, n), sent: make([]atomic.Int64, n), received: make([]atomic.Int64, n)}
	for i := range n {
		m.toOwner[i], m.toAgg[i], m.receipts[i] = newMailbox(), newMailbox(), make(chan struct{})
	}
	return m
}

// mailbox holds messages by step; each step is delivered once.
type mailbox struct {
	mu    sync.Mutex
	boxes map[string]chan []byte
}

func newMailbox() *mailbox { return &mailbox{boxes: map[string]chan []byte{}} }

func (b *mailbox) box(step string) chan []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	c, ok := b.boxes[step]
	if !ok {
		c = make(chan []byte, 1)
		b.boxes[step] = c
	}
	return c
}

func (b *mailbox) put(step string, p []byte) error {
	select {
	case b.box(step) <- append([]byte(nil), p...):
		return nil
	default:
		return fmt.Errorf("memnet: step %q sent twice", step)
	}
}

func (b *mailbox) take(ctx context.Context, step string, maxBytes int) ([]byte, error) {
	select {
	case p := <-b.box(step):
		if len(p) > maxBytes {
			return nil, fmt.Errorf("memnet: %d bytes for step %q, max %d", len(p), step, maxBytes)
		}
		return p, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("memnet: step %q: %w", step, ctx.Err())
	}
}

func (m *memNet) deliver(box *mailbox, fromAgg bool, owner int, step string, p []byte) error {
	if m.tamper != nil {
		if p = m.tamper(fromAgg, owner, step, p); p == nil {
			return nil
		}
	}
	if fromAgg {
		m.received[owner].Add(int64(len(p)))
	} else {
		m.sent[owner].Add(int64(len(p)))
	}
	return box.put(step, p)
}

// link is owner i's side.
func (m *memNet) link(i int) engine.Link { return &memLink{m: m, i: i} }

type memLink struct {
	m *memNet
	i int
}

func (l *memLink) Round() uint32 { return 1 }

func (l *memLink) Send(ctx context.Context, step string, p []byte) error {
	return l.m.deliver(l.m.toAgg[l.i], false, l.i, step, p)
}

func (l *memLink) Recv(ctx context.Context, step string, maxBytes int) ([]byte, error) {
	return l.m.toOwner[l.i].take(ctx, step, maxBytes)
}

func (l *memLink) AwaitReceipt(ctx context.Context) error {
	select {
	case <-l.m.receipts[l.i]:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// hub is the aggregator's side; live lists the connected owners.
func (m *memNet) hub(live []int) engine.Hub { return &memHub{m: m, live: live} }

type memHub struct {
	m    *memNet
	live []int
}

func (h *memHub) Round() uint32 { return 1 }
func (h *memHub) N() int        { return h.m.n }
func (h *memHub) Live() []int   { return append([]int(nil), h.live...) }

func (h *memHub) Send(ctx context.Context, owner int, step string, p []byte) error {
	return h.m.deliver(h.m.toOwner[owner], true, owner, step, p)
}

func (h *memHub) Broadcast(ctx context.Context, to []int, step string, p []byte) map[int]error {
	failed := map[int]error{}
	for _, i := range to {
		if err := h.Send(ctx, i, step, p); err != nil {
			failed[i] = err
		}
	}
	return failed
}

func (h *memHub) Gather(ctx context.Context, step string, from []int, maxBytes int, deadline time.Time) (map[int][]byte, map[int]error) {
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	var mu sync.Mutex
	got, failed := map[int][]byte{}, map[int]error{}
	var wg sync.WaitGroup
	for _, i := range from {
		wg.Go(func() {
			p, err := h.m.toAgg[i].take(ctx, step, maxBytes)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed[i] = err
			} else {
				got[i] = p
			}
		})
	}
	wg.Wait()
	return got, failed
}

func (h *memHub) Credit(ctx context.Context, owner int) error {
	if !h.m.credited[owner].Swap(true) {
		close(h.m.receipts[owner])
	}
	return nil
}
