package node_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/devnet"
	"github.com/veil-market/veil/node"
)

func mustAddr(s string) common.Address { return common.HexToAddress(s) }

// TestJobLife runs a job through real daemons (three owners, one aggregator) on
// the embedded chain: submit, accept, rounds with receipts, sealed result,
// confirmations, settlement, redemption, and the buyer's checked download.
func TestJobLife(t *testing.T) {
	m := startMarket(t, 3, 10*time.Second)
	price := big.NewInt(1e17)
	m.publish(chain.EngineMPC, price)
	m.daemons("owner1", "owner2", "owner3", "compute1")
	id := m.submit("mpc", `{"rounds":3}`, nil)
	m.waitState(id, chain.JobSettled, 2*time.Minute)
	// Owners redeem after settlement: each contributed all 3 rounds and earns its price.
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		waitCredits(t, m, o, price)
	}
	if got := m.credits("compute1"); got.Cmp(devnet.ComputeFee) != 0 {
		t.Errorf("aggregator credited %s, want its fee %s", got, devnet.ComputeFee)
	}
	if got := m.credits("buyer"); got.Sign() != 0 {
		t.Errorf("buyer credited %s, want 0 (it paid exactly prices + fees and everyone delivered)", got)
	}
	b := m.members["buyer"]
	res, err := buyer.Fetch(context.Background(), b.market, node.NewRegistry(b.market), b.home, b.secrets, id)
	if err != nil {
		t.Fatal(err)
	}
	var out struct{ Rows int }
	if err := json.Unmarshal(res.Output.Data, &out); err != nil || out.Rows != 442 {
		t.Fatalf("result %s (%v), want 442 rows", res.Output.Data, err)
	}
	// Another account cannot read the buyer's result.
	o := m.members["owner1"]
	if _, err := buyer.Fetch(context.Background(), o.market, node.NewRegistry(o.market), o.home, o.secrets, id); err == nil {
		t.Fatal("an owner fetched the buyer's result")
	}
}

func waitCredits(t *testing.T, m *market, name string, want *big.Int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := m.credits(name)
		if got.Cmp(want) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s credited %s, want %s", name, chain.FormatCoins(got), chain.FormatCoins(want))
		}
		time.Sleep(200 * time.Millisecond)
	}
}
