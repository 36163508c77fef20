package engine_test

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/spec"
)

// TestToyConformance runs the conformance suite on Toy: the diabetes data
// split across four owners, two rounds, d = 1.
func TestToyConformance(t *testing.T) {
	enginetest.Run(t, toyFixture(t))
}

func toyFixture(t *testing.T) enginetest.Fixture {
	table := markettest.Table(t, "../testdata/diabetes.csv")
	bounds := markettest.Bounds(t, "../testdata/diabetes.bounds.json")
	return enginetest.Fixture{
		Engine: enginetest.Toy{EngineName: "toy"},
		Spec: func(datasets []uint64) *spec.Spec {
			return &spec.Spec{Engine: "toy", Datasets: datasets, Task: json.RawMessage(`{"rounds":2}`),
				Privacy: spec.Privacy{Epsilon: 100, Dropouts: 1}}
		},
		Tables: func(n int) []*dataset.Table { return table.SplitIID(n, rand.New(rand.NewPCG(1, 2))) },
		Metadata: func(part *dataset.Table) *dataset.Metadata {
			m, err := dataset.NewMetadata("diabetes part", "", part.Schema(), bounds)
			if err != nil {
				t.Fatal(err)
			}
			return m
		},
		Check:       enginetest.CheckRows,
		MaxDropouts: 1,
	}
}
