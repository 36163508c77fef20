package node_test

import (
	"context"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/internal/devnet"
	"github.com/veil-market/veil/internal/markettest"
)

// Test engines, in on-chain slots of their own (the contract knows four).
func init() {
	engine.Register(enginetest.Toy{EngineName: "toy"})
	chain.AliasTestEngine("toy", chain.EngineMPC)
}

func toyMarket(t *testing.T, owners int) (*markettest.Market, *big.Int) {
	m := markettest.Start(t, owners, 10*time.Second)
	price := big.NewInt(1e17)
	tab := markettest.Table(t, "../testdata/diabetes.csv")
	m.Publish(tab.SplitIID(owners, rand.New(rand.NewPCG(1, 2))), nil, chain.EngineMPC, price)
	return m, price
}

// TestJobLife runs a job through real daemons (three owners, one aggregator) on
// the embedded chain: submit, accept, rounds with receipts, sealed result,
// confirmations, settlement, redemption, and the buyer's checked download.
func TestJobLife(t *testing.T) {
	m, price := toyMarket(t, 3)
	m.Run("owner1", "owner2", "owner3", "compute1")
	id := m.Submit(m.Spec("toy", `{"rounds":3}`, `{"epsilon":1,"delta":1e-6}`))
	m.WaitState(id, chain.JobSettled, 2*time.Minute)
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		m.WaitCredits(o, price, 30*time.Second)
	}
	if got := m.Credits("compute1"); got.Cmp(devnet.ComputeFee) != 0 {
		t.Errorf("aggregator credited %s, want its fee %s", got, devnet.ComputeFee)
	}
	if got := m.Credits("buyer"); got.Sign() != 0 {
		t.Errorf("buyer credited %s, want 0 (it paid exactly prices + fees and everyone delivered)", got)
	}
	var out struct{ Rows int }
	if err := json.Unmarshal(m.Result(id).Output.Data, &out); err != nil || out.Rows != 442 {
		t.Fatalf("result rows %d (%v), want 442", out.Rows, err)
	}
	o := m.Members["owner1"]
	if _, err := buyer.Fetch(context.Background(), o.Market, chain.NewRegistry(o.Market), o.Home, o.Secrets, id); err == nil {
		t.Fatal("an owner fetched the buyer's result")
	}
}
