package enginetest

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"net"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veil-market/veil/wire"
)

// party is a node of the loopback network: an Ethereum address and the Ed25519
// node key the registry holds for it.
type party struct {
	Address common.Address
	Key     ed25519.PrivateKey
}

func (p party) identity() wire.Identity { return wire.Identity{Address: p.Address, Key: p.Key} }

func (p party) public() ed25519.PublicKey { return p.Key.Public().(ed25519.PublicKey) }

// newParty derives a party from the suite's seed, so runs are reproducible.
func newParty(seed uint64, role string, i int) (party, error) {
	a := seedBytes(seed, "account", role, i)
	account, err := crypto.ToECDSA(a[:])
	if err != nil {
		return party{}, fmt.Errorf("enginetest: %s %d account key: %w", role, i, err)
	}
	s := seedBytes(seed, "node key", role, i)
	return party{Address: crypto.PubkeyToAddress(account.PublicKey), Key: ed25519.NewKeyFromSeed(s[:])}, nil
}

// registry is the on-chain node registry, in memory.
type registry struct {
	mu   sync.Mutex
	keys map[common.Address]ed25519.PublicKey
}

func (r *registry) add(p party) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.keys == nil {
		r.keys = map[common.Address]ed25519.PublicKey{}
	}
	r.keys[p.Address] = p.public()
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

// network is the aggregator's server on 127.0.0.1 and the parties that talk to it.
type network struct {
	agg      party
	owners   []party
	buyer    party
	reg      *registry
	server   *wire.Server
	endpoint string
}

func newNetwork(seed uint64, owners int) (*network, error) {
	n := &network{reg: &registry{}}
	var err error
	if n.agg, err = newParty(seed, "aggregator", 0); err != nil {
		return nil, err
	}
	if n.buyer, err = newParty(seed, "buyer", 0); err != nil {
		return nil, err
	}
	n.reg.add(n.agg)
	for i := range owners {
		p, err := newParty(seed, "owner", i)
		if err != nil {
			return nil, err
		}
		n.reg.add(p)
		n.owners = append(n.owners, p)
	}
	return n, n.listen()
}

func (n *network) listen() error {
	srv, err := wire.NewServer(wire.ServerConfig{Identity: n.agg.identity(), Registry: n.reg})
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("enginetest: listening on loopback: %w", err)
	}
	n.server, n.endpoint = srv, l.Addr().String()
	go func() { _ = srv.Serve(l) }()
	return nil
}

func (n *network) close() { n.server.Stop() }

// signReceipt stands in for the aggregator's EIP-712 receipt: an Ed25519
// signature over the job, the owner and the rounds it covers.
func (n *network) signReceipt(job uint64) func(owner common.Address, rounds uint32) ([]byte, error) {
	return func(owner common.Address, rounds uint32) ([]byte, error) {
		return ed25519.Sign(n.agg.Key, receiptMessage(job, owner, rounds)), nil
	}
}

// checkReceipt is the owner's side of signReceipt.
func (n *network) checkReceipt(job uint64, owner common.Address) func(rounds uint32, sig []byte) error {
	return func(rounds uint32, sig []byte) error {
		if !ed25519.Verify(n.agg.public(), receiptMessage(job, owner, rounds), sig) {
			return errors.New("enginetest: receipt signature does not verify")
		}
		return nil
	}
}

func receiptMessage(job uint64, owner common.Address, rounds uint32) []byte {
	return fmt.Appendf(nil, "enginetest receipt job=%d owner=%s rounds=%d", job, owner.Hex(), rounds)
}

// dial connects owner i to job `job` the way node/owner.go does.
func (n *network) dial(ctx context.Context, job uint64, i int, digest [32]byte, maxMessage uint64) (*wire.Link, error) {
	o := n.owners[i]
	return wire.Dial(ctx, wire.LinkConfig{Identity: o.identity(), Registry: n.reg, Aggregator: n.agg.Address,
		Endpoint: n.endpoint, Job: job, DatasetDigest: digest, MaxMessage: maxMessage,
		Receipt: n.checkReceipt(job, o.Address)})
}
