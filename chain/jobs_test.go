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

// jobParams is a valid job over the three datasets, aggregated by compute1 with
// compute2, whose MaxTotal is its current price.
func (w *world) jobParams() chain.JobParams {
	var ds []*big.Int
	for _, id := range w.ds {
		ds = append(ds, new(big.Int).SetUint64(id))
	}
	p := chain.JobParams{
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
	p.MaxTotal = w.price(p)
	return p
}

// deadline is a valid deadline: the shortest allowed plus an hour of margin.
func (w *world) deadline() uint64 {
	return uint64(w.now().Unix()) + uint64((w.cfg.MinJobDuration+time.Hour)/time.Second)
}

// price is what a job costs at current terms: its datasets' prices and
// submission fees and its nodes' fees.
func (w *world) price(p chain.JobParams) *big.Int {
	w.t.Helper()
	total := new(big.Int)
	for _, id := range p.Datasets {
		d := w.dataset(id.Uint64())
		total.Add(total, d.Price).Add(total, d.SubmitFee)
	}
	for _, c := range p.Compute {
		total.Add(total, w.nodeAt(c).Fee)
	}
	return total
}

// submit submits p from buyer, paying exactly its price.
func (w *world) submit(buyer int, p chain.JobParams) uint64 {
	w.t.Helper()
	p.MaxTotal = w.price(p)
	id, err := w.submitCall(&jobCall{buyer: buyer, p: p, spec: jobSpec, pay: p.MaxTotal})
	if err != nil {
		w.t.Fatalf("submit by account %d: %v", buyer, err)
	}
	return id
}

// jobCall is one submitJob call; rows of the refusal table change one field of it.
type jobCall struct {
	buyer int
	p     chain.JobParams
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

// jobWith submits the default job with one change and returns its id.
func (w *world) jobWith(change func(p *chain.JobParams)) uint64 {
	p := w.jobParams()
	change(&p)
	return w.submit(acctBuyer, p)
}

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

// vouchAll vouches for every compute node of the default job but the aggregator.
const vouchAll = 0b10

// committedJob is a started job whose aggregator committed payloadHash.
func (w *world) committedJob() uint64 {
	id := w.startedJob()
	w.commit(id, acctCompute1)
	return id
}

func (w *world) commit(id uint64, agg int) {
	w.t.Helper()
	w.ok(agg, func(m *chain.Market) (*types.Receipt, error) {
		return m.CommitResult(w.ctx, id, payloadHash, blobHash, "veil-dir://results/1", vouchAll)
	})
}

// commitment is owner's commitment of hash in job id.
func (w *world) commitment(id uint64, owner int, hash [32]byte) [32]byte {
	return chain.ResultCommitment(id, w.addr(owner), hash)
}

// confirm has each owner post its commitment of hash with an honest receipt
// for every round of job id.
func (w *world) confirm(id uint64, hash [32]byte, accts ...int) *types.Receipt {
	w.t.Helper()
	var last *types.Receipt
	rounds := w.terms.jobRounds
	for _, a := range accts {
		sig := w.sign(id, a, rounds, acctCompute1)
		last = w.ok(a, func(m *chain.Market) (*types.Receipt, error) {
			return m.ConfirmResult(w.ctx, id, w.commitment(id, a, hash), rounds, sig)
		})
	}
	return last
}

func (w *world) settle(id uint64) *types.Receipt {
	w.t.Helper()
	return w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.SettleJob(w.ctx, id) })
}

// settledJob is the default job: owners 1 and 2 commit the payload before the
// aggregator reveals it (2 of 3 match: no majority can dispute), then settled.
func (w *world) settledJob() uint64 {
	id := w.startedJob()
	w.confirm(id, payloadHash, owners[0], owners[1])
	w.commit(id, acctCompute1)
	w.settle(id)
	return id
}

// failedJob is the default job started and failed after its commit deadline.
func (w *world) failedJob() uint64 {
	id := w.startedJob()
	w.warpPast(w.job(id).CommitBy)
	w.ok(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.FailJob(w.ctx, id) })
	return id
}

// closedJob is a settled job closed after its redeem window.
func (w *world) closedJob() uint64 {
	id := w.settledJob()
	w.warpPast(uint64(w.job(id).EndedAt) + uint64(w.cfg.RedeemWindow/time.Second))
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

// redeem has owner post a confirmation without a commitment, with its receipt
// for rounds (0: presence only).
func (w *world) redeem(id uint64, owner int, rounds uint32, sig []byte) error {
	_, err := w.try(owner, func(m *chain.Market) (*types.Receipt, error) {
		return m.ConfirmResult(w.ctx, id, [32]byte{}, rounds, sig)
	})
	return err
}

// sendRaw has acct send data (calldata the typed client would not build, such
// as wrong terms or a wrong bond) to the Marketplace with value.
func (w *world) sendRaw(acct int, data []byte, value *big.Int) error {
	_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) {
		addr := m.Address()
		return m.Sender().Send(w.ctx, chain.Call{To: &addr, Data: data, Value: value})
	})
	return err
}

// ownerPay is the fair-exchange rule written from its statement: kappa of the
// price for the owner's spent ε, the rest pro rata over the declared rounds,
// never more than the price. Integer division as on-chain.
func ownerPay(price *big.Int, done, total uint32, kappaBps uint16) *big.Int {
	done = min(done, total)
	first := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(int64(kappaBps))), big.NewInt(10000))
	rest := new(big.Int).Sub(price, first)
	rest.Mul(rest, big.NewInt(int64(done))).Div(rest, big.NewInt(int64(total)))
	return rest.Add(rest, first)
}
