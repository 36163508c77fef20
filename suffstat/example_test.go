package suffstat_test

import (
	"fmt"
	"log"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/suffstat"
)

// ExampleNewLayout shows how a stats task is laid out and how its budget is
// split over the figure groups.
func ExampleNewLayout() {
	meta := &dataset.Metadata{Version: 1, Title: "t", Rows: 10, Columns: []dataset.ColumnMeta{
		{Name: "x", Type: "real", Bounds: &dataset.Bounds{Lo: 0, Hi: 1}},
		{Name: "y", Type: "real", Bounds: &dataset.Bounds{Lo: -5, Hi: 5}}}}
	spec := []byte(`{"type":"stats","columns":["x","y"],"stats":["mean","var","corr"]}`)
	plan, err := suffstat.NewLayout(spec, []*dataset.Metadata{meta}, suffstat.Terms{Epsilon: 1, Delta: 1e-6, Owners: 4, Colluders: 1})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("vector length:", plan.Len())
	fmt.Println(plan.CheckPrecision())
	// Output:
	// vector length: 7
	// <nil>
}
