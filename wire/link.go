package wire

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
)

// LinkConfig describes an owner's connection to the aggregator of one job.
type LinkConfig struct {
	Identity      Identity
	Registry      Registry
	Aggregator    common.Address
	Endpoint      string // host:port from the registry
	Job           uint64
	DatasetDigest [32]byte // signed into every message
	MaxMessage    uint64   // largest message the aggregator may send
	// Receipt checks and stores a receipt for `rounds` rounds; a receipt it
	// refuses ends the link.
	Receipt  func(rounds uint32, sig []byte) error
	Paid     uint32 // rounds covered by the newest receipt already stored
	Counters *Counters
}

// Link is an owner's side of one job.
type Link struct {
	cfg     LinkConfig
	cc      *grpc.ClientConn
	conn    *conn
	cancel  context.CancelFunc
	in      *inbox
	mu      sync.Mutex
	changed chan struct{}
	starts  map[uint32][]byte
	newest  uint32 // the latest round the aggregator announced
	paid    uint32 // rounds covered by the newest stored receipt
	err     error
}

// Dial connects to the aggregator, pinned to the key the registry holds for it.
func Dial(ctx context.Context, cfg LinkConfig) (*Link, error) {
	tlsCfg, err := clientTLS(context.WithoutCancel(ctx), cfg.Identity, cfg.Registry, cfg.Aggregator)
	if err != nil {
		return nil, err
	}
	cc, err := grpc.NewClient(cfg.Endpoint, dialOptions(credentials.NewTLS(tlsCfg))...)
	if err != nil {
		return nil, fmt.Errorf("wire: dialing %s: %w", cfg.Endpoint, err)
	}
	sctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	st, err := cc.NewStream(sctx, joinDesc, methodJoin)
	if err != nil {
		cancel()
		cc.Close()
		return nil, fmt.Errorf("wire: joining job %d at %s: %w", cfg.Job, cfg.Endpoint, err)
	}
	l := &Link{cfg: cfg, cc: cc, cancel: cancel, conn: newConn(st, cfg.Counters), in: newInbox(cfg.MaxMessage),
		changed: make(chan struct{}), starts: map[uint32][]byte{}, paid: cfg.Paid}
	if err := l.conn.send(&Frame{Kind: KindHello, Job: cfg.Job}); err != nil {
		l.Close()
		return nil, fmt.Errorf("wire: joining job %d at %s: %w", cfg.Job, cfg.Endpoint, err)
	}
	go l.read()
	return l, nil
}

// Close ends the link.
func (l *Link) Close() error {
	l.cancel()
	l.fail(errors.New("wire: link closed"))
	return l.cc.Close()
}

func (l *Link) fail(err error) {
	l.mu.Lock()
	if l.err == nil {
		l.err = err
	}
	l.notifyLocked()
	l.mu.Unlock()
	l.in.close(err)
}

func (l *Link) notifyLocked() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// Err is why the link ended, nil while it is up.
func (l *Link) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

func (l *Link) read() {
	for {
		f, err := l.conn.recv()
		if err != nil {
			l.fail(fmt.Errorf("wire: connection to aggregator %s lost: %w", l.cfg.Aggregator.Hex(), err))
			return
		}
		if err := l.take(f); err != nil {
			l.fail(err)
			return
		}
	}
}

func (l *Link) take(f *Frame) error {
	agg := l.cfg.Aggregator.Hex()
	if f.Job != l.cfg.Job {
		return fmt.Errorf("wire: aggregator %s sent a frame of job %d on job %d (replay?)", agg, f.Job, l.cfg.Job)
	}
	switch f.Kind {
	case KindError:
		return fmt.Errorf("wire: aggregator %s refused: %s", agg, printableText(f.Payload))
	case KindReceipt:
		return l.takeReceipt(f)
	case KindData:
		m, err := l.in.add(f)
		if err != nil || m == nil {
			return err
		}
		if m.Step == StartStep {
			return l.announce(m)
		}
		l.in.deliver(m)
		return nil
	}
	return fmt.Errorf("wire: aggregator %s sent an unexpected frame kind %d", agg, f.Kind)
}

func (l *Link) takeReceipt(f *Frame) error {
	if l.cfg.Receipt == nil {
		return nil
	}
	if err := l.cfg.Receipt(f.Round, f.Payload); err != nil {
		return fmt.Errorf("wire: aggregator %s sent a bad receipt: %w", l.cfg.Aggregator.Hex(), err)
	}
	l.mu.Lock()
	l.paid = max(l.paid, f.Round)
	l.notifyLocked()
	l.mu.Unlock()
	return nil
}

// announce records a round the aggregator started; announcements of rounds the
// owner has not reached yet are bounded like any other message.
func (l *Link) announce(m *Message) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.starts) >= maxPending {
		return fmt.Errorf("wire: aggregator %s announced more than %d rounds ahead", l.cfg.Aggregator.Hex(), maxPending)
	}
	l.starts[m.Round] = m.Payload
	l.newest = max(l.newest, m.Round)
	l.notifyLocked()
	return nil
}

func printableText(b []byte) string {
	if len(b) > 512 {
		b = b[:512]
	}
	out := make([]byte, len(b))
	for i, c := range b {
		if c < 0x20 || c > 0x7e {
			c = '?'
		}
		out[i] = c
	}
	return string(out)
}

// wait blocks until cond holds, the link fails or ctx ends.
func (l *Link) wait(ctx context.Context, cond func() bool) error {
	for {
		l.mu.Lock()
		ok, err, ch := cond(), l.err, l.changed
		l.mu.Unlock()
		if ok {
			return nil
		}
		if err != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}

// NextRound waits for the aggregator to announce a round after `after` and
// returns it with the announcement's payload.
func (l *Link) NextRound(ctx context.Context, after uint32) (uint32, []byte, error) {
	var r uint32
	err := l.wait(ctx, func() bool {
		for k := range l.starts {
			if k > after && (r == 0 || k < r) {
				r = k
			}
		}
		return r != 0
	})
	if err != nil {
		return 0, nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return r, l.starts[r], nil
}

// Round gives the engine the link restricted to round r.
func (l *Link) Round(r uint32) *LinkRound {
	l.in.forget(r)
	l.mu.Lock()
	base := l.paid
	for k := range l.starts {
		if k <= r {
			delete(l.starts, k) // NextRound(r) looks only after r
		}
	}
	l.mu.Unlock()
	return &LinkRound{link: l, round: r, base: base}
}

// LinkRound is an owner's side of one round: what an engine's round uses.
type LinkRound struct {
	link  *Link
	round uint32
	base  uint32 // rounds paid when the round began
}

// Round is the round number.
func (r *LinkRound) Round() uint32 { return r.round }

// Send sends a message to the aggregator, signed over the job, round, step and
// dataset. The payload is sent without a copy: it must not change afterwards
// (gRPC may still be writing it when Send returns).
func (r *LinkRound) Send(ctx context.Context, step string, payload []byte) error {
	c := r.link.cfg
	sign := func(payloadSHA [32]byte) []byte {
		return signContribution(c.Identity.Key, c.Job, r.round, step, c.DatasetDigest, payloadSHA)
	}
	if err := r.link.conn.sendMessage(KindData, c.Job, r.round, step, payload, sign); err != nil {
		return fmt.Errorf("wire: sending round %d step %q: %w", r.round, step, err)
	}
	return nil
}

// Recv waits for the aggregator's message `step` of this round.
func (r *LinkRound) Recv(ctx context.Context, step string, maxBytes int) ([]byte, error) {
	m, err := r.link.in.take(ctx, msgKey{r.round, step})
	if err != nil {
		return nil, err
	}
	if len(m.Payload) > maxBytes {
		return nil, fmt.Errorf("wire: aggregator sent %d bytes for round %d step %q (max %d)", len(m.Payload), r.round, step, maxBytes)
	}
	return m.Payload, nil
}

// AwaitReceipt waits until a verified receipt covers this round: one more round
// than was paid when the round began.
func (r *LinkRound) AwaitReceipt(ctx context.Context) error {
	return r.link.wait(ctx, func() bool { return r.link.paid > r.base })
}

// Paid is the number of rounds the newest verified receipt covers.
func (l *Link) Paid() uint32 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.paid
}

// RoundContext is ctx for running round r: it is cancelled as soon as the
// aggregator announces a later round (this owner was left behind, and waiting
// for round r's messages would hang until the job's deadline) or the link fails.
func (l *Link) RoundContext(ctx context.Context, r uint32) (context.Context, context.CancelFunc) {
	rctx, cancel := context.WithCancelCause(ctx)
	go func() {
		err := l.wait(rctx, func() bool { return l.newest > r })
		if err == nil {
			err = fmt.Errorf("wire: the aggregator moved past round %d without us", r)
		}
		cancel(err)
	}()
	return rctx, func() { cancel(context.Canceled) }
}
