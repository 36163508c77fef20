package chain_test

import (
	"context"
	"crypto/ed25519"
	"errors"
	"flag"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
)

// callCounter counts eth_call requests and the most in flight at once. Until
// two calls have been in flight together, each call waits for a second one
// (up to 5 s), so a prefetch that reads in parallel shows it whatever the
// scheduler does.
type callCounter struct {
	chain.Backend
	mu                  sync.Mutex
	calls, now, maxSeen int
	overlapped          chan struct{}
	once                sync.Once
}

func (b *callCounter) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	b.mu.Lock()
	b.calls++
	b.now++
	b.maxSeen = max(b.maxSeen, b.now)
	if b.now == 2 {
		b.once.Do(func() { close(b.overlapped) })
	}
	b.mu.Unlock()
	defer func() { b.mu.Lock(); b.now--; b.mu.Unlock() }()
	select {
	case <-b.overlapped:
	case <-time.After(5 * time.Second):
	}
	return b.Backend.CallContract(ctx, msg, block)
}

// TestRegistryPrefetch: a job's daemon reads every participant's registry
// entry at its start. Prefetch reads each distinct address once, several at
// a time but never more than its limit, and NodeKey and Endpoint then answer
// without touching the chain; an unregistered address is read (and refused
// by NodeKey as before); a cancelled context fails the prefetch.
func TestRegistryPrefetch(t *testing.T) {
	w := newWorld(t, startChain(t))
	b := &callCounter{Backend: w.m[0].Backend(), overlapped: make(chan struct{})}
	reg := chain.NewRegistry(chain.NewMarket(b, w.m[0].Address(), nil, 0))
	registered := []common.Address{w.addr(acctCompute1), w.addr(acctCompute2), w.addr(acctSelf)}
	for _, o := range owners {
		registered = append(registered, w.addr(o))
	}
	var addrs []common.Address
	for range 4 { // repeats are read once
		addrs = append(addrs, registered...)
	}
	stranger := w.addr(acctStranger)
	addrs = append(addrs, stranger)
	if err := reg.Prefetch(w.ctx, addrs); err != nil {
		t.Fatal(err)
	}
	if want := len(registered) + 1; b.calls != want {
		t.Fatalf("prefetching %d distinct addresses made %d calls", want, b.calls)
	}
	if b.maxSeen < 2 || b.maxSeen > 8 {
		t.Fatalf("at most %d calls were in flight at once, want 2..8", b.maxSeen)
	}
	for _, a := range registered {
		key, err := reg.NodeKey(w.ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		if want := [32]byte{7}; !key.Equal(ed25519.PublicKey(want[:])) {
			t.Fatalf("%s: key %x, want the registered one", a, key)
		}
		if ep, err := reg.Endpoint(w.ctx, a); err != nil || ep != "127.0.0.1:7000" {
			t.Fatalf("%s: endpoint %q, %v", a, ep, err)
		}
	}
	if _, err := reg.NodeKey(w.ctx, stranger); err == nil {
		t.Fatal("NodeKey answered for an unregistered address")
	}
	if b.calls != len(registered)+1 {
		t.Fatalf("reads after the prefetch went to the chain: %d calls in all", b.calls)
	}

	ctx, cancel := context.WithCancel(w.ctx)
	cancel()
	fresh := chain.NewRegistry(chain.NewMarket(b, w.m[0].Address(), nil, 0))
	if err := fresh.Prefetch(ctx, registered); !errors.Is(err, context.Canceled) {
		t.Fatalf("prefetch with a cancelled context: %v, want context.Canceled", err)
	}
}

// slowBackend answers every eth_call after rtt, as a chain endpoint across
// the internet does.
type slowBackend struct {
	chain.Backend
	rtt time.Duration
}

func (b slowBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	time.Sleep(b.rtt)
	return b.Backend.CallContract(ctx, msg, block)
}

var registryRTT = flag.Duration("chain.rtt", 20*time.Millisecond, "round trip to the chain endpoint in BenchmarkRegistryReads")

// BenchmarkRegistryReads: what a daemon does at a job's start at 100 owners,
// reading 101 participants' registry entries through an endpoint
// -chain.rtt away, one after another (before Prefetch) and with Prefetch.
// Six of the addresses are registered; the rest read as empty entries, at
// the cost of one eth_call each like any other.
func BenchmarkRegistryReads(b *testing.B) {
	w := newWorld(b, startChain(b))
	addrs := []common.Address{w.addr(acctCompute1), w.addr(acctCompute2), w.addr(acctSelf)}
	for _, o := range owners {
		addrs = append(addrs, w.addr(o))
	}
	for i := len(addrs); i < 101; i++ {
		addrs = append(addrs, common.BigToAddress(big.NewInt(int64(1000+i))))
	}
	slow := slowBackend{Backend: w.m[0].Backend(), rtt: *registryRTT}
	readAll := func(reg *chain.Registry) {
		for _, a := range addrs {
			reg.NodeKey(w.ctx, a) // unregistered addresses are refused; only the read counts here
		}
	}
	b.Run("one-by-one", func(b *testing.B) {
		for b.Loop() {
			readAll(chain.NewRegistry(chain.NewMarket(slow, w.m[0].Address(), nil, 0)))
		}
	})
	b.Run("prefetch", func(b *testing.B) {
		for b.Loop() {
			reg := chain.NewRegistry(chain.NewMarket(slow, w.m[0].Address(), nil, 0))
			if err := reg.Prefetch(w.ctx, addrs); err != nil {
				b.Fatal(err)
			}
			readAll(reg)
		}
	})
}
