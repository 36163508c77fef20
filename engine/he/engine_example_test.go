package he_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/he"
	"github.com/veil-market/veil/spec"
)

// ExampleEngine_Plan shows what a node learns from an he spec before it
// takes part: one round, the largest message (the buyer's public key; a
// masked input is 0.74 MB), the ε charged and the noise calibration.
func ExampleEngine_Plan() {
	meta := &dataset.Metadata{Version: 1, Title: "clinic", Rows: 150, Columns: []dataset.ColumnMeta{
		{Name: "age", Type: "real", Bounds: &dataset.Bounds{Lo: 0, Hi: 100}},
		{Name: "bmi", Type: "real", Bounds: &dataset.Bounds{Lo: 10, Hi: 50}}}}
	s := &spec.Spec{Engine: "he", Datasets: []uint64{1, 2, 3},
		Task:    json.RawMessage(`{"type":"stats","columns":["age","bmi"],"stats":["count","mean","std"]}`),
		Privacy: spec.Privacy{Epsilon: 1, Delta: 1e-6}}
	eng, err := engine.Get("he") // registered by importing engine/he
	if err != nil {
		log.Fatal(err)
	}
	plan, err := eng.Plan(s, []*dataset.Metadata{meta, meta, meta})
	if err != nil {
		log.Fatal(err)
	}
	d := plan.Detail.(he.PlanDetail)
	fmt.Println("rounds:", plan.Rounds, "ε:", plan.Epsilon)
	fmt.Println("largest message:", plan.MaxMessage, "bytes")
	fmt.Println(d.Params, "values:", d.Values, "ciphertexts:", d.Ciphertexts)
	for _, g := range d.Mechanism {
		fmt.Printf("%s: %d figures, σ = %.3f\n", g.Name, g.Figures, g.Sigma)
	}
	// Output:
	// rounds: 1 ε: 1
	// largest message: 1048618 bytes
	// veil-he-ckks-n14-v1 values: 6 ciphertexts: 1
	// sum: 2 figures, σ = 15.695
	// sumsq: 2 figures, σ = 11.098
}
