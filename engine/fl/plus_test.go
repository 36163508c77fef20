package fl_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/engine/fl"
	"github.com/veil-market/veil/spec"
)

// plusJob plans an mlp job with Poisson sampling over n owners of 12 rows
// each (features a, b in [0, 1], label y in {0, 1, 2}), d = 2, c = 1: from
// 20 owners up the plan runs it on SecAgg+'s sparse graph.
func plusJob(t *testing.T, n int) (*engine.Job, []*dataset.Table) {
	t.Helper()
	rng := rand.New(rand.NewPCG(21, 22))
	c, d := 1, 2
	ids := make([]uint64, n)
	s := &spec.Spec{Engine: "fl", Compute: []string{"0x00000000000000000000000000000000000000c1"},
		Task:    json.RawMessage(`{"type":"train","model":"mlp","hidden":4,"label":"y","rounds":3,"sample_rate":0.5}`),
		Privacy: spec.Privacy{Epsilon: 4, Delta: 1e-6, Colluders: &c, Dropouts: d}}
	job := &engine.Job{ID: 15, Spec: s}
	var metas []*dataset.Metadata
	var tables []*dataset.Table
	for i := range n {
		ids[i] = uint64(i + 1)
		tb := &dataset.Table{Columns: []string{"a", "b", "y"}}
		for range 12 {
			y := float64(rng.IntN(3))
			tb.Rows = append(tb.Rows, []float64{y/3 + rng.Float64()/3, rng.Float64(), y})
		}
		tables = append(tables, tb)
		metas = append(metas, classOwner(t, job, i, tb, 2))
	}
	s.Datasets = ids
	var err error
	if job.Plan, err = (fl.Engine{RoundTimeout: 5 * time.Second}).Plan(s, metas); err != nil {
		t.Fatal(err)
	}
	return job, tables
}

// runPlus runs the job with the owners' randomness drawn from seed, so two
// seeds keep different rows in every round.
func runPlus(t *testing.T, job *engine.Job, tables []*dataset.Table, seed byte) classRun {
	t.Helper()
	env := func(w enginetest.Who) engine.Env {
		if w.Owner < 0 {
			return engine.Env{Rand: chacha{rand.NewChaCha8([32]byte{1})}}
		}
		return engine.Env{Rand: chacha{rand.NewChaCha8([32]byte{seed, byte(w.Owner + 2)})}, NodeKey: nodeKey(w.Owner)}
	}
	net := enginetest.NewMemNet()
	out, err := enginetest.Drive(context.Background(), enginetest.Job{Engine: fl.Engine{RoundTimeout: 5 * time.Second}, Net: net,
		View: func(enginetest.Who) (*engine.Job, error) { return job, nil }, Tables: tables, Env: env})
	if err != nil {
		t.Fatalf("the job could not start: %v", err)
	}
	return classRun{out, net.Shape(out)}
}

// An mlp job with Poisson sampling on SecAgg+'s graph runs to a result that
// every owner recomputes; and the rows each owner kept — secret, different
// under two randomness seeds — change nothing an observer of the network
// sees (every message's round, step, sender and size, the credits, the
// outcome).
func TestMLPSampledOnSecAggPlus(t *testing.T) {
	job, tables := plusJob(t, 24)
	st := job.Plan.Detail.(*fl.Setup)
	if !strings.HasPrefix(st.Graph, "SecAgg+") || st.Hidden != 4 || st.SampleRate != 0.5 {
		t.Fatalf("plan: graph %q, hidden %d, rate %v", st.Graph, st.Hidden, st.SampleRate)
	}
	a := runPlus(t, job, tables, 1)
	if len(a.failures()) > 0 || a.Result == nil {
		t.Fatalf("the job failed: %v", a.failures())
	}
	if !strings.Contains(a.shape, "agree=true") {
		t.Fatalf("owners do not agree on the result: %s", a.shape)
	}
	b := runPlus(t, job, tables, 2)
	if a.shape != b.shape {
		t.Fatalf("the kept rows changed what the network sees:\n%s\n%s", a.shape, b.shape)
	}
	if fmt.Sprint(a.Result.Payload) == fmt.Sprint(b.Result.Payload) {
		t.Fatal("two seeds gave the same model: the sampling (or the noise) did not depend on them")
	}
}
