package wire

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/engine"
)

// Owner is an owner of a job as the aggregator knows it from the chain.
type Owner struct {
	Address       common.Address
	DatasetDigest [32]byte // the ciphertext digest of the dataset it contributes
	// Credited is the rounds this owner was credited for before the hub was
	// opened (an aggregator resuming after a restart): receipts count on from
	// there, and the owner gets its latest receipt again when it connects.
	Credited uint32
}

// JobConfig describes a job the server computes, as its lead or as a helper.
type JobConfig struct {
	Job        uint64
	Owners     []Owner // in the job's dataset order
	MaxMessage uint64  // largest message an owner or peer may send
	// Receipt signs a cumulative receipt; nil on a helper (only the lead credits).
	Receipt  func(owner common.Address, rounds uint32) ([]byte, error)
	Evidence func(owner int, c Contribution) // keeps each owner's signed contribution
	// Compute is the job's compute nodes in the spec's order and Self this
	// node's index among them; Peers are the other compute nodes taking part,
	// each with a channel (ComputeRound.Peer). This node dials the peers with a
	// lower index (Endpoint finds them in the registry); those with a higher
	// index dial it.
	Compute  []common.Address
	Self     int
	Peers    []int
	Endpoint func(ctx context.Context, addr common.Address) (string, error)
	// Prove answers the nonce of whoever joins with this node's attestation;
	// Verify checks the peers' (nil: none). See attest.go.
	Prove  Prove
	Verify Verify
}

// StartStep is the step under which the aggregator announces a round.
const StartStep = "veil/start"

// ErrDropped means an owner did not deliver before the deadline or disconnected.
var ErrDropped = fmt.Errorf("wire: %w", engine.ErrDropped)

type jobOwner struct {
	Owner
	key      ed25519.PublicKey
	conn     *conn
	inbox    *inbox
	live     bool
	credited uint32 // the last round this owner was credited for
	rounds   uint32 // rounds credited so far: what its receipt says
}

// Job is a compute node's side of one job (the lead's or a helper's): the owners'
// connections and their messages, and the channels to its compute peers.
type Job struct {
	cfg      JobConfig
	counters *Counters
	mu       sync.Mutex
	owners   []*jobOwner
	changed  chan struct{}
	closed   error
	done     chan struct{} // closed with the hub: ends every owner's stream
	peers    map[int]*jobPeer
}

func newJob(cfg JobConfig, c *Counters) *Job {
	h := &Job{cfg: cfg, counters: c, changed: make(chan struct{}), done: make(chan struct{}), peers: map[int]*jobPeer{}}
	for _, o := range cfg.Owners {
		h.owners = append(h.owners, &jobOwner{Owner: o, inbox: newInbox(cfg.MaxMessage), rounds: o.Credited})
	}
	for _, k := range cfg.Peers {
		if k != cfg.Self && k >= 0 && k < len(cfg.Compute) {
			in := newInbox(cfg.MaxMessage)
			in.lenient = true
			h.peers[k] = &jobPeer{addr: cfg.Compute[k], inbox: in}
		}
	}
	return h
}

func (h *Job) index(addr common.Address) int {
	return slices.IndexFunc(h.owners, func(o *jobOwner) bool { return o.Address == addr })
}

// N is the number of owners in the job.
func (h *Job) N() int { return len(h.owners) }

// Live lists the owners connected now.
func (h *Job) Live() []int {
	h.mu.Lock()
	defer h.mu.Unlock()
	var live []int
	for i, o := range h.owners {
		if o.live {
			live = append(live, i)
		}
	}
	return live
}

// WaitLive waits until at least n owners are connected, or until the deadline;
// it returns the owners connected then.
func (h *Job) WaitLive(ctx context.Context, n int, deadline time.Time) []int {
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	for {
		h.mu.Lock()
		ch := h.changed
		h.mu.Unlock()
		if live := h.Live(); len(live) >= n {
			return live
		}
		select {
		case <-ctx.Done():
			return h.Live()
		case <-ch:
		}
	}
}

func (h *Job) notifyLocked() {
	close(h.changed)
	h.changed = make(chan struct{})
}

// serve runs an owner's stream until it ends or the hub closes; returning ends
// the stream, which also ends the read loop's pending receive.
func (h *Job) serve(ctx context.Context, idx int, key ed25519.PublicKey, c *conn) error {
	o, err := h.attach(idx, key, c)
	if err != nil {
		return err
	}
	h.resendReceipt(o, c)
	read := make(chan error, 1)
	go func() { read <- h.read(ctx, idx, o, c) }()
	select {
	case err = <-read:
	case <-h.done:
		err = h.closedErr()
		_ = c.send(&Frame{Kind: KindError, Job: h.cfg.Job, Payload: []byte(err.Error())})
	}
	h.detach(idx, c, err)
	return nil
}

func (h *Job) attach(idx int, key ed25519.PublicKey, c *conn) (*jobOwner, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed != nil {
		return nil, h.closed
	}
	o := h.owners[idx]
	o.key, o.conn, o.live = key, c, true
	o.inbox.reopen()
	h.notifyLocked()
	return o, nil
}

// resendReceipt sends a (re)connecting owner its latest receipt, if it has
// one: an owner whose aggregator restarted may have missed it.
func (h *Job) resendReceipt(o *jobOwner, c *conn) {
	h.mu.Lock()
	rounds := o.rounds
	h.mu.Unlock()
	if rounds == 0 || h.cfg.Receipt == nil {
		return
	}
	if sig, err := h.cfg.Receipt(o.Address, rounds); err == nil {
		_ = c.send(&Frame{Kind: KindReceipt, Job: h.cfg.Job, Round: rounds, Payload: sig})
	}
}

func (h *Job) closedErr() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.closed
}

func (h *Job) detach(idx int, c *conn, err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	o := h.owners[idx]
	if o.conn != c {
		return // a newer connection replaced this one
	}
	o.live, o.conn = false, nil
	o.inbox.close(fmt.Errorf("%w: %s: %v", ErrDropped, o.Address.Hex(), err))
	h.notifyLocked()
}

// read takes an owner's frames: every message must be for this job and signed by
// the owner over its dataset digest; anything else ends the connection.
func (h *Job) read(ctx context.Context, idx int, o *jobOwner, c *conn) error {
	for {
		f, err := c.recv()
		if err != nil {
			return err
		}
		if err := h.take(idx, o, f); err != nil {
			_ = c.send(&Frame{Kind: KindError, Job: h.cfg.Job, Payload: []byte(err.Error())})
			return err
		}
	}
}

func (h *Job) take(idx int, o *jobOwner, f *Frame) error {
	if f.Job != h.cfg.Job {
		return fmt.Errorf("wire: %s sent a frame of job %d on job %d (replay?)", o.Address.Hex(), f.Job, h.cfg.Job)
	}
	if f.Kind != KindData {
		return fmt.Errorf("wire: %s sent an unexpected frame kind %d", o.Address.Hex(), f.Kind)
	}
	m, err := o.inbox.add(f)
	if err != nil {
		return fmt.Errorf("%w (from %s)", err, o.Address.Hex())
	}
	if m == nil {
		return nil
	}
	if !verifyContribution(o.key, h.cfg.Job, m.Round, m.Step, o.DatasetDigest, m.sum, m.Sig) {
		return fmt.Errorf("wire: %s sent round %d step %q without a valid signature over its dataset", o.Address.Hex(), m.Round, m.Step)
	}
	if h.cfg.Evidence != nil {
		h.cfg.Evidence(idx, Contribution{Job: h.cfg.Job, Round: m.Round, Step: m.Step, DatasetDigest: o.DatasetDigest,
			PayloadSHA256: m.sum, Signature: m.Sig})
	}
	o.inbox.deliver(m)
	return nil
}

func (h *Job) close(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed != nil {
		return
	}
	h.closed = err
	close(h.done)
	for _, o := range h.owners {
		o.inbox.close(err)
		o.live = false
	}
	for _, p := range h.peers {
		p.inbox.close(err)
		p.conn = nil
		if p.dialer != nil {
			go p.dialer.close()
		}
	}
	h.notifyLocked()
}

func (h *Job) owner(i int) (*jobOwner, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if i < 0 || i >= len(h.owners) {
		return nil, fmt.Errorf("wire: no owner %d in job %d", i, h.cfg.Job)
	}
	return h.owners[i], nil
}

// Round gives the engine the hub restricted to round r.
func (h *Job) Round(r uint32) *ComputeRound {
	for _, o := range h.owners {
		o.inbox.forget(r)
	}
	for _, p := range h.peers {
		p.inbox.forget(r)
	}
	return &ComputeRound{hub: h, round: r}
}
