package mpc

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// memNet carries messages between named parties in memory, one queue per
// (sender, receiver, step); until the seam's enginetest network lands in
// this branch it stands for the transport in the protocol tests. It records
// every payload each party receives (views).
type memNet struct {
	mu    sync.Mutex
	boxes map[[3]string]chan []byte
	views map[string][][]byte
	drop  map[[2]string]bool // sender → receiver links that lose messages
	// tamper rewrites what a sender sends a receiver at a step (a deviating party)
	tamper map[[3]string]func([]byte) []byte
	sent   map[string]int // bytes each party sent
	recvd  map[string]int // bytes each party received
}

func newMemNet() *memNet {
	return &memNet{boxes: map[[3]string]chan []byte{}, views: map[string][][]byte{}, drop: map[[2]string]bool{},
		tamper: map[[3]string]func([]byte) []byte{}, sent: map[string]int{}, recvd: map[string]int{}}
}

func (m *memNet) box(from, to, step string) chan []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := [3]string{from, to, step}
	if m.boxes[k] == nil {
		m.boxes[k] = make(chan []byte, 4)
	}
	return m.boxes[k]
}

type memChan struct {
	net        *memNet
	self, peer string
}

func (c memChan) Send(ctx context.Context, step string, p []byte) error {
	c.net.mu.Lock()
	lost := c.net.drop[[2]string{c.self, c.peer}]
	if f := c.net.tamper[[3]string{c.self, c.peer, step}]; f != nil {
		p = f(p)
	}
	c.net.sent[c.self] += len(p)
	c.net.mu.Unlock()
	if lost {
		return nil
	}
	select {
	case c.net.box(c.self, c.peer, step) <- p:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

var errTooBig = errors.New("memnet: message over the limit")

func (c memChan) Recv(ctx context.Context, step string, max int) ([]byte, error) {
	box := c.net.box(c.peer, c.self, step)
	var p []byte
	select { // a message already there wins over an expired deadline
	case p = <-box:
	default:
		select {
		case p = <-box:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if len(p) > max {
		return nil, fmt.Errorf("%w: %d > %d bytes of %s", errTooBig, len(p), max, step)
	}
	c.net.mu.Lock()
	c.net.views[c.self] = append(c.net.views[c.self], p)
	c.net.recvd[c.self] += len(p)
	c.net.mu.Unlock()
	return p, nil
}

type memHub struct {
	net  *memNet
	self string
	live []int
}

func ownerName(o int) string { return fmt.Sprintf("owner%d", o) }

func (h memHub) Live() []int { return h.live }

func (h memHub) Send(ctx context.Context, o int, step string, p []byte) error {
	return memChan{h.net, h.self, ownerName(o)}.Send(ctx, step, p)
}

func (h memHub) Gather(ctx context.Context, step string, from []int, max int, deadline time.Time) (map[int][]byte, map[int]error) {
	got, missing := map[int][]byte{}, map[int]error{}
	dctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	for _, o := range from {
		p, err := memChan{h.net, h.self, ownerName(o)}.Recv(dctx, step, max)
		if err != nil {
			missing[o] = err
			continue
		}
		got[o] = p
	}
	return got, missing
}
