package chain

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"golang.org/x/sync/errgroup"
)

// prefetchParallel is how many registry reads Prefetch keeps in flight: a
// job's daemon reads every participant's entry at its start, 101 reads at 100
// owners, each one round trip to the chain's endpoint.
const prefetchParallel = 8

// Registry reads nodes' keys and endpoints from the Marketplace's node
// registry, each entry cached for a short while: what the transport pins
// TLS to (it implements wire.Registry) and where it dials. Daemons and the
// buyer's CLI use it alike. Safe for concurrent use.
type Registry struct {
	market *Market
	ttl    time.Duration
	mu     sync.Mutex
	cache  map[common.Address]registryEntry
}

type registryEntry struct {
	node NodeInfo
	at   time.Time
}

// NewRegistry is the registry of m's Marketplace, with entries cached for 15 s.
func NewRegistry(m *Market) *Registry {
	return &Registry{market: m, ttl: 15 * time.Second, cache: map[common.Address]registryEntry{}}
}

func (r *Registry) node(ctx context.Context, addr common.Address) (NodeInfo, error) {
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

// Prefetch reads the entries of addrs that are not cached, up to
// prefetchParallel at a time, so that NodeKey and Endpoint then answer from the
// cache. An unregistered address is cached like any other (NodeKey refuses it
// later); the first read that fails is returned.
func (r *Registry) Prefetch(ctx context.Context, addrs []common.Address) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(prefetchParallel)
	seen := make(map[common.Address]bool, len(addrs))
	for _, a := range addrs {
		if seen[a] {
			continue
		}
		seen[a] = true
		g.Go(func() error {
			_, err := r.node(ctx, a)
			return err
		})
	}
	return g.Wait()
}

// NodeKey is the Ed25519 key registered for addr (its TLS key).
func (r *Registry) NodeKey(ctx context.Context, addr common.Address) (ed25519.PublicKey, error) {
	n, err := r.node(ctx, addr)
	if err != nil {
		return nil, err
	}
	if n.Roles == 0 {
		return nil, fmt.Errorf("chain: %s is not a registered node", addr.Hex())
	}
	return ed25519.PublicKey(n.TlsKey[:]), nil
}

// Endpoint is where addr serves.
func (r *Registry) Endpoint(ctx context.Context, addr common.Address) (string, error) {
	n, err := r.node(ctx, addr)
	if err != nil {
		return "", err
	}
	if n.Roles == 0 {
		return "", fmt.Errorf("chain: %s is not a registered node", addr.Hex())
	}
	return n.Endpoint, nil
}

// Forget drops addr's cached entry: after a failed handshake, its key or
// endpoint may have changed.
func (r *Registry) Forget(addr common.Address) {
	r.mu.Lock()
	delete(r.cache, addr)
	r.mu.Unlock()
}
