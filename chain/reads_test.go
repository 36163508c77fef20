package chain_test

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"pgregory.net/rapid"

	"github.com/veil-market/veil/chain"
)

// Reads of the contract's state, and the small helpers the tests share.

func (w *world) now() time.Time { return w.c.now(w.t) }

func (w *world) warp(d time.Duration) { w.c.warp(w.t, d) }

// warpPast moves chain time to just after the unix time at.
func (w *world) warpPast(at uint64) {
	now := uint64(w.now().Unix())
	if now <= at {
		w.warp(time.Duration(at-now+1) * time.Second)
	}
}

func (w *world) job(id uint64) *chain.Job {
	w.t.Helper()
	j, err := w.m[0].Job(w.ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return j
}

func (w *world) dataset(id uint64) chain.DatasetInfo {
	w.t.Helper()
	d, err := w.m[0].Dataset(w.ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return d
}

func (w *world) node(acct int) chain.NodeInfo { return w.nodeAt(w.addr(acct)) }

func (w *world) nodeAt(addr common.Address) chain.NodeInfo {
	w.t.Helper()
	n, err := w.m[0].Node(w.ctx, addr)
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

// books are the contract's books: the escrow of all its jobs, the credits of
// every account that can hold some (the test accounts and the contracts a test
// adds to w.others), and the sums of stakes and burned it keeps itself.
type books struct{ Escrow, Credits, Staked, Burned *big.Int }

func (w *world) totals() books {
	w.t.Helper()
	tot, err := w.m[0].Totals(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	b := books{Escrow: new(big.Int), Credits: new(big.Int), Staked: tot.Staked, Burned: tot.Burned}
	n, err := w.m[0].JobCount(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	for id := uint64(1); id <= n; id++ {
		j, err := w.m[0].JobState(w.ctx, id)
		if err != nil {
			w.t.Fatal(err)
		}
		b.Escrow.Add(b.Escrow, j.Escrow)
	}
	for _, a := range append(append([]common.Address{}, w.c.addrs...), w.others...) {
		b.Credits.Add(b.Credits, w.credits(a))
	}
	return b
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
