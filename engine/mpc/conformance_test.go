package mpc_test

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
	"github.com/veil-market/veil/spec"
)

// patients is a table of n rows whose patient_id column repeats every 150
// rows, so that any split of it gives owners overlapping identifier sets
// (with duplicates, which the public rule drops).
func patients(n int) *dataset.Table {
	t := &dataset.Table{Columns: []string{"patient_id", "age"}}
	for i := range n {
		t.Rows = append(t.Rows, []float64{float64(100000 + i%150), float64(20 + i%60)})
	}
	return t
}

// The psi task through the conformance suite (the engine/all row runs the
// stats task): the same attacks, over loopback gRPC, two compute nodes.
func TestConformancePSI(t *testing.T) {
	table := patients(400)
	enginetest.Run(t, enginetest.Fixture{
		Engine: mpc.Engine{RoundTimeout: 3 * time.Second},
		Spec: func(datasets []uint64) *spec.Spec {
			return &spec.Spec{Engine: "mpc", Datasets: datasets, Privacy: spec.Privacy{Epsilon: 20, Delta: 1e-6, Dropouts: 1},
				Task: json.RawMessage(`{"type":"psi","id":"patient_id"}`)}
		},
		Tables: func(n int) []*dataset.Table { return split(table, n) },
		Metadata: func(part *dataset.Table) *dataset.Metadata {
			s, err := part.Schema().Declare(map[string]string{"patient_id": dataset.TypeInteger, "age": dataset.TypeInteger})
			if err != nil {
				t.Fatal(err)
			}
			m, err := dataset.NewMetadata("patients", "", s, nil)
			if err != nil {
				t.Fatal(err)
			}
			return m
		},
		Check:         checkIntersection,
		Covered:       psiCovered,
		MaxDropouts:   1,
		SignsMessages: true,
		Owners:        4,
		Compute:       2,
	})
}

func split(t *dataset.Table, n int) []*dataset.Table {
	rng := rand.New(rand.NewPCG(3, 4))
	parts := make([]*dataset.Table, n)
	for i := range parts {
		parts[i] = &dataset.Table{Columns: t.Columns}
	}
	for _, r := range t.Rows {
		k := rng.IntN(n)
		parts[k].Rows = append(parts[k].Rows, r)
	}
	return parts
}

func checkIntersection(t *testing.T, out *engine.Output, tables []*dataset.Table) {
	var r mpc.PSIResult
	if err := json.Unmarshal(out.Data, &r); err != nil {
		t.Fatalf("the output is not a psi result: %v", err)
	}
	count := map[float64]int{}
	for i, tab := range tables {
		ids, _ := tab.Column("patient_id")
		for _, id := range ids {
			if count[id] == i {
				count[id] = i + 1
			}
		}
	}
	want := 0
	for _, c := range count {
		if c == len(tables) {
			want++
		}
	}
	if d := r.Intersection - float64(want); d > 6*r.NoiseStd || d < -6*r.NoiseStd {
		t.Errorf("intersection %.0f ± %.2f, plaintext join %d", r.Intersection, r.NoiseStd, want)
	}
	if r.Owners != len(tables) {
		t.Errorf("%d datasets intersected, want %d", r.Owners, len(tables))
	}
}

func psiCovered(out *engine.Output) ([]common.Address, error) {
	var r mpc.PSIResult
	if err := json.Unmarshal(out.Data, &r); err != nil {
		return nil, err
	}
	var addrs []common.Address
	for _, c := range r.Contributors {
		addrs = append(addrs, common.HexToAddress(c))
	}
	return addrs, nil
}
