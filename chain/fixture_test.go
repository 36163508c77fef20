package chain_test

import (
	"context"
	"crypto/sha256"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"pgregory.net/rapid"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/chaintest"
)

// Accounts of every test world, by role. Strangers hold nothing in the market
// until a test gives them something.
const (
	acctDeployer = 0
	acctCompute1 = 1 // aggregator of the default job
	acctCompute2 = 2
	acctOwner1   = 3 // owners 3, 4, 5: one dataset each
	acctBuyer    = 6
	acctSelf     = 7 // a buyer registered as a compute node (its own aggregator)
	acctStranger = 8 // 8.. are strangers
	numAccounts  = 24
)

var owners = []int{acctOwner1, acctOwner1 + 1, acctOwner1 + 2}

// testConfig has windows of hours so that the seconds a test takes never cross one.
func testConfig() chain.MarketConfig {
	return chain.MarketConfig{
		MinStake:       chain.Coins(1),
		UnstakeDelay:   time.Hour,
		AcceptWindow:   time.Hour,
		MinJobDuration: 4 * time.Hour,
		MaxJobDuration: 30 * 24 * time.Hour,
		ConfirmWindow:  time.Hour,
		RedeemWindow:   time.Hour,
		KappaBps:       5000,
		DisputeBond:    coins("0.05"),
	}
}

// terms are the registry entries and dataset terms of the valid scenario.
type terms struct {
	budget      uint64     // micro-ε, every dataset
	fees        []*big.Int // compute1, compute2, self
	stake       *big.Int
	prices      []*big.Int // owner1..3
	submitFees  []*big.Int // owner1..3: paid by every submission, not refundable
	minOwners   []uint16
	maxDelta    uint64
	deltaBudget uint64
	engines     uint8
	jobEpsilon  uint64
	jobDelta    uint64
	jobRounds   uint32
	jobDropouts uint16
}

func defaultTerms() terms {
	return terms{
		budget:      micro(100),
		fees:        []*big.Int{coins("0.1"), coins("0.2"), coins("0.05")},
		stake:       chain.Coins(100),
		prices:      []*big.Int{coins("0.3"), coins("0.5"), coins("0.7")},
		submitFees:  []*big.Int{coins("0.001"), new(big.Int), coins("0.002")},
		minOwners:   []uint16{1, 1, 1},
		maxDelta:    fixedDelta(1e-5),
		deltaBudget: fixedDelta(1e-3),
		engines:     chain.EngineFL | chain.EngineHE,
		jobEpsilon:  micro(1),
		jobDelta:    fixedDelta(1e-6),
		jobRounds:   10,
		jobDropouts: 1,
	}
}

// world is the valid scenario on a fresh Marketplace: two staked compute nodes, a
// buyer that is also a compute node, three owners with the owner role and one
// dataset each, and a plain buyer. Every helper fails the test on an unexpected
// error, and records the gas each account paid so balances can be reconciled.
type world struct {
	t      rapid.TB
	ctx    context.Context
	c      *testChain
	cfg    chain.MarketConfig
	terms  terms
	m      []*chain.Market
	ds     []uint64 // dataset of owners[i]
	gas    []*big.Int
	domain chain.Domain
	others []common.Address // contracts that may hold credits (see totals)
}

func newWorld(t rapid.TB, c *testChain) *world {
	return newWorldWith(t, c, testConfig(), defaultTerms())
}

func newWorldWith(t rapid.TB, c *testChain, cfg chain.MarketConfig, tm terms) *world {
	t.Helper()
	w := &world{t: t, ctx: context.Background(), c: c, cfg: cfg, terms: tm}
	for range c.senders {
		w.gas = append(w.gas, new(big.Int))
	}
	addr, rcpt, err := chain.Deploy(w.ctx, c.senders[acctDeployer], cfg)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	w.paid(acctDeployer, rcpt)
	for _, s := range c.senders {
		w.m = append(w.m, chain.NewMarket(c.client, addr, s, 0))
	}
	w.domain, err = w.m[0].Domain(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range []int{acctCompute1, acctCompute2, acctSelf} {
		w.register(a, chain.RoleCompute, tm.fees[i], tm.stake)
	}
	for i, o := range owners {
		w.register(o, chain.RoleOwner, nil, nil)
		w.ds = append(w.ds, w.publish(o, w.publishParams(i), nil))
	}
	return w
}

func (w *world) addr(i int) common.Address { return w.c.addrs[i] }

func (w *world) register(i int, roles uint8, fee, stake *big.Int) {
	w.t.Helper()
	w.ok(i, func(m *chain.Market) (*types.Receipt, error) {
		return m.RegisterNode(w.ctx, w.nodeParams(roles, fee, stake))
	})
}

func (w *world) nodeParams(roles uint8, fee, stake *big.Int) chain.NodeParams {
	return chain.NodeParams{Endpoint: "127.0.0.1:7000", TLSKey: [32]byte{7}, Roles: roles, Fee: fee, Stake: stake}
}

// publishParams are valid dataset terms, with the price and min-owners of owners[i].
func (w *world) publishParams(i int) chain.PublishParams {
	return chain.PublishParams{
		Sha256Digest: sha256.Sum256([]byte{byte(i), 1}),
		Uri:          "veil-dir://blobs/dataset",
		MetaHash:     sha256.Sum256(datasetMetadata),
		Price:        w.terms.prices[i%len(w.terms.prices)],
		SubmitFee:    w.terms.submitFees[i%len(w.terms.submitFees)],
		Engines:      w.terms.engines,
		Budget:       w.terms.budget,
		MaxDelta:     w.terms.maxDelta,
		DeltaBudget:  w.terms.deltaBudget,
		MinOwners:    w.terms.minOwners[i%len(w.terms.minOwners)],
	}
}

var datasetMetadata = []byte(`{"title":"test","rows":569,"schema":[{"name":"benign","type":"int"}]}`)

func (w *world) publish(acct int, p chain.PublishParams, metadata []byte) uint64 {
	w.t.Helper()
	id, rcpt, err := w.m[acct].PublishDataset(w.ctx, p, metadata)
	w.paid(acct, rcpt)
	if err != nil {
		w.t.Fatalf("publish by account %d: %v", acct, err)
	}
	return id
}

// ok runs a transaction of account acct that must succeed.
func (w *world) ok(acct int, f func(m *chain.Market) (*types.Receipt, error)) *types.Receipt {
	w.t.Helper()
	rcpt, err := w.try(acct, f)
	if err != nil {
		w.t.Fatalf("account %d: %v", acct, err)
	}
	return rcpt
}

// try runs a transaction of account acct and records its gas.
func (w *world) try(acct int, f func(m *chain.Market) (*types.Receipt, error)) (*types.Receipt, error) {
	rcpt, err := f(w.m[acct])
	w.paid(acct, rcpt)
	return rcpt, err
}

func (w *world) paid(acct int, rcpt *types.Receipt) {
	if rcpt != nil {
		w.gas[acct].Add(w.gas[acct], gasCost(rcpt))
	}
}

func gasCost(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// accountAddrs are the test accounts' addresses, by account number: the
// numAccounts of every world and the owners a larger chain funds (startChainOf).
var accountAddrs = func() []common.Address {
	out := make([]common.Address, numAccounts+chain.MaxDatasetsPerJob)
	for i := range out {
		out[i] = crypto.PubkeyToAddress(chaintest.Key(i).PublicKey)
	}
	return out
}()

// addrOf is account acct's address.
func addrOf(acct int) common.Address { return accountAddrs[acct] }
