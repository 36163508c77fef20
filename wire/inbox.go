package wire

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"sync"
)

// msgKey names a message within a job session.
type msgKey struct {
	round uint32
	step  string
}

func (k msgKey) String() string { return fmt.Sprintf("round %d step %q", k.round, k.step) }

// maxPending bounds the messages a peer may have in flight or delivered but not
// yet taken, so a hostile peer cannot make us hold many buffers.
const maxPending = 64

// inbox reassembles the chunked messages of one peer and hands them out by key.
// A message can be delivered once; a second message under a key already seen is
// a replay and is refused. It holds at most maxPending messages, partial or
// complete, each of at most max bytes; a partial message's buffer never exceeds
// its declared size, and the bytes allocated ahead of their arrival stay within
// max plus what has arrived.
type inbox struct {
	mu       sync.Mutex
	max      uint64
	partial  map[msgKey]*partial
	done     map[msgKey]*Message
	seen     map[msgKey]bool
	closed   error
	changed  chan struct{}
	minRound uint32
	// lenient drops a late chunk of a finished round instead of refusing
	// it: compute peers run their rounds at their own pace.
	lenient bool
}

// Message is a complete message with its sender's signature (owners sign theirs).
type Message struct {
	Round   uint32
	Step    string
	Payload []byte
	Sig     []byte
	sum     [32]byte // SHA-256 of Payload, computed as the chunks arrived
}

func newInbox(max uint64) *inbox {
	return &inbox{max: max, partial: map[msgKey]*partial{}, done: map[msgKey]*Message{}, seen: map[msgKey]bool{}, changed: make(chan struct{})}
}

// add takes one data frame; it returns the message when f completes one. The
// inbox may keep f.Payload or recycle its receive buffer: the caller must not
// use f.Payload afterwards.
func (in *inbox) add(f *Frame) (*Message, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	defer f.release()
	k := msgKey{f.Round, f.Step}
	if f.Round < in.minRound {
		if in.lenient {
			return nil, nil
		}
		return nil, fmt.Errorf("wire: %s is from a finished round (now %d)", k, in.minRound)
	}
	if in.seen[k] {
		return nil, fmt.Errorf("wire: %s was already received (replay?)", k)
	}
	p, err := in.chunk(k, f)
	if err != nil || !f.Last {
		return nil, err
	}
	delete(in.partial, k)
	in.seen[k] = true
	return &Message{Round: f.Round, Step: f.Step, Payload: p.payload(), Sig: bytes.Clone(f.Sig), sum: [32]byte(p.sum.Sum(nil))}, nil
}

func (in *inbox) chunk(k msgKey, f *Frame) (*partial, error) {
	p := in.partial[k]
	fresh := p == nil
	if fresh {
		var err error
		if p, err = in.start(k, f); err != nil {
			return nil, err
		}
	}
	if err := p.check(k, f); err != nil {
		return nil, err // a refused first chunk leaves nothing behind
	}
	if fresh {
		in.partial[k] = p
	}
	if f.Seq == 0 && uint64(len(f.Payload)) == p.total {
		p.own(f) // all the data in one chunk: kept as it was decoded
	} else {
		p.copyIn(f, in.spare(p))
	}
	p.next++
	return p, nil
}

// start opens a message, refusing its declared size before anything is allocated.
func (in *inbox) start(k msgKey, f *Frame) (*partial, error) {
	switch {
	case f.Seq != 0:
		return nil, fmt.Errorf("wire: %s starts at chunk %d", k, f.Seq)
	case f.Total > in.max:
		return nil, fmt.Errorf("wire: %s declares %d bytes, more than the %d allowed", k, f.Total, in.max)
	case len(in.partial)+len(in.done) >= maxPending:
		return nil, fmt.Errorf("wire: more than %d messages in flight or not yet taken", maxPending)
	}
	return &partial{total: f.Total, sum: sha256.New()}, nil
}

// spare is how many bytes p may allocate ahead of their arrival: the inbox's
// max less what the other partial messages hold ahead.
func (in *inbox) spare(p *partial) uint64 {
	var ahead uint64
	for _, q := range in.partial {
		if q != p {
			ahead += q.ahead()
		}
	}
	return in.max - min(ahead, in.max)
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
	if r <= in.minRound {
		return
	}
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
	for k := range in.seen {
		if k.round < r {
			delete(in.seen, k) // minRound refuses them from now on
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
