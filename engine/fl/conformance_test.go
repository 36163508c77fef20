package fl_test

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/engine/fl"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/spec"
)

// TestConformance runs the engine conformance suite on fl: breast_cancer split
// across four owners, a short training with generous ε, d = 1, c = 1.
func TestConformance(t *testing.T) {
	table := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	enginetest.Run(t, enginetest.Fixture{
		Engine: fl.Engine{RoundTimeout: 3 * time.Second, ComputeWindow: 20 * time.Millisecond},
		Spec: func(datasets []uint64) *spec.Spec {
			c := 1
			return &spec.Spec{Engine: "fl", Datasets: datasets,
				Task:    json.RawMessage(`{"type":"train","model":"logistic","label":"benign","rounds":6}`),
				Privacy: spec.Privacy{Epsilon: 1000, Delta: 1e-5, Dropouts: 1, Colluders: &c}}
		},
		Tables: func(n int) []*dataset.Table { return table.SplitIID(n, rand.New(rand.NewPCG(5, 5))) },
		Metadata: func(part *dataset.Table) *dataset.Metadata {
			m, err := dataset.NewMetadata("breast cancer part", "", part.Schema(), bounds)
			if err != nil {
				t.Fatal(err)
			}
			return m
		},
		Check:         checkModel,
		MaxDropouts:   1,
		SignsMessages: true,
	})
}

// checkModel: the buyer's model classifies the contributing owners' rows well.
func checkModel(t *testing.T, out *engine.Output, tables []*dataset.Table) {
	m, err := ml.Decode(out.Data)
	if err != nil {
		t.Fatalf("the output is not a model: %v", err)
	}
	for i, tb := range tables {
		met, err := ml.Evaluate(m, tb, "benign")
		if err != nil {
			t.Fatal(err)
		}
		if met.Accuracy < 0.85 {
			t.Errorf("owner %d's rows: accuracy %.3f, want ≥ 0.85", i, met.Accuracy)
		}
	}
}
