package node

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
)

// registry reads node keys and endpoints from the chain, with a short cache.
type registry struct {
	market *chain.Market
	ttl    time.Duration
	mu     sync.Mutex
	cache  map[common.Address]registryEntry
}

type registryEntry struct {
	node chain.NodeInfo
	at   time.Time
}

func newRegistry(m *chain.Market) *registry {
	return &registry{market: m, ttl: 15 * time.Second, cache: map[common.Address]registryEntry{}}
}

func (r *registry) node(ctx context.Context, addr common.Address) (chain.NodeInfo, error) {
	r.mu.Lock()
	e, ok := r.cache[addr]
	r.mu.Unlock()
	if ok && time.Since(e.at) < r.ttl {
		return e.node, nil
	}
	n, err := r.market.Node(ctx, addr)
	if err != nil {
		return n, err
	}
	r.mu.Lock()
	r.cache[addr] = registryEntry{node: n, at: time.Now()}
	r.mu.Unlock()
	return n, nil
}

// NodeKey implements wire.Registry: the Ed25519 key registered for addr.
func (r *registry) NodeKey(ctx context.Context, addr common.Address) (ed25519.PublicKey, error) {
	n, err := r.node(ctx, addr)
	if err != nil {
		return nil, err
	}
	if n.Roles == 0 {
		return nil, fmt.Errorf("node: %s is not registered", addr.Hex())
	}
	return ed25519.PublicKey(n.TlsKey[:]), nil
}

// Endpoint is where addr serves.
func (r *registry) Endpoint(ctx context.Context, addr common.Address) (string, error) {
	n, err := r.node(ctx, addr)
	if err != nil {
		return "", err
	}
	if n.Roles == 0 {
		return "", fmt.Errorf("node: %s is not registered", addr.Hex())
	}
	return n.Endpoint, nil
}

// forget drops a cached entry (after a failed handshake, the key may have changed).
func (r *registry) forget(addr common.Address) {
	r.mu.Lock()
	delete(r.cache, addr)
	r.mu.Unlock()
}

// NewRegistry is the chain-backed registry for clients that are not daemons
// (the buyer's CLI): node keys and endpoints, cached briefly.
func NewRegistry(m *chain.Market) interface {
	NodeKey(ctx context.Context, addr common.Address) (ed25519.PublicKey, error)
	Endpoint(ctx context.Context, addr common.Address) (string, error)
} {
	return newRegistry(m)
}
