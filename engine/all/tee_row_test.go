package all_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"testing"
	"time"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/engine/tee"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/spec"
)

const teeModule = "../../sandbox/examples/groupstats.wasm"

// teeRow: the groupstats example on breast_cancer split across four owners,
// the lead on a sim platform the row's policy accepts, publication shortened
// to 2 s (the plan's worst case is minutes).
func teeRow(t *testing.T) enginetest.Fixture {
	table := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	wasm, err := os.ReadFile(teeModule)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(wasm)
	sim, err := attest.NewSim(time.Now().Add(-time.Hour), attest.SimTCB)
	if err != nil {
		t.Fatal(err)
	}
	policy := &attest.Policy{Measurements: [][]byte{tee.SimImage[:]}, MinimumTCB: attest.SimTCB, AllowSim: true, SimRoots: sim.Roots()}
	task := `{"type":"wasm","module":{"uri":"file:` + teeModule + `","sha256":"` + hex.EncodeToString(sum[:]) + `"},
		"columns":["benign","mean_radius"],"call_timeout_ms":1000,"plan":{"releases":[
		{"name":"counts","mechanism":"histogram","function":"group","epsilon":400,"edges":[0,1,2]},
		{"name":"sums","mechanism":"vector","function":"sums_by_group","epsilon":500,"dim":2,"clip":30}]}}`
	return enginetest.Fixture{
		Engine: tee.Engine{Policy: policy, PublishAfter: 2 * time.Second},
		Spec: func(datasets []uint64) *spec.Spec {
			return &spec.Spec{Engine: "tee", Datasets: datasets, Task: json.RawMessage(task),
				Privacy: spec.Privacy{Epsilon: 1000, Delta: 1e-5, Dropouts: 1}}
		},
		Tables:      func(n int) []*dataset.Table { return table.SplitIID(n, rand.New(rand.NewPCG(12, 12))) },
		Metadata:    metadata(t, "breast cancer part", bounds),
		Check:       checkTee,
		MaxDropouts: 1,
		Platform:    attest.SimPlatform{SimAttester: attest.SimAttester{Sim: sim, Measurement: tee.SimImage}},
	}
}

// checkTee: the counts by label are the contributing owners' (up to the
// noise), and the attestation was verified.
func checkTee(t *testing.T, out *engine.Output, tables []*dataset.Table) {
	var o tee.Output
	if err := json.Unmarshal(out.Data, &o); err != nil {
		t.Fatal(err)
	}
	if o.Verified.Type != attest.TypeSim || len(o.Releases) != 2 {
		t.Fatalf("output: %+v", o)
	}
	var want [2]float64
	for _, tb := range tables {
		col, _ := tb.Column("benign")
		for _, v := range col {
			want[int(v)]++
		}
	}
	c := o.Releases[0]
	for k := range want {
		if math.Abs(c.Values[k]-want[k]) > 5*c.NoiseScale+1e-9 {
			t.Errorf("count of label %d = %v, the owners hold %v (σ %v)", k, c.Values[k], want[k], c.NoiseScale)
		}
	}
}
