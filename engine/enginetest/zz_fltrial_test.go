package enginetest_test

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/engine/fl"
	"github.com/veil-market/veil/spec"
)

func TestZZFLTrial(t *testing.T) {
	if os.Getenv("FLTRIAL") == "" {
		t.Skip()
	}
	f, _ := os.Open("../../testdata/breast_cancer.csv")
	table, err := dataset.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	bf, _ := os.Open("../../testdata/breast_cancer.bounds.json")
	bounds, err := dataset.ReadBoundsFile(bf)
	if err != nil {
		t.Fatal(err)
	}
	enginetest.Run(t, enginetest.Fixture{
		Engine: fl.Engine{},
		Spec: func(ds []uint64) *spec.Spec {
			return &spec.Spec{Engine: "fl", Datasets: ds, Task: json.RawMessage(`{"type":"train","model":"logistic","label":"benign","rounds":3}`),
				Privacy: spec.Privacy{Epsilon: 100, Delta: 1e-5, Dropouts: 1}}
		},
		Tables: func(n int) []*dataset.Table { return table.SplitIID(n, rand.New(rand.NewPCG(1, 2))) },
		Metadata: func(p *dataset.Table) *dataset.Metadata {
			m, err := dataset.NewMetadata("bc", "", p.Schema(), bounds)
			if err != nil {
				t.Fatal(err)
			}
			return m
		},
		Check: func(t *testing.T, out *engine.Output, tables []*dataset.Table) {
			if len(out.Data) == 0 {
				t.Error("empty")
			}
			t.Logf("%s", out.Summary)
		},
		MaxDropouts: 1,
	})
}
