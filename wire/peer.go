package wire

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/engine"
)

// jobPeer is another compute node of the job, with a channel to this one: it
// dialled in (conn), or this node dials it (dialer). Its inbox outlives its
// connections; its messages are not signed by wire (the TLS peer is pinned to
// the registry, and an engine signs what must be non-repudiable).
type jobPeer struct {
	addr     common.Address
	conn     *conn  // an inbound connection, while up
	evidence []byte // its attestation as this node's Verify accepted it
	inbox    *inbox
	dialer   *redialer // set for a peer this node dials
}

// peerIndex is the index of a compute peer that may dial this node: one of
// the job's peers with a higher index than this node's.
func (h *Job) peerIndex(addr common.Address) int {
	for k, p := range h.peers {
		if p.addr == addr && k > h.cfg.Self {
			return k
		}
	}
	return -1
}

// dialPeers starts dialling the peers with a lower index than this node's.
func (h *Job) dialPeers(id Identity, reg Registry) {
	for k, p := range h.peers {
		if k > h.cfg.Self {
			continue
		}
		cfg := UplinkConfig{Identity: id, Registry: reg, Server: p.addr, Job: h.cfg.Job, MaxMessage: h.cfg.MaxMessage,
			Counters: h.counters, Peer: true, Verify: h.cfg.Verify, Prove: h.cfg.Prove, inbox: p.inbox}
		p.dialer = startRedialer(cfg, h.cfg.Endpoint)
	}
}

// servePeer runs a compute peer's inbound stream until it ends or the hub closes.
func (h *Job) servePeer(ctx context.Context, j *joiner, c *conn) error {
	p := h.peers[j.peer]
	h.mu.Lock()
	if h.closed != nil {
		h.mu.Unlock()
		return h.closed
	}
	p.conn, p.evidence = c, j.evidence
	p.inbox.reopen()
	h.notifyLocked()
	h.mu.Unlock()
	read := make(chan error, 1)
	go func() { read <- h.readPeer(p, c) }()
	var err error
	select {
	case err = <-read:
	case <-h.done:
		err = h.closedErr()
		_ = c.send(&Frame{Kind: KindError, Job: h.cfg.Job, Payload: []byte(err.Error())})
	}
	h.mu.Lock()
	if p.conn == c {
		p.conn = nil
		p.inbox.close(fmt.Errorf("%w: compute node %s: %v", ErrDropped, p.addr.Hex(), err))
		h.notifyLocked()
	}
	h.mu.Unlock()
	return nil
}

func (h *Job) readPeer(p *jobPeer, c *conn) error {
	for {
		f, err := c.recv()
		if err != nil {
			return err
		}
		if err := takePeerFrame(h.cfg.Job, p.addr, p.inbox, f); err != nil {
			_ = c.send(&Frame{Kind: KindError, Job: h.cfg.Job, Payload: []byte(err.Error())})
			return err
		}
	}
}

// takePeerFrame accepts a data frame of this job from a compute peer.
func takePeerFrame(job uint64, from common.Address, in *inbox, f *Frame) error {
	switch {
	case f.Job != job:
		return fmt.Errorf("wire: compute node %s sent a frame of job %d on job %d (replay?)", from.Hex(), f.Job, job)
	case f.Kind != KindData:
		return fmt.Errorf("wire: compute node %s sent an unexpected frame kind %d", from.Hex(), f.Kind)
	}
	m, err := in.add(f)
	if err != nil {
		return fmt.Errorf("%w (from compute node %s)", err, from.Hex())
	}
	if m != nil {
		in.deliver(m)
	}
	return nil
}

// peerConn waits until compute peer k is connected, in either direction.
func (h *Job) peerConn(ctx context.Context, p *jobPeer) (*conn, []byte, error) {
	if p.dialer != nil {
		l, err := p.dialer.get(ctx)
		if err != nil {
			return nil, nil, err
		}
		return l.conn, l.evidence, nil
	}
	for {
		h.mu.Lock()
		c, ev, ch, closed := p.conn, p.evidence, h.changed, h.closed
		h.mu.Unlock()
		switch {
		case closed != nil:
			return nil, nil, closed
		case c != nil:
			return c, ev, nil
		}
		select {
		case <-ctx.Done():
			return nil, nil, fmt.Errorf("%w: compute node %s has not connected: %v", ErrDropped, p.addr.Hex(), ctx.Err())
		case <-ch:
		}
	}
}

// Peers lists the compute peers connected now (by index in the job's compute nodes).
func (h *Job) Peers() []int {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []int
	for k, p := range h.peers {
		if p.conn != nil || (p.dialer != nil && p.dialer.up()) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// Peer is round r's channel to compute node k.
func (r *ComputeRound) Peer(k int) engine.Channel {
	p, ok := r.hub.peers[k]
	if !ok {
		return engine.NoChannel(k)
	}
	return &peerChannel{hub: r.hub, peer: p, round: r.round}
}

// peerChannel is one round's channel to a compute peer. Send waits for the
// peer to be connected (bounded by ctx): compute nodes start at their own pace.
type peerChannel struct {
	hub   *Job
	peer  *jobPeer
	round uint32
}

func (c *peerChannel) Send(ctx context.Context, step string, payload []byte) error {
	conn, _, err := c.hub.peerConn(ctx, c.peer)
	if err != nil {
		return err
	}
	if err := conn.sendMessage(KindData, c.hub.cfg.Job, c.round, step, payload, nil); err != nil {
		return fmt.Errorf("%w: sending round %d step %q to compute node %s: %v", ErrDropped, c.round, step, c.peer.addr.Hex(), err)
	}
	return nil
}

func (c *peerChannel) Recv(ctx context.Context, step string, maxBytes int) ([]byte, error) {
	m, err := c.peer.inbox.take(ctx, msgKey{c.round, step})
	if err != nil {
		return nil, fmt.Errorf("%w: compute node %s, round %d step %q: %v", ErrDropped, c.peer.addr.Hex(), c.round, step, err)
	}
	if len(m.Payload) > maxBytes {
		return nil, fmt.Errorf("wire: compute node %s sent %d bytes for round %d step %q (max %d)", c.peer.addr.Hex(), len(m.Payload), c.round, step, maxBytes)
	}
	return m.Payload, nil
}

func (c *peerChannel) Evidence(ctx context.Context) ([]byte, error) {
	_, ev, err := c.hub.peerConn(ctx, c.peer)
	return ev, err
}
