package all_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/engine/mpc"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/spec"
)

// mpcRow: validated statistics on diabetes split across four owners,
// between the two compute nodes the plan names (lead and helper).
func mpcRow(t *testing.T) enginetest.Fixture {
	table := markettest.Table(t, "../../testdata/diabetes.csv")
	bounds := markettest.Bounds(t, "../../testdata/diabetes.bounds.json")
	return enginetest.Fixture{
		Engine: mpc.Engine{RoundTimeout: 3 * time.Second},
		Spec: func(datasets []uint64) *spec.Spec {
			return &spec.Spec{Engine: "mpc", Datasets: datasets, Privacy: spec.Privacy{Epsilon: 50, Delta: 1e-6, Dropouts: 1},
				Task: json.RawMessage(`{"type":"stats","columns":["age","bmi","bp"],"stats":["count","mean","std"]}`)}
		},
		Tables:        func(n int) []*dataset.Table { return table.SplitIID(n, rand.New(rand.NewPCG(13, 0x5eed))) },
		Metadata:      metadata(t, "diabetes part", bounds),
		Check:         func(t *testing.T, out *engine.Output, tables []*dataset.Table) { checkMPCMeans(t, out, tables, bounds) },
		Covered:       mpcCovered,
		MaxDropouts:   1,
		SignsMessages: true,
		Owners:        4,
		Compute:       2,
	}
}

func mpcCovered(out *engine.Output) ([]common.Address, error) {
	var st mpc.StatsOutput
	if err := json.Unmarshal(out.Data, &st); err != nil {
		return nil, err
	}
	var addrs []common.Address
	for _, c := range st.Contributors {
		addrs = append(addrs, common.HexToAddress(c))
	}
	return addrs, nil
}

// checkMPCMeans compares the buyer's count and means with the plaintext
// ones of exactly these tables (values clipped to the bounds).
func checkMPCMeans(t *testing.T, out *engine.Output, tables []*dataset.Table, bounds map[string]dataset.Bounds) {
	var st mpc.StatsOutput
	if err := json.Unmarshal(out.Data, &st); err != nil || st.Result == nil {
		t.Fatalf("the output is not mpc statistics: %v", err)
	}
	rows := 0
	for _, tab := range tables {
		rows += tab.Len()
	}
	if st.Count != int64(rows) || len(st.Columns) != 3 {
		t.Fatalf("count %d with %d columns, want %d rows and 3 columns", st.Count, len(st.Columns), rows)
	}
	for j, name := range []string{"age", "bmi", "bp"} {
		sum := 0.0
		for _, tab := range tables {
			col, _ := tab.Column(name)
			for _, v := range col {
				sum += bounds[name].Clamp(v)
			}
		}
		got, want := st.Columns[j].Mean, sum/float64(rows)
		grid := bounds[name].Width() / 65535
		if got == nil || math.Abs(got.Value-want) > 5*got.NoiseStd+grid {
			t.Errorf("mean of %s = %+v, plaintext %.6g", name, got, want)
		}
	}
}
