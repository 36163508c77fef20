package node_test

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/internal/devnet"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/node"
)

// pairPlatform is the attestation of compute2's machine; pair pins its root
// key and the helper's code.
var pairPlatform = enginetest.NewFakePlatform(1, enginetest.PairMeasurement)

func init() {
	engine.Register(enginetest.Pair{EngineName: "pair", Root: pairPlatform.Root(), Measurement: enginetest.PairMeasurement})
	chain.AliasTestEngine("pair", chain.EngineMPC)
}

// TestJobWithAnAttestedHelper runs a job of the pair test engine through real
// daemons on the embedded chain: three owners and three compute nodes, one
// of each role: compute1 leads (rounds, receipts, commit), compute2 helps
// (owners connect to it only once its attestation checks out, and it talks
// to the lead over its own channel), compute3 idles. The lead's commit
// vouches for the helper (its engine had the helper's shares every round)
// and for the idle node; every compute node is paid its fee, every owner its
// price, and the buyer gets the total.
func TestJobWithAnAttestedHelper(t *testing.T) {
	m := markettest.StartWith(t, markettest.Options{Owners: 3, Compute: 3, AcceptWindow: 10 * time.Second})
	price := big.NewInt(1e17)
	tab := markettest.Table(t, "../testdata/diabetes.csv")
	m.Publish(tab.SplitIID(3, rand.New(rand.NewPCG(1, 2))), nil, chain.EngineMPC, price)
	m.Run("owner1", "owner2", "owner3", "compute1", "compute3")
	m.RunWith("compute2", func(c *node.Config) { c.Platform = pairPlatform })
	id := m.Submit(m.Spec("pair", `{"rounds":2}`, `{"epsilon":1,"delta":1e-6}`))
	j := m.WaitState(id, chain.JobSettled, 2*time.Minute)
	if j.Delivered != 0b111 {
		t.Errorf("delivered bits %03b, want 111 (the lead, the vouched helper, the idle node)", j.Delivered)
	}
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		m.WaitCredits(o, price, 30*time.Second)
	}
	for _, c := range []string{"compute1", "compute2", "compute3"} {
		m.WaitCredits(c, devnet.ComputeFee, 30*time.Second)
	}
	var out struct{ Rows int }
	if err := json.Unmarshal(m.Result(id).Output.Data, &out); err != nil || out.Rows != 442 {
		t.Fatalf("result rows %d (%v), want 442", out.Rows, err)
	}
}
