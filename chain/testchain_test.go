package chain_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"pgregory.net/rapid"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/chaintest"
)

// testChain is the chain of this package's contract tests: go-ethereum's
// simulated backend with the dev chain's pinned fork schedule, the funded
// accounts of chaintest, and one block sealed per transaction in the caller's
// goroutine.
//
// Why not chaintest.Start: its chain seals blocks from go-ethereum's own
// goroutine as transactions arrive, and chaintest.Env.Warp seals from the
// caller's goroutine. When a warp follows a receipt closely, the two call
// TxPool.Sync concurrently; the pool keeps one waiter, the other never wakes,
// and the chain stops sealing (seen here within a hundred warps). Sealing in
// one goroutine makes the clock and the block order deterministic.
type testChain struct {
	sim     *simulated.Backend
	client  *sealingClient
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	senders []*chain.Sender
}

func startChain(t testing.TB) *testChain { return startChainOf(t, numAccounts) }

// startChainOf is startChain with accounts funded accounts (at least numAccounts).
func startChainOf(t testing.TB, accounts int) *testChain {
	t.Helper()
	c := &testChain{}
	alloc := types.GenesisAlloc{}
	for i := 0; i < accounts; i++ {
		k := chaintest.Key(i)
		c.keys = append(c.keys, k)
		c.addrs = append(c.addrs, crypto.PubkeyToAddress(k.PublicKey))
		alloc[c.addrs[i]] = types.Account{Balance: new(big.Int).Set(chaintest.Funds)}
	}
	c.sim = simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = chain.DevChainConfig()
	})
	t.Cleanup(func() { c.sim.Close() })
	c.client = &sealingClient{Client: c.sim.Client(), sim: c.sim}
	for _, k := range c.keys {
		s, err := chain.NewSender(context.Background(), c.client, k, 0)
		if err != nil {
			t.Fatal(err)
		}
		c.senders = append(c.senders, s)
	}
	// Put chain time ahead of the wall clock: from then on every block is exactly
	// one second after its parent, so the chain's clock is deterministic.
	c.warp(t, time.Hour)
	return c
}

// sealingClient seals a block with every transaction it sends, so the
// transaction's receipt is there when SendTransaction returns.
type sealingClient struct {
	simulated.Client
	sim *simulated.Backend
	mu  sync.Mutex
}

func (s *sealingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	s.sim.Commit()
	return nil
}

// TransactionReceipt fails at once for a transaction that is not in a block:
// every transaction sent was sealed, so waiting would wait forever.
func (s *sealingClient) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	r, err := s.Client.TransactionReceipt(ctx, h)
	if err != nil {
		return nil, fmt.Errorf("transaction %s was sent but is in no block: %v", h.Hex(), err)
	}
	return r, nil
}

// warp moves chain time forward by d, sealing an empty block.
func (c *testChain) warp(t rapid.TB, d time.Duration) {
	t.Helper()
	c.client.mu.Lock()
	defer c.client.mu.Unlock()
	before := c.now(t)
	// The pool forgets the transactions of the last block in the background;
	// until it has, AdjustTime refuses (it seals only empty blocks) and changes nothing.
	deadline := time.Now().Add(10 * time.Second)
	for err := c.sim.AdjustTime(d); err != nil; err = c.sim.AdjustTime(d) {
		if !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			t.Fatalf("warp: %v", err)
		}
		time.Sleep(time.Millisecond)
	}
	if got := c.now(t).Sub(before); got != d.Truncate(time.Second) {
		t.Fatalf("warp by %v moved chain time by %v", d, got)
	}
}

// now is the head block's time: the contract's clock.
func (c *testChain) now(t rapid.TB) time.Time {
	t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

func (c *testChain) balance(t rapid.TB, addr common.Address) *big.Int {
	t.Helper()
	b, err := c.client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
