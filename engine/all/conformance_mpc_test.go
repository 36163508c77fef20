package all_test

import (
	"encoding/json"
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
				Task: json.RawMessage(`{"type":"stats","columns":["age","bmi","bp"],"stats":["count","mean","std"]}`)} // heColumns
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
	return addresses(st.Contributors), nil
}

// checkMPCMeans compares the buyer's count and means with the plaintext
// ones of exactly these tables, up to the 16-bit grid.
func checkMPCMeans(t *testing.T, out *engine.Output, tables []*dataset.Table, bounds map[string]dataset.Bounds) {
	var st mpc.StatsOutput
	if err := json.Unmarshal(out.Data, &st); err != nil || st.Result == nil {
		t.Fatalf("the output is not mpc statistics: %v", err)
	}
	means := make([]*estimate, len(st.Columns))
	for j, c := range st.Columns {
		if c.Mean != nil {
			means[j] = &estimate{c.Mean.Value, c.Mean.NoiseStd}
		}
	}
	checkCountAndMeans(t, st.Count, means, tables, bounds, 1.0/65535)
}
