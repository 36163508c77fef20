package chain_test

import (
	"crypto/sha256"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

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
