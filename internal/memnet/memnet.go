// Package memnet carries an engine's messages in memory, for tests: one Net
// per job stands in for the wire package between an aggregator (engine.Hub)
// and its owners (engine.Link), and records the transcript an observer of
// the network would see — who sent which step of which round, and how many
// bytes — without the contents. Tests compare transcripts to show that two
// runs are indistinguishable in shape (a data value changes no message, no
// size, no step outcome).
package memnet

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/veil-market/veil/engine"
)

// Event is one message as the network shows it.
type Event struct {
	Round   uint32
	FromAgg bool
	Owner   int // the sender, or the recipient of an aggregator message
	Step    string
	Bytes   int
}

func (e Event) String() string {
	dir := "owner→agg"
	if e.FromAgg {
		dir = "agg→owner"
	}
	return fmt.Sprintf("r%d %s %d %s %dB", e.Round, dir, e.Owner, e.Step, e.Bytes)
}

// Net is one job's in-memory network among n owners and the aggregator.
type Net struct {
	n       int
	mu      sync.Mutex
	boxes   map[boxKey]chan []byte
	events  []Event
	credits map[uint32][]int
}

type boxKey struct {
	round uint32
	toAgg bool
	owner int
	step  string
}

// New returns a network for n owners.
func New(n int) *Net {
	return &Net{n: n, boxes: map[boxKey]chan []byte{}, credits: map[uint32][]int{}}
}

func (m *Net) box(k boxKey) chan []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.boxes[k]
	if !ok {
		c = make(chan []byte, 1)
		m.boxes[k] = c
	}
	return c
}

func (m *Net) put(k boxKey, p []byte) error {
	m.mu.Lock()
	m.events = append(m.events, Event{Round: k.round, FromAgg: !k.toAgg, Owner: k.owner, Step: k.step, Bytes: len(p)})
	m.mu.Unlock()
	select {
	case m.box(k) <- append([]byte(nil), p...):
		return nil
	default:
		return fmt.Errorf("memnet: round %d step %q sent twice", k.round, k.step)
	}
}

func (m *Net) take(ctx context.Context, k boxKey, maxBytes int) ([]byte, error) {
	select {
	case p := <-m.box(k):
		if len(p) > maxBytes {
			return nil, fmt.Errorf("memnet: %d bytes for step %q, max %d", len(p), k.step, maxBytes)
		}
		return p, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("memnet: step %q: %w", k.step, engine.ErrDropped)
	}
}

// Transcript returns every message so far, in a canonical order (by round,
// direction, owner, step), so that two runs compare whatever the goroutine
// scheduling.
func (m *Net) Transcript() []Event {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := slices.Clone(m.events)
	slices.SortFunc(out, func(a, b Event) int {
		switch {
		case a.Round != b.Round:
			return int(a.Round) - int(b.Round)
		case a.FromAgg != b.FromAgg:
			if a.FromAgg {
				return 1
			}
			return -1
		case a.Owner != b.Owner:
			return a.Owner - b.Owner
		case a.Step != b.Step:
			if a.Step < b.Step {
				return -1
			}
			return 1
		}
		return a.Bytes - b.Bytes
	})
	return out
}

// Record adds an event the driver carries outside the hub (a round's
// announcement).
func (m *Net) Record(e Event) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.events = append(m.events, e)
}

// Credits returns the owners the aggregator credited in each round.
func (m *Net) Credits() map[uint32][]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[uint32][]int{}
	for r, c := range m.credits {
		out[r] = slices.Sorted(slices.Values(c))
	}
	return out
}

// Hub is the aggregator's side of round r.
func (m *Net) Hub(r uint32) engine.Hub { return &hub{net: m, round: r} }

// Link is owner i's side of round r.
func (m *Net) Link(r uint32, i int) engine.Link { return &link{net: m, round: r, owner: i} }

type hub struct {
	net   *Net
	round uint32
}

func (h *hub) Round() uint32 { return h.round }
func (h *hub) N() int        { return h.net.n }

func (h *hub) Live() []int {
	out := make([]int, h.net.n)
	for i := range out {
		out[i] = i
	}
	return out
}

func (h *hub) Send(ctx context.Context, owner int, step string, payload []byte) error {
	return h.net.put(boxKey{round: h.round, owner: owner, step: step}, payload)
}

func (h *hub) Broadcast(ctx context.Context, to []int, step string, payload []byte) map[int]error {
	failed := map[int]error{}
	for _, i := range to {
		if err := h.Send(ctx, i, step, payload); err != nil {
			failed[i] = err
		}
	}
	return failed
}

func (h *hub) Gather(ctx context.Context, step string, from []int, maxBytes int, deadline time.Time) (map[int][]byte, map[int]error) {
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	got, failed := map[int][]byte{}, map[int]error{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, i := range from {
		wg.Go(func() {
			p, err := h.net.take(ctx, boxKey{round: h.round, toAgg: true, owner: i, step: step}, maxBytes)
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

func (h *hub) Credit(ctx context.Context, owner int) error {
	h.net.mu.Lock()
	defer h.net.mu.Unlock()
	h.net.credits[h.round] = append(h.net.credits[h.round], owner)
	return nil
}

type link struct {
	net   *Net
	round uint32
	owner int
}

func (l *link) Round() uint32 { return l.round }

func (l *link) Send(ctx context.Context, step string, payload []byte) error {
	return l.net.put(boxKey{round: l.round, toAgg: true, owner: l.owner, step: step}, payload)
}

func (l *link) Recv(ctx context.Context, step string, maxBytes int) ([]byte, error) {
	return l.net.take(ctx, boxKey{round: l.round, owner: l.owner, step: step}, maxBytes)
}

func (l *link) AwaitReceipt(ctx context.Context) error { return nil }
