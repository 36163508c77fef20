package chain_test

import (
	"context"
	"crypto/sha256"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"pgregory.net/rapid"

	"github.com/veil-market/veil/chain"
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
	numAccounts  = 14
)

var owners = []int{acctOwner1, acctOwner1 + 1, acctOwner1 + 2}

// testConfig has windows of hours so that the seconds a test takes never cross one.
func testConfig() chain.MarketConfig {
	return chain.MarketConfig{
		MinStake:       chain.Coins(1),
		UnstakeDelay:   time.Hour,
		AcceptWindow:   time.Hour,
		MinJobDuration: 2 * time.Hour,
		MaxJobDuration: 30 * 24 * time.Hour,
		RedeemWindow:   time.Hour,
		KappaBps:       5000,
		SlashBps:       1000,
	}
}

// terms are the registry entries and dataset terms of the valid scenario.
type terms struct {
	budget      uint64     // micro-ε, every dataset
	fees        []*big.Int // compute1, compute2, self
	stake       *big.Int
	prices      []*big.Int // owner1..3
	minOwners   []uint16
	maxDelta    uint64
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
		stake:       chain.Coins(2),
		prices:      []*big.Int{coins("0.3"), coins("0.5"), coins("0.7")},
		minOwners:   []uint16{1, 1, 1},
		maxDelta:    fixedDelta(1e-5),
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
func (w *world) publishParams(i int) chain.MarketplacePublishParams {
	return chain.MarketplacePublishParams{
		Sha256Digest: sha256.Sum256([]byte{byte(i), 1}),
		Uri:          "veil-dir://blobs/dataset",
		MetaHash:     sha256.Sum256(datasetMetadata),
		Price:        w.terms.prices[i%len(w.terms.prices)],
		Engines:      w.terms.engines,
		Budget:       w.terms.budget,
		MaxDelta:     w.terms.maxDelta,
		MinOwners:    w.terms.minOwners[i%len(w.terms.minOwners)],
	}
}

var datasetMetadata = []byte(`{"title":"test","rows":569,"schema":[{"name":"benign","type":"int"}]}`)

func (w *world) publish(acct int, p chain.MarketplacePublishParams, metadata []byte) uint64 {
	w.t.Helper()
	id, rcpt, err := w.m[acct].PublishDataset(w.ctx, p, metadata)
	w.paid(acct, rcpt)
	if err != nil {
		w.t.Fatalf("publish by account %d: %v", acct, err)
	}
	return id
}

var jobSpec = []byte(`{"engine":"fl","datasets":[1,2,3],"task":{"type":"train","model":"logistic","label":"benign","rounds":10}}`)

// jobParams is a valid job over the three datasets, aggregated by compute1 with compute2.
func (w *world) jobParams() chain.MarketplaceJobParams {
	var ds []*big.Int
	for _, id := range w.ds {
		ds = append(ds, new(big.Int).SetUint64(id))
	}
	return chain.MarketplaceJobParams{
		SpecHash: sha256.Sum256(jobSpec),
		Engine:   chain.EngineFL,
		Datasets: ds,
		Epsilon:  w.terms.jobEpsilon,
		Delta:    w.terms.jobDelta,
		Rounds:   w.terms.jobRounds,
		Dropouts: w.terms.jobDropouts,
		Compute:  []common.Address{w.addr(acctCompute1), w.addr(acctCompute2)},
		Deadline: w.deadline(),
	}
}

// deadline is a valid deadline: the shortest allowed plus an hour of margin.
func (w *world) deadline() uint64 {
	return uint64(w.now().Unix()) + uint64((w.cfg.MinJobDuration+time.Hour)/time.Second)
}

// price is what a job must escrow: its datasets' prices and its nodes' fees as they are now.
func (w *world) price(p chain.MarketplaceJobParams) *big.Int {
	w.t.Helper()
	total := new(big.Int)
	for _, id := range p.Datasets {
		d, err := w.m[0].Dataset(w.ctx, id.Uint64())
		if err != nil {
			w.t.Fatal(err)
		}
		total.Add(total, d.Price)
	}
	for _, c := range p.Compute {
		n, err := w.m[0].Node(w.ctx, c)
		if err != nil {
			w.t.Fatal(err)
		}
		total.Add(total, n.Fee)
	}
	return total
}

// submit submits p from buyer, paying exactly its price.
func (w *world) submit(buyer int, p chain.MarketplaceJobParams) uint64 {
	w.t.Helper()
	id, err := w.submitCall(&jobCall{buyer: buyer, p: p, spec: jobSpec, pay: w.price(p)})
	if err != nil {
		w.t.Fatalf("submit by account %d: %v", buyer, err)
	}
	return id
}

// jobCall is one submitJob call; rows of the refusal table change one field of it.
type jobCall struct {
	buyer int
	p     chain.MarketplaceJobParams
	spec  []byte
	pay   *big.Int
}

// jobCall is the default job from the buyer, paid exactly.
func (w *world) jobCall() *jobCall {
	p := w.jobParams()
	return &jobCall{buyer: acctBuyer, p: p, spec: jobSpec, pay: w.price(p)}
}

func (w *world) submitCall(jc *jobCall) (uint64, error) {
	id, rcpt, err := w.m[jc.buyer].SubmitJob(w.ctx, jc.p, jc.spec, jc.pay)
	w.paid(jc.buyer, rcpt)
	return id, err
}

// openJob submits the default job from the buyer.
func (w *world) openJob() uint64 { return w.submit(acctBuyer, w.jobParams()) }

// startedJob submits the default job and has everybody accept it.
func (w *world) startedJob() uint64 {
	id := w.openJob()
	w.accept(id, acctCompute1, acctCompute2, owners[0], owners[1], owners[2])
	return id
}

func (w *world) accept(id uint64, accts ...int) {
	w.t.Helper()
	for _, a := range accts {
		w.ok(a, func(m *chain.Market) (*types.Receipt, error) { return m.AcceptJob(w.ctx, id) })
	}
}

var (
	payloadHash = sha256.Sum256([]byte("payload"))
	blobHash    = sha256.Sum256([]byte("sealed blob"))
	wrongHash   = sha256.Sum256([]byte("another payload"))
)

// committedJob is a started job whose aggregator committed payloadHash.
func (w *world) committedJob() uint64 {
	id := w.startedJob()
	w.commit(id, acctCompute1)
	return id
}

func (w *world) commit(id uint64, agg int) {
	w.t.Helper()
	w.ok(agg, func(m *chain.Market) (*types.Receipt, error) {
		return m.CommitResult(w.ctx, id, payloadHash, blobHash, "veil-dir://results/1")
	})
}

func (w *world) confirm(id uint64, hash [32]byte, accts ...int) *types.Receipt {
	w.t.Helper()
	var last *types.Receipt
	for _, a := range accts {
		last = w.ok(a, func(m *chain.Market) (*types.Receipt, error) { return m.ConfirmResult(w.ctx, id, hash) })
	}
	return last
}

// settledJob is the default job settled by owners 1 and 2 (n - d = 2).
func (w *world) settledJob() uint64 {
	id := w.committedJob()
	w.confirm(id, payloadHash, owners[0], owners[1])
	return id
}

// failedJob is the default job started and failed at its deadline.
func (w *world) failedJob() uint64 {
	id := w.startedJob()
	w.warpPast(w.job(id).Deadline)
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(w.ctx, id) })
	return id
}

// closedJob is a settled job closed after its redeem window.
func (w *world) closedJob() uint64 {
	id := w.settledJob()
	w.warpPast(w.job(id).EndedAt + uint64(w.cfg.RedeemWindow/time.Second))
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseJob(w.ctx, id) })
	return id
}

// sign is the receipt for owner over rounds of job id, signed by signer's account key.
func (w *world) sign(id uint64, owner int, rounds uint32, signer int) []byte {
	w.t.Helper()
	sig, err := chain.Receipt{JobID: id, Owner: w.addr(owner), Rounds: rounds}.Sign(w.domain, w.c.keys[signer])
	if err != nil {
		w.t.Fatal(err)
	}
	return sig
}

func (w *world) redeem(id uint64, owner int, rounds uint32, sig []byte) error {
	_, err := w.try(owner, func(m *chain.Market) (*types.Receipt, error) { return m.RedeemReceipt(w.ctx, id, rounds, sig) })
	return err
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

// ---------------------------------------------------------------- reads

func (w *world) now() time.Time { return w.c.now(w.t) }

func (w *world) warp(d time.Duration) { w.c.warp(w.t, d) }

// warpPast moves chain time to just after the unix time at.
func (w *world) warpPast(at uint64) {
	now := uint64(w.now().Unix())
	if now <= at {
		w.warp(time.Duration(at-now+1) * time.Second)
	}
}

func (w *world) job(id uint64) chain.MarketplaceJob {
	w.t.Helper()
	j, err := w.m[0].Job(w.ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return j
}

func (w *world) dataset(id uint64) chain.MarketplaceDataset {
	w.t.Helper()
	d, err := w.m[0].Dataset(w.ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return d
}

func (w *world) node(acct int) chain.MarketplaceNode {
	w.t.Helper()
	n, err := w.m[0].Node(w.ctx, w.addr(acct))
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

func (w *world) credits(addr common.Address) *big.Int {
	w.t.Helper()
	v, err := w.m[0].Credits(w.ctx, addr)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

func (w *world) totals() chain.Totals {
	w.t.Helper()
	tot, err := w.m[0].Totals(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	return tot
}

func (w *world) balance(addr common.Address) *big.Int { return w.c.balance(w.t, addr) }

// wealth is what acct owns in and out of the market, gas paid added back:
// its balance, its credits and its stake.
func (w *world) wealth(acct int) *big.Int {
	v := new(big.Int).Add(w.balance(w.addr(acct)), w.gas[acct])
	v.Add(v, w.credits(w.addr(acct)))
	return v.Add(v, w.node(acct).Stake)
}

// checkBooks asserts that the contract holds exactly what its books say.
func (w *world) checkBooks() {
	w.t.Helper()
	tot := w.totals()
	sum := new(big.Int).Add(tot.Escrow, tot.Credits)
	sum.Add(sum, tot.Staked).Add(sum, tot.Burned)
	if bal := w.balance(w.m[0].Address()); bal.Cmp(sum) != 0 {
		w.t.Fatalf("contract balance %s != escrow %s + credits %s + staked %s + burned %s",
			bal, tot.Escrow, tot.Credits, tot.Staked, tot.Burned)
	}
}

// ---------------------------------------------------------------- units

func coins(s string) *big.Int {
	v, err := chain.ParseCoins(s)
	if err != nil {
		panic(err)
	}
	return v
}

func micro(eps float64) uint64 {
	v, err := chain.EpsilonToMicro(eps)
	if err != nil {
		panic(err)
	}
	return v
}

func fixedDelta(d float64) uint64 {
	v, err := chain.DeltaToFixed(d)
	if err != nil {
		panic(err)
	}
	return v
}

func sum(vs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, v := range vs {
		if v != nil {
			s.Add(s, v)
		}
	}
	return s
}

func wantRevert(t rapid.TB, err error, name string) {
	t.Helper()
	if !chain.IsRevert(err, name) {
		t.Fatalf("err = %v, want the contract's %s", err, name)
	}
}

func wantEqual(t rapid.TB, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// delegateCode gives account acct the code of target (EIP-7702): the deployer
// sends a set-code transaction carrying acct's signed authorization.
func delegateCode(w *world, acct int, target common.Address) {
	w.t.Helper()
	chainID := uint256.MustFromBig(w.domain.ChainID)
	nonce, err := w.c.client.PendingNonceAt(w.ctx, w.addr(acct))
	if err != nil {
		w.t.Fatal(err)
	}
	auth, err := types.SignSetCode(w.c.keys[acct], types.SetCodeAuthorization{ChainID: *chainID, Address: target, Nonce: nonce})
	if err != nil {
		w.t.Fatal(err)
	}
	from := w.addr(acctDeployer)
	sendNonce, err := w.c.client.PendingNonceAt(w.ctx, from)
	if err != nil {
		w.t.Fatal(err)
	}
	tx := types.NewTx(&types.SetCodeTx{
		ChainID: chainID, Nonce: sendNonce, Gas: 100_000, To: from,
		GasTipCap: uint256.NewInt(1e9), GasFeeCap: uint256.NewInt(100e9), Value: new(uint256.Int),
		AuthList: []types.SetCodeAuthorization{auth},
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(w.domain.ChainID), w.c.keys[acctDeployer])
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.c.client.SendTransaction(w.ctx, signed); err != nil {
		w.t.Fatal(err)
	}
	rcpt, err := w.c.client.TransactionReceipt(w.ctx, signed.Hash())
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("set-code transaction: %v, %+v", err, rcpt)
	}
	w.paid(acctDeployer, rcpt)
	code, err := w.c.client.CodeAt(w.ctx, w.addr(acct), nil)
	if err != nil || len(code) == 0 {
		w.t.Fatalf("account %d has no delegated code: %v", acct, err)
	}
}
