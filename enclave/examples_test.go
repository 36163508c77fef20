package enclave

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/internal/testfixture"
	"github.com/veil-market/veil/release"
	"github.com/veil-market/veil/sandbox"
	"github.com/veil-market/veil/sandbox/examples/groupstats"
	"github.com/veil-market/veil/sandbox/examples/logreg"
)

var exampleLimits = sandbox.Limits{MemoryPages: 1024, CallTimeout: 2 * time.Second}

func breastCancer(t testing.TB) (*dataset.Table, map[string]dataset.Bounds) {
	t.Helper()
	return testfixture.Table(t, "../testdata/breast_cancer.csv"), testfixture.Bounds(t, "../testdata/breast_cancer.bounds.json")
}

func mustModule(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// logregJob trains on tables (label last) by DP-SGD: rounds releases of the
// clipped gradient sum, the fl engine's defaults (lr 0.5, clip 0.05).
func logregJob(t testing.TB, tables []*dataset.Table, bounds map[string]dataset.Bounds, eps float64, rounds int) *Job {
	features := []string{}
	for _, c := range tables[0].Columns {
		if c != "benign" {
			features = append(features, c)
		}
	}
	sort.Strings(features)
	rows := 0
	for _, tb := range tables {
		rows += tb.Len()
	}
	args := []float64{0.5, float64(rows)}
	for _, c := range features {
		args = append(args, bounds[c].Lo, bounds[c].Hi)
	}
	share := float64(int64(eps*1e6)/int64(rounds)) / 1e6
	plan := fmt.Sprintf(`{"releases":[{"name":"grad","mechanism":"vector","function":"grad","dim":%d,"clip":0.05,"epsilon":%v,"repeat":%d}]}`,
		len(features)+1, share, rounds)
	p, err := release.Decode([]byte(plan))
	if err != nil {
		t.Fatal(err)
	}
	return &Job{Module: mustModule(t, "../sandbox/examples/logreg.wasm"), Plan: p, Args: args,
		Columns: append(features, "benign"), Tables: tables, Epsilon: eps,
		Target: [2]float64{eps * (1 - 0x1p-40), 1e-5 * (1 - 0x1p-40)}, Limits: exampleLimits}
}

// groupstatsJob: counts by label, sums of three features by label, and a
// histogram of mean_radius.
func groupstatsJob(t testing.TB, tables []*dataset.Table) *Job {
	p, err := release.Decode([]byte(`{"releases":[
		{"name":"counts","mechanism":"histogram","function":"group","epsilon":0.2,"edges":[0,1,2]},
		{"name":"sums","mechanism":"vector","function":"sums_by_group","epsilon":0.6,"dim":6,"clip":200},
		{"name":"radius","mechanism":"histogram","function":"value","epsilon":0.2,"edges":[0,10,12,14,16,18,20,25,30]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	return &Job{Module: mustModule(t, "../sandbox/examples/groupstats.wasm"), Plan: p,
		Columns: []string{"benign", "mean_radius", "mean_texture", "mean_perimeter"}, Tables: tables, Epsilon: 1,
		Target: [2]float64{1 * (1 - 0x1p-40), 1e-5 * (1 - 0x1p-40)}, Limits: exampleLimits}
}

// native runs the same Go code compiled natively: the baseline the Wasm
// sandbox is measured against.
type native struct {
	logreg logreg.Config
	theta  []float64
	args   []float64
}

func (n *native) Prepare(_ context.Context, released [][]float64) error {
	var flat []float64
	for _, r := range released {
		flat = append(flat, r...)
	}
	n.logreg = logreg.ParseArgs(n.args)
	n.theta = n.logreg.Replay(flat)
	return nil
}

func (n *native) Call(_ context.Context, fn string, row, out []float64) bool {
	switch fn {
	case "grad":
		n.logreg.Grad(n.theta, row, out)
	case "group":
		out[0] = groupstats.Group(row)
	case "value":
		out[0] = groupstats.Value(row)
	case "sums_by_group":
		groupstats.SumsByGroup(row, out)
	default:
		return false
	}
	return true
}

// runWith makes the job's releases with caller (no publication wait).
func runWith(t testing.TB, j *Job, c release.Caller, seed byte) []release.Released {
	rows, err := j.Rows()
	if err != nil {
		t.Fatal(err)
	}
	s, err := j.Schedule(len(rows))
	if err != nil {
		t.Fatal(err)
	}
	out, err := release.Run(context.Background(), s, rows, c, chacha(seed))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sandboxCaller loads the job's module as the enclave does.
func sandboxCaller(t testing.TB, j *Job, copyOnly bool) release.Caller {
	rows, _ := j.Rows()
	s, err := j.Schedule(len(rows))
	if err != nil {
		t.Fatal(err)
	}
	m, err := sandbox.Load(context.Background(), j.Module, j.Limits)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close(context.Background()) })
	in, err := m.NewInstance(context.Background(), j.bufferLen(s), j.Args)
	if err != nil {
		t.Fatal(err)
	}
	if copyOnly {
		sandbox.CopyOnlyForTest(in)
	}
	return in
}

// TestExamplesMatchNative: the Wasm build of each example releases what the
// native build releases, given the same randomness.
func TestExamplesMatchNative(t *testing.T) {
	tab, bounds := breastCancer(t)
	parts := split3(tab)
	for name, j := range map[string]*Job{"groupstats": groupstatsJob(t, parts), "logreg": logregJob(t, parts, bounds, 8, 3)} {
		w := runWith(t, j, sandboxCaller(t, j, false), 1)
		n := runWith(t, j, &native{args: j.Args}, 1)
		for i := range w {
			for k := range w[i].Values {
				if d := w[i].Values[k] - n[i].Values[k]; d > 1e-6 || d < -1e-6 {
					t.Fatalf("%s: release %s[%d] = %v in Wasm, %v natively", name, w[i].Name, k, w[i].Values[k], n[i].Values[k])
				}
			}
		}
	}
}

func split3(t *dataset.Table) []*dataset.Table {
	n := t.Len()
	return []*dataset.Table{
		{Columns: t.Columns, Rows: t.Rows[:n/3]},
		{Columns: t.Columns, Rows: t.Rows[n/3 : 2*n/3]},
		{Columns: t.Columns, Rows: t.Rows[2*n/3:]},
	}
}

func chacha(seed byte) *rand.ChaCha8 { return rand.NewChaCha8([32]byte{seed}) }
