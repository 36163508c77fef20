package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// Fair-exchange rule 1: a job starts only when enough participants accepted.
// An owner's acceptance spends its ε and δ, given back if the job never starts;
// a reservation that nobody accepted lapses when the window closes; a job that
// cannot start is refunded in full, submission fees excepted.

// TestJobStartsWhenEveryoneAccepts: the last acceptance starts the job in its own
// transaction, and the overpayment goes back to the buyer.
func TestJobStartsWhenEveryoneAccepts(t *testing.T) {
	w := newWorld(t, startChain(t))
	p := w.jobParams()
	price := w.price(p)
	over := coins("0.05")
	p.MaxTotal = sum(price, over)
	id, err := w.submitCall(&jobCall{buyer: acctBuyer, p: p, spec: jobSpec, pay: sum(price, over)})
	if err != nil {
		t.Fatal(err)
	}
	w.accept(id, owners[0], owners[1], owners[2], acctCompute1)
	if j := w.job(id); j.State != chain.JobOpen {
		t.Fatalf("state = %s before the last acceptance", chain.JobStateName(j.State))
	}
	w.accept(id, acctCompute2)
	j := w.job(id)
	if j.State != chain.JobStarted || j.OwnersAccepted != 3 {
		t.Fatalf("job = %s with %d owners, want started with 3", chain.JobStateName(j.State), j.OwnersAccepted)
	}
	wantEqual(t, "escrow (prices, fees and the submission fees still owed)", j.Escrow,
		sum(append(append(append([]*big.Int{}, w.terms.prices...), w.terms.fees[:2]...), w.terms.submitFees...)...))
	wantEqual(t, "buyer's credit (the overpayment)", w.credits(w.addr(acctBuyer)), over)
	for _, ds := range w.ds {
		wantBudget(t, w, ds, w.terms.jobEpsilon, 0)
	}
	w.checkBooks()
}

// TestCloseAcceptanceStartsWithQuorum: after the window, n - d owners and every
// compute node are enough; the silent owner's reservation lapsed at the window's
// end without a transaction, and its price is refunded at the start.
func TestCloseAcceptanceStartsWithQuorum(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.openJob()
	w.accept(id, acctCompute1, acctCompute2, owners[0], owners[1])
	wantRevert(t, closeAcceptance(w, id), "AcceptanceOpen")
	wantBudget(t, w, w.ds[0], w.terms.jobEpsilon, 0)
	wantBudget(t, w, w.ds[2], 0, w.terms.jobEpsilon)
	w.warpPast(uint64(w.job(id).AcceptBy))
	wantBudget(t, w, w.ds[2], 0, 0) // lapsed: no transaction needed
	wantRevert(t, acceptBy(owners[2], id)(w), "AcceptanceClosed")
	if err := closeAcceptance(w, id); err != nil {
		t.Fatal(err)
	}
	j := w.job(id)
	if j.State != chain.JobStarted || j.OwnersAccepted != 2 {
		t.Fatalf("job = %s with %d owners, want started with 2", chain.JobStateName(j.State), j.OwnersAccepted)
	}
	wantBudget(t, w, w.ds[0], w.terms.jobEpsilon, 0)
	wantBudget(t, w, w.ds[1], w.terms.jobEpsilon, 0)
	wantBudget(t, w, w.ds[2], 0, 0)
	wantEqual(t, "buyer's credit (owner3's price)", w.credits(w.addr(acctBuyer)), w.terms.prices[2])
	wantEqual(t, "escrow (with the submission fees still owed)", j.Escrow,
		sum(w.terms.prices[0], w.terms.prices[1], w.terms.fees[0], w.terms.fees[1], sum(w.terms.submitFees...)))
	w.checkBooks()
}

// TestCannotStartIsRefundedInFull: too few owners, a dataset's min-owners above
// n - d, or a silent compute node: closeAcceptance cancels, refunds everything
// but the submission fees, gives the accepting owners their ε back and frees
// the bonds of the nodes that accepted.
func TestCannotStartIsRefundedInFull(t *testing.T) {
	tests := []struct {
		name     string
		minOwner uint16 // min-owners of owner1's dataset in the job
		accept   []int
	}{
		{"one owner of three", 1, []int{acctCompute1, acctCompute2, owners[0]}},
		{"n-d owners but min-owners 3", 3, []int{acctCompute1, acctCompute2, owners[0], owners[1]}},
		{"all owners but a silent compute node", 1, []int{acctCompute1, owners[0], owners[1], owners[2]}},
	}
	c := startChain(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld(t, c)
			pp := w.publishParams(0)
			pp.MinOwners = tc.minOwner
			first := w.publish(acctOwner1, pp, nil)
			p := w.jobParams()
			p.Datasets[0] = new(big.Int).SetUint64(first)
			id := w.submit(acctBuyer, p)
			escrow := w.job(id).Escrow
			before := w.credits(w.addr(acctBuyer))
			w.accept(id, tc.accept...)
			w.warpPast(uint64(w.job(id).AcceptBy))
			if err := closeAcceptance(w, id); err != nil {
				t.Fatal(err)
			}
			wantCancelled(t, w, id, new(big.Int).Sub(sum(before, escrow), sum(w.terms.submitFees...)))
			for _, ds := range []uint64{first, w.ds[1], w.ds[2]} {
				wantBudget(t, w, ds, 0, 0)
			}
			for _, a := range tc.accept {
				if n := w.node(a); n.Locked.Sign() != 0 {
					t.Errorf("account %d still has %s of stake locked", a, n.Locked)
				}
			}
			w.checkBooks()
		})
	}
}

// Fair-exchange rule 2: the buyer can cancel with a full refund until the first
// acceptance, not after, unless declines leave the job unable to start.
func TestBuyerCancelsUntilFirstAcceptance(t *testing.T) {
	tests := []struct {
		name     string
		accept   []int
		decline  []int
		canceled bool
	}{
		{"nobody accepted", nil, nil, true},
		{"an owner accepted", []int{owners[0]}, nil, false},
		{"a compute node accepted", []int{acctCompute2}, nil, false},
		{"declines leave n-d owners", []int{owners[0]}, []int{owners[2]}, false},
		{"declines leave fewer than n-d owners", []int{owners[0]}, []int{owners[1], owners[2]}, true},
		{"a compute node declined", []int{owners[0], acctCompute1}, []int{acctCompute2}, true},
	}
	c := startChain(t)
	w := newWorld(t, c)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			id := w.openJob()
			paid := w.job(id).Escrow
			before := w.credits(w.addr(acctBuyer))
			w.accept(id, tc.accept...)
			for _, a := range tc.decline {
				if err := declineBy(w, a, id, "policy"); err != nil {
					t.Fatal(err)
				}
			}
			err := cancelBy(w, acctBuyer, id)
			if !tc.canceled {
				wantRevert(t, err, "HasAcceptances")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			wantCancelled(t, w, id, new(big.Int).Sub(sum(before, paid), sum(w.terms.submitFees...)))
			w.checkBooks()
		})
	}
}

// wantCancelled: job id is cancelled and closed with no escrow left, and the
// buyer's credits are buyerCredit.
func wantCancelled(t *testing.T, w *world, id uint64, buyerCredit *big.Int) {
	t.Helper()
	j := w.job(id)
	if j.State != chain.JobCancelled || !j.Closed() || j.Escrow.Sign() != 0 {
		t.Fatalf("job = %s closed=%v escrow=%s, want cancelled, closed, empty", chain.JobStateName(j.State), j.Closed(), j.Escrow)
	}
	wantEqual(t, "buyer's credit", w.credits(w.addr(acctBuyer)), buyerCredit)
}

func wantBudget(t *testing.T, w *world, ds, spent, reserved uint64) {
	t.Helper()
	d := w.dataset(ds)
	if d.Spent != spent || d.Reserved != reserved {
		t.Fatalf("dataset %d: spent %d reserved %d, want %d and %d", ds, d.Spent, d.Reserved, spent, reserved)
	}
}

// TestEscrowedTermsAreFixedAtSubmission: owners and compute nodes that change
// their price or fee after a job was submitted neither block it nor change what
// it pays. (Before the fix the contract read live prices: a raised price made
// the job impossible to start, so its escrow was locked for good, or let the
// owner redeem what other participants were owed.)
func TestEscrowedTermsAreFixedAtSubmission(t *testing.T) {
	w := newWorld(t, startChain(t))
	id := w.openJob()
	w.ok(acctOwner1, func(m *chain.Market) (*types.Receipt, error) {
		return m.UpdateDataset(w.ctx, w.ds[0], chain.DatasetUpdate{Price: chain.Coins(100), Engines: w.terms.engines})
	})
	w.ok(owners[1], func(m *chain.Market) (*types.Receipt, error) {
		return m.UpdateDataset(w.ctx, w.ds[1], chain.DatasetUpdate{Price: coins("0.01"), Engines: w.terms.engines})
	})
	w.ok(acctCompute1, func(m *chain.Market) (*types.Receipt, error) {
		return m.UpdateNode(w.ctx, w.nodeParams(chain.RoleCompute, chain.Coins(50), nil))
	})
	w.accept(id, acctCompute1, acctCompute2, owners[0], owners[1], owners[2])
	w.confirm(id, payloadHash, owners[0], owners[1])
	w.commit(id, acctCompute1)
	w.settle(id)
	wantEqual(t, "compute1's fee", w.credits(w.addr(acctCompute1)), w.terms.fees[0])
	for i := range 2 {
		wantEqual(t, "owner's pay", w.credits(w.addr(owners[i])), sum(w.terms.prices[i], w.terms.submitFees[i]))
	}
	w.checkBooks()
}
