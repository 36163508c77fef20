package enginetest

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"net"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/wire"
)

// Loopback is the real transport (package wire) on 127.0.0.1, as the daemons
// run it: a wire.Server per compute node, an in-memory node registry, mutual
// TLS pinned to it, owners' wire.Links to the lead and their wire.Helpers,
// compute peers' channels and the attestation handshake. Receipts are the
// lead's Ed25519 signatures (the daemons sign EIP-712 receipts with the
// account key instead). One Loopback carries any number of jobs.
type Loopback struct {
	Owners  []Party
	Compute []Party
	// OwnerCounters counts the bytes on each owner's connections.
	OwnerCounters []*wire.Counters
	// Contribution, when set, sees each owner message compute node k
	// accepted, with its transport signature (the daemons keep it as evidence).
	Contribution func(job uint64, k, owner int, c wire.Contribution)
	reg          *registry
	servers      []*wire.Server
	endpoints    map[common.Address]string
}

// NewLoopback starts a server for each compute party on 127.0.0.1.
func NewLoopback(owners, compute []Party) (*Loopback, error) {
	if len(compute) == 0 {
		return nil, errors.New("enginetest: a loopback network needs a compute node")
	}
	n := &Loopback{Owners: owners, Compute: compute, reg: &registry{}, endpoints: map[common.Address]string{}}
	for _, p := range append(append([]Party(nil), owners...), compute...) {
		n.reg.add(p)
	}
	for range owners {
		n.OwnerCounters = append(n.OwnerCounters, &wire.Counters{})
	}
	for _, p := range compute {
		if err := n.listen(p); err != nil {
			n.Close()
			return nil, err
		}
	}
	return n, nil
}

func (n *Loopback) listen(p Party) error {
	srv, err := wire.NewServer(wire.ServerConfig{Identity: identity(p), Registry: n.reg})
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("enginetest: listening on loopback: %w", err)
	}
	n.servers = append(n.servers, srv)
	n.endpoints[p.Address] = l.Addr().String()
	go func() { _ = srv.Serve(l) }()
	return nil
}

// Close stops every server.
func (n *Loopback) Close() {
	for _, s := range n.servers {
		s.Stop()
	}
}

// Endpoint is compute node addr's host:port.
func (n *Loopback) Endpoint(_ context.Context, addr common.Address) (string, error) {
	ep, ok := n.endpoints[addr]
	if !ok {
		return "", fmt.Errorf("enginetest: %s serves nothing", addr.Hex())
	}
	return ep, nil
}

// ComputeNodes is the network's compute nodes as engine.Job lists them.
func (n *Loopback) ComputeNodes() []engine.ComputeNode {
	out := make([]engine.ComputeNode, len(n.Compute))
	for k, p := range n.Compute {
		out[k] = engine.ComputeNode{Address: p.Address, NodeKey: p.Public()}
	}
	return out
}

func identity(p Party) wire.Identity { return wire.Identity{Address: p.Address, Key: p.Key} }

// OpenCompute implements Network.
func (n *Loopback) OpenCompute(job *engine.Job, k int, p engine.Prover, v engine.Verifier) (ComputeJob, error) {
	if k < 0 || k >= len(n.servers) || k >= len(job.Compute) || job.Compute[k].Address != n.Compute[k].Address {
		return nil, fmt.Errorf("enginetest: compute node %d of job %d is not this network's", k, job.ID)
	}
	owners := make([]wire.Owner, len(job.Owners))
	for i, o := range job.Owners {
		owners[i] = wire.Owner{Address: o.Address, DatasetDigest: o.DatasetDigest}
	}
	cfg := wire.JobConfig{Job: job.ID, Owners: owners, MaxMessage: job.Plan.MaxMessage, Self: k, Endpoint: n.Endpoint}
	for j, c := range job.Compute {
		cfg.Compute = append(cfg.Compute, c.Address)
		if j != k && job.Plan.Role(j) != engine.RoleIdle {
			cfg.Peers = append(cfg.Peers, j)
		}
	}
	if k == 0 {
		cfg.Receipt = n.signReceipt(job.ID)
	}
	if n.Contribution != nil {
		cfg.Evidence = func(owner int, c wire.Contribution) { n.Contribution(job.ID, k, owner, c) }
	}
	if p != nil {
		cfg.Prove = p.Prove
	}
	if v != nil {
		cfg.Verify = v.Verify
	}
	return &loopJob{Job: n.servers[k].OpenJob(cfg), srv: n.servers[k], job: job.ID}, nil
}

type loopJob struct {
	*wire.Job
	srv  *wire.Server
	job  uint64
	once sync.Once
}

func (h *loopJob) Round(r uint32) ComputeRound { return h.Job.Round(r) }
func (h *loopJob) Close()                      { h.once.Do(func() { h.srv.CloseJob(h.job) }) }

// DialOwner implements Network: owner i dials the lead as node/owner.go does,
// and its helpers in the background.
func (n *Loopback) DialOwner(ctx context.Context, job *engine.Job, i int, v engine.Verifier) (OwnerConn, error) {
	me, err := n.owner(job, i)
	if err != nil {
		return nil, err
	}
	cfg := wire.UplinkConfig{Identity: identity(n.Owners[me]), Registry: n.reg, Server: job.Compute[0].Address,
		Job: job.ID, DatasetDigest: job.Owners[i].DatasetDigest, MaxMessage: job.Plan.MaxMessage,
		Receipt: n.checkReceipt(job.ID, job.Owners[i].Address), Counters: n.OwnerCounters[me]}
	if v != nil {
		cfg.Verify = v.Verify
	}
	if cfg.Endpoint, err = n.Endpoint(ctx, cfg.Server); err != nil {
		return nil, err
	}
	link, err := wire.Dial(ctx, cfg)
	if err != nil {
		return nil, err
	}
	helpers := map[int]common.Address{}
	for _, k := range job.Plan.Parties()[1:] {
		helpers[k] = job.Compute[k].Address
	}
	return &loopOwner{Uplink: link, helpers: wire.DialHelpers(cfg, helpers, n.Endpoint)}, nil
}

// owner is the network's index of job owner i.
func (n *Loopback) owner(job *engine.Job, i int) (int, error) {
	if i < 0 || i >= len(job.Owners) {
		return 0, fmt.Errorf("enginetest: job %d has no owner %d", job.ID, i)
	}
	for k, p := range n.Owners {
		if p.Address == job.Owners[i].Address {
			return k, nil
		}
	}
	return 0, fmt.Errorf("enginetest: owner %s of job %d is not this network's", job.Owners[i].Address.Hex(), job.ID)
}

type loopOwner struct {
	*wire.Uplink
	helpers *wire.Helpers
	once    sync.Once
}

func (o *loopOwner) Round(r uint32) engine.Link { return o.helpers.With(o.Uplink.Round(r)) }

func (o *loopOwner) Close() {
	o.once.Do(func() {
		o.Uplink.Close()
		o.helpers.Close()
	})
}

// signReceipt stands in for the lead's EIP-712 receipt: an Ed25519
// signature over the job, the owner and the rounds it covers.
func (n *Loopback) signReceipt(job uint64) func(owner common.Address, rounds uint32) ([]byte, error) {
	return func(owner common.Address, rounds uint32) ([]byte, error) {
		return ed25519.Sign(n.Compute[0].Key, receiptMessage(job, owner, rounds)), nil
	}
}

// checkReceipt is the owner's side of signReceipt.
func (n *Loopback) checkReceipt(job uint64, owner common.Address) func(rounds uint32, sig []byte) error {
	return func(rounds uint32, sig []byte) error {
		if !ed25519.Verify(n.Compute[0].Public(), receiptMessage(job, owner, rounds), sig) {
			return errors.New("enginetest: receipt signature does not verify")
		}
		return nil
	}
}

func receiptMessage(job uint64, owner common.Address, rounds uint32) []byte {
	return fmt.Appendf(nil, "enginetest receipt job=%d owner=%s rounds=%d", job, owner.Hex(), rounds)
}

// registry is the on-chain node registry, in memory.
type registry struct {
	mu   sync.Mutex
	keys map[common.Address]ed25519.PublicKey
}

func (r *registry) add(p Party) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.keys == nil {
		r.keys = map[common.Address]ed25519.PublicKey{}
	}
	r.keys[p.Address] = p.Public()
}

// NodeKey implements wire.Registry.
func (r *registry) NodeKey(_ context.Context, addr common.Address) (ed25519.PublicKey, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k, ok := r.keys[addr]
	if !ok {
		return nil, fmt.Errorf("enginetest: %s is not registered", addr.Hex())
	}
	return k, nil
}
