// Package chaintest starts a real dev chain in memory with funded accounts and a
// deployed Marketplace, for tests of everything that talks to the chain. It is
// the same EVM, contract and client code that users run, without the disk.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/devchain"
)

// Env is a running chain with funded accounts.
type Env struct {
	Chain    *devchain.Chain
	Client   *ethclient.Client
	Keys     []*ecdsa.PrivateKey
	Addrs    []common.Address
	Deployer *chain.Sender
}

// Funds each account starts with.
var Funds = chain.Coins(1_000_000)

// Key returns the i-th deterministic test key.
func Key(i int) *ecdsa.PrivateKey {
	seed := make([]byte, 32)
	binary.BigEndian.PutUint64(seed[24:], uint64(i)+1)
	k, err := crypto.ToECDSA(crypto.Keccak256(append([]byte("veil-test-key"), seed...)))
	if err != nil {
		panic(err)
	}
	return k
}

// Start runs a chain with n funded accounts (account 0 deploys) until the test ends.
func Start(t testing.TB, n int) *Env {
	t.Helper()
	env := &Env{}
	alloc := types.GenesisAlloc{}
	for i := 0; i < n; i++ {
		k := Key(i)
		env.Keys = append(env.Keys, k)
		env.Addrs = append(env.Addrs, crypto.PubkeyToAddress(k.PublicKey))
		alloc[env.Addrs[i]] = types.Account{Balance: new(big.Int).Set(Funds)}
	}
	c, err := devchain.Start(devchain.Config{Alloc: alloc})
	if err != nil {
		t.Fatalf("chaintest: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	env.Chain = c
	env.Client = c.Client()
	env.Deployer = env.Sender(t, 0)
	return env
}

// Sender returns the sender of account i.
func (e *Env) Sender(t testing.TB, i int) *chain.Sender {
	t.Helper()
	s, err := chain.NewSender(context.Background(), e.Client, e.Keys[i], 0)
	if err != nil {
		t.Fatalf("chaintest: %v", err)
	}
	return s
}

// Deploy deploys a Marketplace with cfg and returns a client for every account.
func (e *Env) Deploy(t testing.TB, cfg chain.MarketConfig) []*chain.Market {
	t.Helper()
	addr, _, err := chain.Deploy(context.Background(), e.Deployer, cfg)
	if err != nil {
		t.Fatalf("chaintest: %v", err)
	}
	markets := make([]*chain.Market, len(e.Keys))
	for i := range e.Keys {
		markets[i] = chain.NewMarket(e.Client, addr, e.Sender(t, i), 0)
	}
	return markets
}

// Now is the head block's timestamp: the contract's clock.
func (e *Env) Now(t testing.TB) time.Time {
	t.Helper()
	h, err := e.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatalf("chaintest: %v", err)
	}
	return time.Unix(int64(h.Time), 0)
}

// Warp moves chain time forward by d.
func (e *Env) Warp(t testing.TB, d time.Duration) {
	t.Helper()
	if err := e.Chain.AdjustTime(d); err != nil {
		t.Fatalf("chaintest: warp: %v", err)
	}
}

// Balance of addr in wei.
func (e *Env) Balance(t testing.TB, addr common.Address) *big.Int {
	t.Helper()
	b, err := e.Client.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatalf("chaintest: %v", err)
	}
	return b
}
