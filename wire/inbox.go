package wire

import (
	"context"
	"fmt"
	"sync"
)

// msgKey names a message within a job session.
type msgKey struct {
	round uint32
	step  string
}

func (k msgKey) String() string { return fmt.Sprintf("round %d step %q", k.round, k.step) }

// maxPending bounds the messages a peer may have in flight, so a hostile peer
// cannot make us hold many half-sent buffers.
const maxPending = 64

type partial struct {
	total uint64
	next  uint32
	buf   []byte
}

// inbox reassembles the chunked messages of one peer and hands them out by key.
// A message can be delivered once; a second message under a key already seen is
// a replay and is refused.
type inbox struct {
	mu       sync.Mutex
	max      uint64
	partial  map[msgKey]*partial
	done     map[msgKey]*Message
	seen     map[msgKey]bool
	closed   error
	changed  chan struct{}
	minRound uint32
}

// Message is a complete message with its sender's signature (owners sign theirs).
type Message struct {
	Round   uint32
	Step    string
	Payload []byte
	Sig     []byte
}

func newInbox(max uint64) *inbox {
	return &inbox{max: max, partial: map[msgKey]*partial{}, done: map[msgKey]*Message{}, seen: map[msgKey]bool{}, changed: make(chan struct{})}
}

// add takes one data frame; it returns the message when f completes one.
func (in *inbox) add(f *Frame) (*Message, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	k := msgKey{f.Round, f.Step}
	if f.Round < in.minRound {
		return nil, fmt.Errorf("wire: %s is from a finished round (now %d)", k, in.minRound)
	}
	if in.seen[k] {
		return nil, fmt.Errorf("wire: %s was already received (replay?)", k)
	}
	p, err := in.chunk(k, f)
	if err != nil || !f.Last {
		return nil, err
	}
	if uint64(len(p.buf)) != p.total {
		return nil, fmt.Errorf("wire: %s ended after %d of %d bytes", k, len(p.buf), p.total)
	}
	delete(in.partial, k)
	in.seen[k] = true
	m := &Message{Round: f.Round, Step: f.Step, Payload: p.buf, Sig: append([]byte(nil), f.Sig...)}
	return m, nil
}

func (in *inbox) chunk(k msgKey, f *Frame) (*partial, error) {
	p := in.partial[k]
	if p == nil {
		if f.Seq != 0 {
			return nil, fmt.Errorf("wire: %s starts at chunk %d", k, f.Seq)
		}
		if f.Total > in.max {
			return nil, fmt.Errorf("wire: %s declares %d bytes, more than the %d this job allows", k, f.Total, in.max)
		}
		if len(in.partial) >= maxPending {
			return nil, fmt.Errorf("wire: more than %d messages in flight", maxPending)
		}
		p = &partial{total: f.Total, buf: make([]byte, 0, min(f.Total, 4*MaxChunk))}
		in.partial[k] = p
	}
	switch {
	case f.Seq != p.next:
		return nil, fmt.Errorf("wire: %s chunk %d arrived, expected %d", k, f.Seq, p.next)
	case f.Total != p.total:
		return nil, fmt.Errorf("wire: %s changed its declared size from %d to %d", k, p.total, f.Total)
	case uint64(len(p.buf))+uint64(len(f.Payload)) > p.total:
		return nil, fmt.Errorf("wire: %s sent more than its declared %d bytes", k, p.total)
	}
	p.buf = append(p.buf, f.Payload...)
	p.next++
	return p, nil
}

// deliver makes m available to take.
func (in *inbox) deliver(m *Message) {
	in.mu.Lock()
	in.done[msgKey{m.Round, m.Step}] = m
	in.notifyLocked()
	in.mu.Unlock()
}

func (in *inbox) notifyLocked() {
	close(in.changed)
	in.changed = make(chan struct{})
}

// close wakes every waiter with err.
func (in *inbox) close(err error) {
	in.mu.Lock()
	if in.closed == nil {
		in.closed = err
	}
	in.notifyLocked()
	in.mu.Unlock()
}

// take waits for the message under k.
func (in *inbox) take(ctx context.Context, k msgKey) (*Message, error) {
	for {
		in.mu.Lock()
		if m, ok := in.done[k]; ok {
			delete(in.done, k)
			in.mu.Unlock()
			return m, nil
		}
		if in.closed != nil {
			err := in.closed
			in.mu.Unlock()
			return nil, err
		}
		ch := in.changed
		in.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-ch:
		}
	}
}

// forget drops everything from rounds before r: late messages of a finished round
// are refused from now on.
func (in *inbox) forget(r uint32) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.minRound = r
	for k := range in.partial {
		if k.round < r {
			delete(in.partial, k)
		}
	}
	for k := range in.done {
		if k.round < r {
			delete(in.done, k)
		}
	}
}

// reopen makes a closed inbox usable again after the peer reconnected; partial
// messages of the old connection are dropped, messages already seen stay seen.
func (in *inbox) reopen() {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.closed = nil
	clear(in.partial)
}
