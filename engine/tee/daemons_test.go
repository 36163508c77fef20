package tee_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/tee"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/node"
)

// TestTeeJobThroughDaemons: three owners publish breast_cancer rows on the
// embedded chain; the buyer submits the groupstats module; the compute
// node runs it in its (sim-attested) enclave; every owner checks the
// attestation before its rows move and confirms the result; the buyer's
// `job result` path verifies the report again. Publication waits for the
// plan's fixed time (about 40 s for this small job).
func TestTeeJobThroughDaemons(t *testing.T) {
	if testing.Short() {
		t.Skip("a whole job through daemons waits for the plan's publication time")
	}
	m := markettest.StartWith(t, markettest.Options{Owners: 3, Compute: 1, AcceptWindow: 10 * time.Second, Quiet: true})
	tab := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	small := &dataset.Table{Columns: tab.Columns, Rows: tab.Rows[:24]}
	m.Publish(small.SplitIID(3, rand.New(rand.NewPCG(3, 3))), bounds, chain.EngineTEE, big.NewInt(1e16))
	m.Run("owner1", "owner2", "owner3")
	sim, err := attest.NewSim(time.Now().Add(-time.Hour), attest.SimTCB)
	if err != nil {
		t.Fatal(err)
	}
	m.RunWith("compute1", func(c *node.Config) {
		c.Platform = attest.SimPlatform{SimAttester: attest.SimAttester{Sim: sim, Measurement: tee.SimImage}}
	})
	module, _ := filepath.Abs("../../sandbox/examples/groupstats.wasm")
	wasm, err := os.ReadFile(module)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(wasm)
	task := `{"type":"wasm","module":{"uri":"file:` + module + `","sha256":"` + hex.EncodeToString(sum[:]) + `"},
		"columns":["benign","mean_radius"],"call_timeout_ms":5,"plan":{"releases":[
		{"name":"counts","mechanism":"histogram","function":"group","epsilon":4,"edges":[0,1,2]}]}}`
	id := m.Submit(m.Spec("tee", task, `{"epsilon":4,"delta":1e-6}`))
	m.WaitState(id, chain.JobSettled, 4*time.Minute)
	var out tee.Output
	if err := json.Unmarshal(m.Result(id).Output.Data, &out); err != nil {
		t.Fatal(err)
	}
	if out.Verified.Type != attest.TypeSim || len(out.Releases) != 1 || len(out.Releases[0].Values) != 2 {
		t.Fatalf("result: %+v", out)
	}
	if n := out.Releases[0].Values[0] + out.Releases[0].Values[1]; n < 24-10*out.Releases[0].NoiseScale || n > 24+10*out.Releases[0].NoiseScale {
		t.Fatalf("the counts add to %v, the owners hold 24 rows", n)
	}
}
