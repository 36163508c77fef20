package wire

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/veil-market/veil/engine"
)

// UplinkConfig describes a connection to a compute node of one job: an owner's
// (to the lead, or to a helper), or a compute node's to a peer (Peer).
type UplinkConfig struct {
	Identity      Identity
	Registry      Registry
	Server        common.Address // the compute node dialled, pinned to its registry key
	Endpoint      string         // host:port from the registry
	Job           uint64
	DatasetDigest [32]byte // an owner's: signed into every message
	MaxMessage    uint64   // largest message the node may send
	// Receipt checks and stores a receipt for `rounds` rounds; a receipt it
	// refuses ends the link. Nil: the node sends none (a helper, a peer).
	Receipt  func(rounds uint32, sig []byte) error
	Paid     uint32 // rounds covered by the newest receipt already stored
	Counters *Counters
	// Verify checks the node's attestation before Dial returns (nil: none
	// asked); Prove answers a peer's challenge (Peer links only).
	Verify Verify
	Prove  Prove
	// Peer makes this a compute node's link to another compute node: it
	// joins as one (hello step "veil/compute"), and messages are not signed.
	Peer bool
	// inbox, when set, receives the messages: a redialer keeps one across links.
	inbox *inbox
}

// Uplink is a connection to a compute node for one job: an owner's (to the lead
// or a helper), or a compute node's to a peer. Round gives its OwnerRound.
type Uplink struct {
	cfg      UplinkConfig
	cc       *grpc.ClientConn
	conn     *conn
	cancel   context.CancelFunc
	in       *inbox
	evidence []byte // the node's attestation, as Verify accepted it
	mu       sync.Mutex
	changed  chan struct{}
	starts   map[uint32][]byte
	newest   uint32 // the latest round the lead announced
	paid     uint32 // rounds covered by the newest stored receipt
	err      error
}

// Dial connects to a compute node, pinned to the key the registry holds for
// it, and runs the attestation handshake: when it returns, the node passed
// cfg.Verify and no message of the job has moved.
func Dial(ctx context.Context, cfg UplinkConfig) (*Uplink, error) {
	tlsCfg, err := clientTLS(context.WithoutCancel(ctx), cfg.Identity, cfg.Registry, cfg.Server)
	if err != nil {
		return nil, err
	}
	cc, err := grpc.NewClient(cfg.Endpoint, dialOptions(credentials.NewTLS(tlsCfg), cfg.Identity.Source)...)
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
	in := cfg.inbox
	if in == nil {
		in = newInbox(cfg.MaxMessage)
		in.lenient = cfg.Peer
	}
	in.reopen()
	l := &Uplink{cfg: cfg, cc: cc, cancel: cancel, conn: newConn(st, cfg.Counters), in: in,
		changed: make(chan struct{}), starts: map[uint32][]byte{}, paid: cfg.Paid}
	if err := l.handshake(ctx); err != nil {
		l.Close()
		return nil, fmt.Errorf("wire: joining job %d at %s (%s): %w", cfg.Job, cfg.Endpoint, cfg.Server.Hex(), err)
	}
	go l.read()
	return l, nil
}

// handshake sends the hello and runs this side of the attestation handshake
// (attest.go), giving up after attestTimeout: a node that never answers is
// as good as down.
func (l *Uplink) handshake(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, attestTimeout)
	defer cancel()
	cfg := l.cfg
	hello := &Frame{Kind: KindHello, Job: cfg.Job}
	if cfg.Peer {
		hello.Step = StepCompute
	}
	var nonce [nonceSize]byte
	if cfg.Verify != nil || cfg.Peer {
		var err error
		if nonce, err = freshNonce(); err != nil {
			return err
		}
		hello.Payload = nonce[:]
	}
	if err := l.conn.send(hello); err != nil {
		return err
	}
	if len(hello.Payload) > 0 {
		ev, err := l.recvAttest(ctx, StepEvidence, engine.MaxEvidence)
		if err != nil {
			return err
		}
		c := engine.Challenge{Job: cfg.Job, Prover: cfg.Server, Verifier: cfg.Identity.Address, Nonce: nonce}
		if l.evidence, err = verify(ctx, cfg.Verify, c, ev); err != nil {
			_ = l.conn.send(&Frame{Kind: KindError, Job: cfg.Job, Payload: []byte(err.Error())})
			return err
		}
	}
	if !cfg.Peer {
		return nil
	}
	theirs, err := l.recvAttest(ctx, StepChallenge, nonceSize)
	if err != nil {
		return err
	}
	if len(theirs) != nonceSize {
		return fmt.Errorf("wire: %s sent a challenge of %d bytes", cfg.Server.Hex(), len(theirs))
	}
	ev, err := prove(ctx, cfg.Prove, engine.Challenge{Job: cfg.Job, Prover: cfg.Identity.Address, Verifier: cfg.Server, Nonce: [nonceSize]byte(theirs)})
	if err != nil {
		return err
	}
	return l.conn.send(attestFrame(cfg.Job, StepEvidence, ev))
}

// attestTimeout bounds the client's side of the attestation handshake.
const attestTimeout = 30 * time.Second

// recvAttest reads one handshake frame, giving up when ctx ends.
func (l *Uplink) recvAttest(ctx context.Context, step string, max int) ([]byte, error) {
	type result struct {
		f   *Frame
		err error
	}
	got := make(chan result, 1)
	go func() {
		f, err := l.conn.recv()
		got <- result{f, err}
	}()
	select {
	case r := <-got:
		if r.err != nil {
			return nil, r.err
		}
		p, err := readAttest(r.f, l.cfg.Job, l.cfg.Server, step, max)
		if err != nil && r.f.Kind == KindError && strings.Contains(err.Error(), errNotOpenText.Error()) {
			err = fmt.Errorf("%w: %v", ErrNotOpen, err)
		}
		return p, err
	case <-ctx.Done():
		l.cancel()
		return nil, ctx.Err()
	}
}

// Evidence is the node's attestation evidence as Verify accepted it (nil
// when none was asked for).
func (l *Uplink) Evidence() []byte { return l.evidence }

// Close ends the link.
func (l *Uplink) Close() error {
	l.cancel()
	l.fail(errors.New("wire: link closed"))
	return l.cc.Close()
}

func (l *Uplink) fail(err error) {
	l.mu.Lock()
	if l.err == nil {
		l.err = err
	}
	l.notifyLocked()
	l.mu.Unlock()
	l.in.close(err)
}

func (l *Uplink) notifyLocked() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// Err is why the link ended, nil while it is up.
func (l *Uplink) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

func (l *Uplink) read() {
	for {
		f, err := l.conn.recv()
		if err != nil {
			l.fail(fmt.Errorf("wire: connection to compute node %s lost: %w", l.cfg.Server.Hex(), err))
			return
		}
		if err := l.take(f); err != nil {
			l.fail(err)
			return
		}
	}
}

func (l *Uplink) take(f *Frame) error {
	node := l.cfg.Server.Hex()
	if f.Job != l.cfg.Job {
		return fmt.Errorf("wire: compute node %s sent a frame of job %d on job %d (replay?)", node, f.Job, l.cfg.Job)
	}
	switch f.Kind {
	case KindError:
		err := fmt.Errorf("wire: compute node %s refused: %s", node, printableText(f.Payload))
		if strings.Contains(string(f.Payload), errNotOpenText.Error()) {
			err = fmt.Errorf("%w: %v", ErrNotOpen, err)
		}
		return err
	case KindReceipt:
		return l.takeReceipt(f)
	case KindData:
		m, err := l.in.add(f)
		if err != nil || m == nil {
			return err
		}
		if m.Step == StartStep && !l.cfg.Peer {
			return l.announce(m)
		}
		l.in.deliver(m)
		return nil
	}
	return fmt.Errorf("wire: compute node %s sent an unexpected frame kind %d", node, f.Kind)
}

func (l *Uplink) takeReceipt(f *Frame) error {
	if l.cfg.Receipt == nil {
		return nil // a helper's link: the lead's receipts are the ones that count
	}
	if err := l.cfg.Receipt(f.Round, f.Payload); err != nil {
		return fmt.Errorf("wire: compute node %s sent a bad receipt: %w", l.cfg.Server.Hex(), err)
	}
	l.mu.Lock()
	l.paid = max(l.paid, f.Round)
	l.notifyLocked()
	l.mu.Unlock()
	return nil
}

// announce records a round the aggregator started; announcements of rounds the
// owner has not reached yet are bounded like any other message.
func (l *Uplink) announce(m *Message) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.starts) >= maxPending {
		return fmt.Errorf("wire: compute node %s announced more than %d rounds ahead", l.cfg.Server.Hex(), maxPending)
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
func (l *Uplink) wait(ctx context.Context, cond func() bool) error {
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
func (l *Uplink) NextRound(ctx context.Context, after uint32) (uint32, []byte, error) {
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
func (l *Uplink) Round(r uint32) *OwnerRound {
	l.in.forget(r)
	l.mu.Lock()
	base := l.paid
	for k := range l.starts {
		if k <= r {
			delete(l.starts, k) // NextRound(r) looks only after r
		}
	}
	l.mu.Unlock()
	return &OwnerRound{link: l, round: r, base: base}
}

// OwnerRound is an owner's side of one round with the node it is linked to:
// what an engine's round uses (Helpers.With adds the other compute nodes).
type OwnerRound struct {
	link  *Uplink
	round uint32
	base  uint32 // rounds paid when the round began
}

var _ engine.Link = (*OwnerRound)(nil)

// Round is the round number.
func (r *OwnerRound) Round() uint32 { return r.round }

// Send sends a message to the node; an owner's is signed over the job, round,
// step and dataset. The payload is sent without a copy: it must not change
// afterwards (gRPC may still be writing it when Send returns).
func (r *OwnerRound) Send(ctx context.Context, step string, payload []byte) error {
	c := r.link.cfg
	sign := func(payloadSHA [32]byte) []byte {
		return signContribution(c.Identity.Key, c.Job, r.round, step, c.DatasetDigest, payloadSHA)
	}
	if c.Peer {
		sign = nil
	}
	if err := r.link.conn.sendMessage(KindData, c.Job, r.round, step, payload, sign); err != nil {
		return fmt.Errorf("wire: sending round %d step %q to %s: %w", r.round, step, c.Server.Hex(), err)
	}
	return nil
}

// Recv waits for the node's message `step` of this round.
func (r *OwnerRound) Recv(ctx context.Context, step string, maxBytes int) ([]byte, error) {
	m, err := r.link.in.take(ctx, msgKey{r.round, step})
	if err != nil {
		return nil, err
	}
	if len(m.Payload) > maxBytes {
		return nil, fmt.Errorf("wire: compute node %s sent %d bytes for round %d step %q (max %d)", r.link.cfg.Server.Hex(),
			len(m.Payload), r.round, step, maxBytes)
	}
	return m.Payload, nil
}

// Evidence is the node's attestation, as this owner's Verify accepted it.
func (r *OwnerRound) Evidence(context.Context) ([]byte, error) { return r.link.evidence, nil }

// To is the channel to compute node k: this link for 0 (the lead), none for
// the others (Helpers.With gives an owner its helpers).
func (r *OwnerRound) To(k int) engine.Channel {
	if k == 0 {
		return r
	}
	return engine.NoChannel(k)
}

// AwaitReceipt waits until a verified receipt covers this round: one more round
// than was paid when the round began.
func (r *OwnerRound) AwaitReceipt(ctx context.Context) error {
	return r.link.wait(ctx, func() bool { return r.link.paid > r.base })
}

// Paid is the number of rounds the newest verified receipt covers.
func (l *Uplink) Paid() uint32 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.paid
}

// RoundContext is ctx for running round r: it is cancelled as soon as the
// aggregator announces a later round (this owner was left behind, and waiting
// for round r's messages would hang until the job's deadline) or the link fails.
func (l *Uplink) RoundContext(ctx context.Context, r uint32) (context.Context, context.CancelFunc) {
	rctx, cancel := context.WithCancelCause(ctx)
	go func() {
		err := l.wait(rctx, func() bool { return l.newest > r })
		if err == nil {
			err = fmt.Errorf("wire: the lead moved past round %d without us", r)
		}
		cancel(err)
	}()
	return rctx, func() { cancel(context.Canceled) }
}
