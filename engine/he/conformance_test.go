package he

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/spec"
)

// conformanceColumns are the columns whose means the suite's jobs compute.
var conformanceColumns = []string{"age", "bmi", "bp"}

// conformanceFixture runs eng through the conformance suite: 4 owners,
// d = 1, c = 1 (threshold 3), so one owner may drop out or be refused.
func conformanceFixture(t *testing.T, eng Engine) enginetest.Fixture {
	tab, meta := loadDataset(t, "diabetes")
	bounds := declaredBounds(meta)
	return enginetest.Fixture{
		Engine: eng,
		Spec: func(datasets []uint64) *spec.Spec {
			return &spec.Spec{Engine: "he", Datasets: datasets, Privacy: spec.Privacy{Epsilon: 50, Delta: 1e-6, Dropouts: 1},
				Task: json.RawMessage(`{"type":"stats","columns":["age","bmi","bp"],"stats":["count","mean"]}`)}
		},
		Tables: func(n int) []*dataset.Table { return split(tab, n, 11) },
		Metadata: func(part *dataset.Table) *dataset.Metadata {
			m, err := dataset.NewMetadata("diabetes part", "", part.Schema(), bounds)
			if err != nil {
				t.Fatal(err)
			}
			return m
		},
		Check: func(t *testing.T, out *engine.Output, tables []*dataset.Table) {
			checkMeans(t, out, tables, bounds)
		},
		Covered: func(out *engine.Output) ([]common.Address, error) {
			var st Statistics
			if err := json.Unmarshal(out.Data, &st); err != nil {
				return nil, err
			}
			var addrs []common.Address
			for _, c := range st.Contributors {
				addrs = append(addrs, common.HexToAddress(c))
			}
			return addrs, nil
		},
		MaxDropouts:   1,
		SignsMessages: true,
		Owners:        4,
	}
}

func declaredBounds(meta *dataset.Metadata) map[string]dataset.Bounds {
	bounds := map[string]dataset.Bounds{}
	for _, c := range meta.Columns {
		if c.Bounds != nil {
			bounds[c.Name] = *c.Bounds
		}
	}
	return bounds
}

// checkMeans compares the buyer's means and count with the plaintext ones
// of exactly these tables (values clipped to the bounds).
func checkMeans(t *testing.T, out *engine.Output, tables []*dataset.Table, bounds map[string]dataset.Bounds) {
	var st Statistics
	if err := json.Unmarshal(out.Data, &st); err != nil {
		t.Fatal(err)
	}
	rows := 0
	for _, tab := range tables {
		rows += tab.Len()
	}
	if st.Count != int64(rows) || len(st.Columns) != len(conformanceColumns) {
		t.Fatalf("count %d with %d columns, want %d rows and %d columns", st.Count, len(st.Columns), rows, len(conformanceColumns))
	}
	for j, name := range conformanceColumns {
		sum := 0.0
		for _, tab := range tables {
			col, _ := tab.Column(name)
			for _, v := range col {
				sum += bounds[name].Clamp(v)
			}
		}
		got, want := st.Columns[j].Mean, sum/float64(rows)
		if got == nil || math.Abs(got.Value-want) > 5*got.NoiseStd+1e-9 {
			t.Errorf("mean of %s = %+v, plaintext %.6g", name, got, want)
		}
	}
}

func TestConformance(t *testing.T) {
	enginetest.Run(t, conformanceFixture(t, testEngine(t, 10)))
}
