package he

import (
	"context"
	"math"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
)

// TestDataValuesDoNotChangeTheTranscript: two neighbouring datasets (one
// row of one owner replaced by values outside the bounds, infinite, or not
// a number) give the same observable transcript: the same messages of the
// same sizes at the same steps, the same step outcomes and credits, a
// result either way. No value makes an owner fail, wait or send another
// message (only the noised sum, inside the DP guarantee, differs).
func TestDataValuesDoNotChangeTheTranscript(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 23)
	job := m.job(`{"type":"stats","columns":["age","bmi","bp"],"stats":["count","mean","var","hist"],"bins":{"bmi":[20,30,40]}}`, jobPrivacy, 0, 1, 2)
	shape := func(tables []*dataset.Table) string {
		net := enginetest.NewMemNet()
		out, err := enginetest.Drive(context.Background(), enginetest.Job{Engine: m.eng, Net: net, Tables: tables,
			View: func(enginetest.Who) (*engine.Job, error) { return job, nil },
			Env: func(w enginetest.Who) engine.Env {
				if w.Owner < 0 {
					return m.aggregatorEnv()
				}
				return m.ownerEnv(w.Owner, job.ID*10+uint64(w.Owner))
			}})
		if err != nil {
			t.Fatal(err)
		}
		if out.Result == nil {
			t.Fatalf("no result: %v", out.LeadErr)
		}
		return net.Shape(out)
	}
	base := shape(m.tables)
	col := func(name string) int {
		for j, c := range m.tables[1].Columns {
			if c == name {
				return j
			}
		}
		t.Fatalf("no column %q", name)
		return -1
	}
	for _, tc := range []struct {
		name  string
		value float64
	}{{"far above the bounds", 1e300}, {"far below", -1e300}, {"+Inf", math.Inf(1)}, {"NaN", math.NaN()}} {
		t.Run(tc.name, func(t *testing.T) {
			tables := append([]*dataset.Table(nil), m.tables...)
			neighbour := &dataset.Table{Columns: m.tables[1].Columns}
			for _, r := range m.tables[1].Rows {
				neighbour.Rows = append(neighbour.Rows, append([]float64(nil), r...))
			}
			for _, name := range []string{"age", "bmi", "bp"} {
				neighbour.Rows[0][col(name)] = tc.value
			}
			tables[1] = neighbour
			job.ID++ // a fresh job: owners contribute once per job
			if got := shape(tables); got != base {
				t.Fatalf("transcript differs:\n%s\nneighbour:\n%s", base, got)
			}
		})
	}
}
