package fl_test

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/engine/fl"
	"github.com/veil-market/veil/spec"
)

// classTables is three owners' rows: features a, b in [0, 1] and an integer
// label y in {0, 1, 2} (declared integer in [0, 4]).
func classTables() []*dataset.Table {
	rng := rand.New(rand.NewPCG(11, 12))
	out := make([]*dataset.Table, 3)
	for i := range out {
		t := &dataset.Table{Columns: []string{"a", "b", "y"}}
		for range 40 {
			y := float64(rng.IntN(3))
			t.Rows = append(t.Rows, []float64{y/3 + rng.Float64()/3, rng.Float64(), y})
		}
		out[i] = t
	}
	return out
}

// neighbour copies tables and changes one row of owner 1.
func neighbour(tables []*dataset.Table, change func(row []float64)) []*dataset.Table {
	out := make([]*dataset.Table, len(tables))
	for i, t := range tables {
		c := &dataset.Table{Columns: t.Columns}
		for _, r := range t.Rows {
			c.Rows = append(c.Rows, append([]float64(nil), r...))
		}
		out[i] = c
	}
	change(out[1].Rows[7])
	return out
}

// classJob plans a softmax job whose task narrows the label's declared
// bounds [0, 4] to [0, 2]: classes 0, 1, 2.
func classJob(t *testing.T, tables []*dataset.Table) *engine.Job {
	t.Helper()
	c := 1
	s := &spec.Spec{Engine: "fl", Datasets: []uint64{1, 2, 3}, Compute: []string{"0x00000000000000000000000000000000000000c1"},
		Task:    json.RawMessage(`{"type":"train","model":"softmax","label":"y","rounds":3,"bounds":{"y":[0,2]}}`),
		Privacy: spec.Privacy{Epsilon: 4, Delta: 1e-6, Colluders: &c}}
	job := &engine.Job{ID: 9, Spec: s}
	var metas []*dataset.Metadata
	for i, tb := range tables {
		metas = append(metas, classOwner(t, job, i, tb, 4))
	}
	var err error
	if job.Plan, err = (fl.Engine{RoundTimeout: 5 * time.Second}).Plan(s, metas); err != nil {
		t.Fatal(err)
	}
	return job
}

// classOwner declares tb (columns a, b in [0, 1], integer label y in
// [0, yHi]) and adds it to job as owner i.
func classOwner(t *testing.T, job *engine.Job, i int, tb *dataset.Table, yHi float64) *dataset.Metadata {
	t.Helper()
	declared, err := tb.Schema().Declare(map[string]string{"y": dataset.TypeInteger})
	if err != nil {
		t.Fatal(err)
	}
	m, err := dataset.NewMetadata("clinic", "", declared, map[string]dataset.Bounds{"a": {Lo: 0, Hi: 1}, "b": {Lo: 0, Hi: 1}, "y": {Lo: 0, Hi: yHi}})
	if err != nil {
		t.Fatal(err)
	}
	job.Owners = append(job.Owners, engine.Owner{NodeKey: nodeKey(i).Public().(ed25519.PublicKey), Metadata: m})
	return m
}

func nodeKey(i int) ed25519.PrivateKey {
	var seed [32]byte
	seed[0] = byte(i + 1)
	return ed25519.NewKeyFromSeed(seed[:])
}

type chacha struct{ *rand.ChaCha8 }

// runClassJob runs the job published for the base tables over the rows in
// tables: the metadata on-chain is fixed, the rows are what they are.
func runClassJob(t *testing.T, base, tables []*dataset.Table) classRun {
	t.Helper()
	job := classJob(t, base)
	env := func(w enginetest.Who) engine.Env {
		if w.Owner < 0 {
			return engine.Env{Rand: chacha{rand.NewChaCha8([32]byte{1})}}
		}
		return engine.Env{Rand: chacha{rand.NewChaCha8([32]byte{byte(w.Owner + 2)})}, NodeKey: nodeKey(w.Owner)}
	}
	net := enginetest.NewMemNet()
	out, err := enginetest.Drive(context.Background(), enginetest.Job{Engine: fl.Engine{RoundTimeout: 5 * time.Second}, Net: net,
		View: func(enginetest.Who) (*engine.Job, error) { return job, nil }, Tables: tables, Env: env})
	if err != nil {
		t.Fatalf("the job could not start: %v", err)
	}
	return classRun{out, net.Shape(out)}
}

// classRun is a job's outcome and its shape as an observer sees it.
type classRun struct {
	*enginetest.Outcome
	shape string
}

// failures lists what failed anywhere in the job.
func (r classRun) failures() []error {
	var errs []error
	if r.LeadErr != nil {
		errs = append(errs, r.LeadErr)
	}
	for _, o := range r.Owners {
		errs = append(errs, o.SatOut...)
		if !o.Done {
			errs = append(errs, o.Err)
		}
	}
	return errs
}

// TestLabelOutsideNarrowedBoundsIsNotObservable is the membership attack of
// issue 9: the buyer narrows the label's bounds to classes {0, 1, 2}; a row
// whose class is outside them (4, declared valid by the owner) used to make
// NewOwner fail, so the owner never connected and the aggregator learnt one
// bit about that row outside ε. Now two neighbouring datasets — identical
// but for that one row — must give the same observable job: same messages
// of the same sizes in every round, same step outcomes and credits, a result
// that every owner recomputes. The same holds for a feature far outside its
// bounds, and for a label that breaks its declared type (which publish
// refuses, but an owner's file is its own).
func TestLabelOutsideNarrowedBoundsIsNotObservable(t *testing.T) {
	base := classTables()
	want := runClassJob(t, base, base)
	if len(want.failures()) > 0 || want.Result == nil {
		t.Fatalf("the honest job failed: %v", want.failures())
	}
	for _, tc := range []struct {
		name   string
		change func(row []float64)
	}{
		{"class outside the narrowed bounds", func(r []float64) { r[2] = 4 }},
		{"class beyond the declared bounds", func(r []float64) { r[2] = 1e9 }},
		{"fractional class", func(r []float64) { r[2] = 2.5 }},
		{"feature far outside its bounds", func(r []float64) { r[0] = -1e300 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tables := neighbour(base, tc.change)
			got := runClassJob(t, base, tables)
			if len(got.failures()) > 0 {
				t.Fatalf("a row's value made the job fail: %v", got.failures())
			}
			if got.shape != want.shape {
				t.Fatalf("the neighbouring dataset is visible in the job's shape:\n%s\nwant\n%s", got.shape, want.shape)
			}
		})
	}
}
