package fl

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
)

// The rate the owners sample at is the rate the plan charged for. An owner
// built from a sampled plan, through the engine's own path (newOwner, then
// the round's sampled wrapper around the fixed-point sum), keeps each of its
// rows with the plan's q over many rounds: a binomial test at 5σ, which a
// sampler 10 % off the plan's rate fails (the second half of the test shows
// that power, so the first half cannot pass vacuously). And the ε the plan's
// accountant gives at that q, for the σ the owners draw, is within the ε the
// spec charges on the chain.
func TestOwnersSampleAtTheChargedRate(t *testing.T) {
	const q, rounds = 0.05, 20000
	job, err := planFor(t, `{"type":"train","label":"y","model":"softmax","sample_rate":0.05}`, `{"epsilon":1,"delta":1e-5,"colluders":1,"dropouts":1}`, 10, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := job.Plan.Detail.(*Setup)
	if st.SampleRate != q {
		t.Fatalf("the plan samples at %v, the task asked %v", st.SampleRate, q)
	}
	charged, err := st.accountant(st.Sensitivity, st.Owners-st.Dropouts-st.Colluders).Epsilon(st.ShareSigma, st.Delta)
	if err != nil {
		t.Fatal(err)
	}
	if charged > job.Spec.Privacy.Epsilon || charged < 0.99*job.Spec.Privacy.Epsilon {
		t.Fatalf("the plan's accountant gives ε = %v at q = %v for σ = %v; the chain charges %v", charged, q, st.ShareSigma, job.Spec.Privacy.Epsilon)
	}
	o := ownerOf(t, job, st)
	kept, rows := keptRows(t, o, rounds)
	if z := binomialZ(kept, rows, q); math.Abs(z) > 5 {
		t.Fatalf("the owner kept %d of %d row-rounds at the charged q = %v (z = %.1f)", kept, rows, q, z)
	}
	// Power: an owner whose plan says 10 % more is caught by the same test.
	off := *st
	off.SampleRate = 1.1 * q
	o.st = &off
	kept, rows = keptRows(t, o, rounds)
	if z := binomialZ(kept, rows, q); math.Abs(z) <= 5 {
		t.Fatalf("a sampler at %v passed the test for q = %v (z = %.1f): the test has no power", off.SampleRate, q, z)
	}
}

// ownerOf builds owner 0 of job through newOwner, over the 12 rows its
// metadata declares, with a seeded randomness source.
func ownerOf(t *testing.T, job *engine.Job, st *Setup) *owner {
	t.Helper()
	table := &dataset.Table{Columns: []string{"x", "z", "y"}}
	for i := range 12 {
		table.Rows = append(table.Rows, []float64{float64(i) / 12, 1 - float64(i)/12, float64(i % 4)})
	}
	o, err := newOwner(Engine{}, job, st, 0, table, engine.Env{Rand: seeded{rand.NewChaCha8([32]byte{15})}})
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// keptRows runs the owner's round-level sampling rounds times, feeding every
// row a non-zero gradient, and counts the rows that reached the sum with it
// (a row left out reaches it as a zero vector).
func keptRows(t *testing.T, o *owner, rounds int) (kept, total int) {
	t.Helper()
	g := make([]float64, o.st.Params)
	for i := range g {
		g[i] = 1
	}
	count := func(v []float64) {
		total++
		if v[0] != 0 {
			kept++
		}
	}
	for range rounds {
		add, err := o.sampled(count)
		if err != nil {
			t.Fatal(err)
		}
		for range o.rows {
			add(g)
		}
	}
	if total != rounds*len(o.rows) {
		t.Fatalf("%d rows reached the sum over %d rounds of %d rows", total, rounds, len(o.rows))
	}
	return kept, total
}

func binomialZ(k, n int, q float64) float64 {
	return (float64(k) - float64(n)*q) / math.Sqrt(float64(n)*q*(1-q))
}
