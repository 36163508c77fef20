package enginetest

import (
	"bytes"
	"context"
	"crypto/rand"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/wire"
)

// MemNet carries one job's messages in memory: owners, the lead and helpers,
// with the attestation checks run in-process. It records the transcript an
// observer of the network would see (who sent which step of which round, and
// how many bytes, never the contents), counts each owner's bytes, and lets a
// test see and change every message (Tamper). Tests compare transcripts to
// show that two runs look alike (a data value changes no message, no size).
type MemNet struct {
	// Tamper, when set, sees every message before delivery and returns what
	// to deliver; nil drops it. Set it before the job starts.
	Tamper func(m Message) []byte

	mu      sync.Mutex
	changed chan struct{}
	job     *engine.Job
	boxes   map[boxKey]chan []byte
	events  []Event
	live    map[int]bool
	owners  map[int]*memOwnerState
	provers map[int]engine.Prover
	checks  map[int]engine.Verifier
	credits map[uint32][]int
	sent    map[int]int64
	recvd   map[int]int64
}

// Message is one message on a MemNet, for Tamper.
type Message struct {
	Round    uint32
	From, To Who
	Step     string
	Payload  []byte
}

// Event is one message as an observer of the network sees it.
type Event struct {
	Round    uint32
	From, To Who
	Step     string
	Bytes    int
}

func (e Event) String() string {
	return fmt.Sprintf("r%d %s→%s %s %dB", e.Round, e.From, e.To, e.Step, e.Bytes)
}

type boxKey struct {
	round    uint32
	from, to Who
	step     string
}

type memOwnerState struct {
	starts   map[uint32][]byte
	newest   uint32
	paid     uint32
	evidence map[int][]byte
	closed   bool
}

// NewMemNet returns an empty network for one job.
func NewMemNet() *MemNet {
	return &MemNet{changed: make(chan struct{}), boxes: map[boxKey]chan []byte{}, live: map[int]bool{},
		owners: map[int]*memOwnerState{}, provers: map[int]engine.Prover{}, checks: map[int]engine.Verifier{},
		credits: map[uint32][]int{}, sent: map[int]int64{}, recvd: map[int]int64{}}
}

func (m *MemNet) notifyLocked() {
	close(m.changed)
	m.changed = make(chan struct{})
}

// wait blocks until cond (called with m.mu held) holds or ctx ends.
func (m *MemNet) wait(ctx context.Context, cond func() bool) error {
	for {
		m.mu.Lock()
		ok, ch := cond(), m.changed
		m.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ch:
		}
	}
}

func (m *MemNet) box(k boxKey) chan []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.boxes[k]
	if !ok {
		c = make(chan []byte, 1)
		m.boxes[k] = c
	}
	return c
}

func (m *MemNet) put(k boxKey, p []byte) error {
	if m.Tamper != nil {
		if p = m.Tamper(Message{Round: k.round, From: k.from, To: k.to, Step: k.step, Payload: p}); p == nil {
			return nil
		}
	}
	m.mu.Lock()
	m.events = append(m.events, Event{Round: k.round, From: k.from, To: k.to, Step: k.step, Bytes: len(p)})
	if k.from.Owner >= 0 {
		m.sent[k.from.Owner] += int64(len(p))
	}
	if k.to.Owner >= 0 {
		m.recvd[k.to.Owner] += int64(len(p))
	}
	m.mu.Unlock()
	select {
	case m.box(k) <- append([]byte(nil), p...):
		return nil
	default:
		return fmt.Errorf("memnet: round %d step %q sent twice by %s to %s", k.round, k.step, k.from, k.to)
	}
}

func (m *MemNet) take(ctx context.Context, k boxKey, maxBytes int) ([]byte, error) {
	box := m.box(k)
	var p []byte
	select {
	case p = <-box:
	case <-ctx.Done():
		// A message already delivered wins over a cancellation that raced
		// with it (select picks at random when both are ready), as with a
		// real transport whose frame arrived before the deadline.
		select {
		case p = <-box:
		default:
			return nil, fmt.Errorf("memnet: %s, round %d step %q: %w", m.name(k.from), k.round, k.step, engine.ErrDropped)
		}
	}
	if len(p) > maxBytes {
		return nil, fmt.Errorf("memnet: %s sent %d bytes for round %d step %q, max %d", m.name(k.from), len(p), k.round, k.step, maxBytes)
	}
	return p, nil
}

// name is w with its address, as a real transport's errors name peers.
func (m *MemNet) name(w Who) string {
	m.mu.Lock()
	job := m.job
	m.mu.Unlock()
	switch {
	case job == nil:
	case w.Owner >= 0 && w.Owner < len(job.Owners):
		return fmt.Sprintf("%s (%s)", w, job.Owners[w.Owner].Address.Hex())
	case w.Compute >= 0 && w.Compute < len(job.Compute):
		return fmt.Sprintf("%s (%s)", w, job.Compute[w.Compute].Address.Hex())
	}
	return w.String()
}

// Transcript is every message so far in a canonical order (by round,
// sender, recipient, step), so that two runs compare whatever the scheduling.
func (m *MemNet) Transcript() []Event {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := slices.Clone(m.events)
	slices.SortFunc(out, func(a, b Event) int {
		switch {
		case a.Round != b.Round:
			return int(a.Round) - int(b.Round)
		case a.From != b.From:
			return whoOrder(a.From, b.From)
		case a.To != b.To:
			return whoOrder(a.To, b.To)
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

func whoOrder(a, b Who) int {
	if a.Compute != b.Compute {
		return b.Compute - a.Compute // compute nodes first
	}
	return a.Owner - b.Owner
}

// Credits is the owners the lead credited in each round.
func (m *MemNet) Credits() map[uint32][]int {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[uint32][]int{}
	for r, c := range m.credits {
		out[r] = slices.Sorted(slices.Values(c))
	}
	return out
}

// Bytes is what owner i sent and received.
func (m *MemNet) Bytes(i int) (sent, received int64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.sent[i], m.recvd[i]
}

// OpenCompute implements Network.
func (m *MemNet) OpenCompute(job *engine.Job, k int, p engine.Prover, v engine.Verifier) (ComputeJob, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.job == nil {
		m.job = job
	}
	if p != nil {
		m.provers[k] = p
	}
	if v != nil {
		m.checks[k] = v
	}
	return &memJob{net: m, self: k}, nil
}

// DialOwner implements Network: owner i checks every compute node taking
// part with v before it is connected.
func (m *MemNet) DialOwner(ctx context.Context, job *engine.Job, i int, v engine.Verifier) (OwnerConn, error) {
	st := &memOwnerState{starts: map[uint32][]byte{}, evidence: map[int][]byte{}}
	for _, k := range job.Plan.Parties() {
		ev, err := m.attest(ctx, job, k, job.Owners[i].Address, v)
		if err != nil {
			return nil, err
		}
		st.evidence[k] = ev
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.job == nil {
		m.job = job
	}
	m.owners[i], m.live[i] = st, true
	m.notifyLocked()
	return &memOwner{net: m, self: i, st: st}, nil
}

// attest is the handshake of package wire, in memory: compute node k answers
// a fresh nonce of verifier's, which v checks.
func (m *MemNet) attest(ctx context.Context, job *engine.Job, k int, verifier [20]byte, v engine.Verifier) ([]byte, error) {
	if v == nil {
		return nil, nil
	}
	c := engine.Challenge{Job: job.ID, Prover: job.Compute[k].Address, Verifier: verifier}
	if _, err := rand.Read(c.Nonce[:]); err != nil {
		return nil, err
	}
	m.mu.Lock()
	p := m.provers[k]
	m.mu.Unlock()
	var ev []byte
	if p != nil {
		var err error
		if ev, err = p.Prove(ctx, c); err != nil {
			return nil, fmt.Errorf("memnet: compute node %d cannot attest: %w", k, err)
		}
	}
	if err := v.Verify(ctx, c, ev); err != nil {
		return nil, fmt.Errorf("%w: compute node %s for job %d: %v", wire.ErrAttestation, c.Prover.Hex(), c.Job, err)
	}
	return ev, nil
}

type memJob struct {
	net  *MemNet
	self int
}

func (h *memJob) WaitLive(ctx context.Context, n int, deadline time.Time) []int {
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	_ = h.net.wait(ctx, func() bool { return len(h.net.live) >= n })
	return h.Live()
}

func (h *memJob) Live() []int {
	h.net.mu.Lock()
	defer h.net.mu.Unlock()
	var out []int
	for i, up := range h.net.live {
		if up {
			out = append(out, i)
		}
	}
	slices.Sort(out)
	return out
}

func (h *memJob) Round(r uint32) ComputeRound { return &memRound{memJob: h, round: r} }
func (h *memJob) Close()                      {}

type memRound struct {
	*memJob
	round uint32
}

func (r *memRound) me() Who       { return ComputeWho(r.self) }
func (r *memRound) Round() uint32 { return r.round }

func (r *memRound) N() int {
	r.net.mu.Lock()
	defer r.net.mu.Unlock()
	return len(r.net.job.Owners)
}

func (r *memRound) Send(ctx context.Context, owner int, step string, payload []byte) error {
	return r.net.put(boxKey{round: r.round, from: r.me(), to: OwnerWho(owner), step: step}, payload)
}

func (r *memRound) Broadcast(ctx context.Context, to []int, step string, payload []byte) map[int]error {
	failed := map[int]error{}
	for _, i := range to {
		if err := r.Send(ctx, i, step, payload); err != nil {
			failed[i] = err
		}
	}
	return failed
}

func (r *memRound) Gather(ctx context.Context, step string, from []int, maxBytes int, deadline time.Time) (map[int][]byte, map[int]error) {
	return engine.GatherEach(ctx, from, deadline, func(ctx context.Context, i int) ([]byte, error) {
		return r.net.take(ctx, boxKey{round: r.round, from: OwnerWho(i), to: r.me(), step: step}, maxBytes)
	})
}

func (r *memRound) Credit(ctx context.Context, owner int) error {
	if r.self != 0 {
		return fmt.Errorf("memnet: only the lead credits owners (compute node %d tried)", r.self)
	}
	m := r.net
	m.mu.Lock()
	defer m.mu.Unlock()
	if slices.Contains(m.credits[r.round], owner) {
		return nil
	}
	m.credits[r.round] = append(m.credits[r.round], owner)
	if st := m.owners[owner]; st != nil {
		st.paid++
	}
	m.notifyLocked()
	return nil
}

func (r *memRound) Start(ctx context.Context, to []int, announce []byte) map[int]error {
	m := r.net
	m.mu.Lock()
	defer m.mu.Unlock()
	failed := map[int]error{}
	for _, i := range to {
		st := m.owners[i]
		if st == nil || st.closed {
			failed[i] = fmt.Errorf("memnet: owner %d is not connected: %w", i, engine.ErrDropped)
			continue
		}
		st.starts[r.round] = announce
		st.newest = max(st.newest, r.round)
		m.events = append(m.events, Event{Round: r.round, From: r.me(), To: OwnerWho(i), Step: wire.StartStep, Bytes: len(announce)})
	}
	m.notifyLocked()
	return failed
}

func (r *memRound) Peer(k int) engine.Channel {
	if k == r.self || r.net.job.Plan.Role(k) == engine.RoleIdle {
		return engine.NoChannel(k)
	}
	return &memChannel{net: r.net, round: r.round, me: r.me(), peer: ComputeWho(k)}
}

// memChannel is a channel between two parties in one round. Between compute
// nodes, the attestation is checked at first use, as a connection would.
type memChannel struct {
	net      *MemNet
	round    uint32
	me, peer Who
	evidence []byte
}

func (c *memChannel) Send(ctx context.Context, step string, payload []byte) error {
	if err := c.checkPeer(ctx); err != nil {
		return err
	}
	return c.net.put(boxKey{round: c.round, from: c.me, to: c.peer, step: step}, payload)
}

func (c *memChannel) Recv(ctx context.Context, step string, maxBytes int) ([]byte, error) {
	if err := c.checkPeer(ctx); err != nil {
		return nil, err
	}
	return c.net.take(ctx, boxKey{round: c.round, from: c.peer, to: c.me, step: step}, maxBytes)
}

func (c *memChannel) Evidence(ctx context.Context) ([]byte, error) {
	if err := c.checkPeer(ctx); err != nil {
		return nil, err
	}
	return c.evidence, nil
}

// checkPeer runs both compute nodes' checks of each other, once per channel.
func (c *memChannel) checkPeer(ctx context.Context) error {
	if c.me.Compute < 0 || c.evidence != nil {
		return nil
	}
	m := c.net
	m.mu.Lock()
	job, v, theirV := m.job, m.checks[c.me.Compute], m.checks[c.peer.Compute]
	m.mu.Unlock()
	me, peer := job.Compute[c.me.Compute].Address, job.Compute[c.peer.Compute].Address
	ev, err := m.attest(ctx, job, c.peer.Compute, me, v)
	if err != nil {
		return err
	}
	if _, err := m.attest(ctx, job, c.me.Compute, peer, theirV); err != nil {
		return err
	}
	c.evidence = ev
	return nil
}

type memOwner struct {
	net  *MemNet
	self int
	st   *memOwnerState
}

func (o *memOwner) NextRound(ctx context.Context, after uint32) (uint32, []byte, error) {
	var r uint32
	var closed bool
	err := o.net.wait(ctx, func() bool {
		closed = o.st.closed
		for k := range o.st.starts {
			if k > after && (r == 0 || k < r) {
				r = k
			}
		}
		return r != 0 || closed
	})
	if err != nil {
		return 0, nil, err
	}
	if r == 0 {
		return 0, nil, fmt.Errorf("memnet: owner %d's connection is closed", o.self)
	}
	o.net.mu.Lock()
	defer o.net.mu.Unlock()
	return r, o.st.starts[r], nil
}

func (o *memOwner) Round(r uint32) engine.Link {
	o.net.mu.Lock()
	defer o.net.mu.Unlock()
	for k := range o.st.starts {
		if k <= r {
			delete(o.st.starts, k)
		}
	}
	return &memLink{memChannel: memChannel{net: o.net, round: r, me: OwnerWho(o.self), peer: ComputeWho(0),
		evidence: o.st.evidence[0]}, owner: o, base: o.st.paid}
}

func (o *memOwner) RoundContext(ctx context.Context, r uint32) (context.Context, context.CancelFunc) {
	rctx, cancel := context.WithCancelCause(ctx)
	go func() {
		err := o.net.wait(rctx, func() bool { return o.st.newest > r || o.st.closed })
		if err == nil {
			err = fmt.Errorf("memnet: the lead moved past round %d without owner %d", r, o.self)
		}
		cancel(err)
	}()
	return rctx, func() { cancel(context.Canceled) }
}

func (o *memOwner) Close() {
	m := o.net
	m.mu.Lock()
	defer m.mu.Unlock()
	o.st.closed = true
	m.live[o.self] = false
	m.notifyLocked()
}

// memLink is an owner's side of one round.
type memLink struct {
	memChannel
	owner *memOwner
	base  uint32
}

func (l *memLink) Round() uint32 { return l.round }

func (l *memLink) AwaitReceipt(ctx context.Context) error {
	return l.net.wait(ctx, func() bool { return l.owner.st.paid > l.base })
}

func (l *memLink) To(k int) engine.Channel {
	if k == 0 {
		return l
	}
	l.net.mu.Lock()
	job := l.net.job
	l.net.mu.Unlock()
	if job.Plan.Role(k) == engine.RoleIdle {
		return engine.NoChannel(k)
	}
	return &memChannel{net: l.net, round: l.round, me: l.me, peer: ComputeWho(k), evidence: l.owner.st.evidence[k]}
}

// Shape is everything in a job's outcome that an observer of the network
// and of the job's public progress sees: the transcript without contents,
// the credits, which rounds each owner sat out and whether it finished,
// whether the lead failed, and whether the result exists and every owner's
// payload agrees with it. Two runs of neighbouring datasets must have the
// same shape.
func (m *MemNet) Shape(o *Outcome) string {
	owners := make([]string, len(o.Owners))
	agree := o.Result != nil
	for i, w := range o.Owners {
		var sat []string
		for _, err := range w.SatOut {
			sat = append(sat, strings.SplitN(err.Error(), ":", 2)[0]) // "round r"
		}
		owners[i] = fmt.Sprintf("done=%v quit=%v sat-out=%v", w.Done, w.Quit, sat)
		agree = agree && w.Done && bytes.Equal(w.Payload, o.Result.Payload)
	}
	return fmt.Sprint(m.Transcript(), m.Credits(), owners, fmt.Sprintf(" lead-failed=%v result=%v agree=%v", o.LeadErr != nil, o.Result != nil, agree))
}
