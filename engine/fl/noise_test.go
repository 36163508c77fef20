package fl

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// testCompute is the compute node of the specs built in tests.
var testCompute = []string{"0x00000000000000000000000000000000000000c1"}

type seeded struct{ r *rand.ChaCha8 }

func (s seeded) Read(p []byte) (int, error) { return s.r.Read(p) }

func breastJob(t testing.TB, n, d, c int, eps float64) (*engine.Job, []*dataset.Table) {
	t.Helper()
	raw, err := os.ReadFile("../../testdata/breast_cancer.csv")
	if err != nil {
		t.Fatal(err)
	}
	table, err := dataset.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("../../testdata/breast_cancer.bounds.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bounds, err := dataset.ReadBoundsFile(f)
	if err != nil {
		t.Fatal(err)
	}
	parts := table.SplitIID(n, rand.New(rand.NewPCG(1, 1)))
	s := &spec.Spec{Engine: "fl", Task: json.RawMessage(`{"type":"train","label":"benign"}`),
		Privacy: spec.Privacy{Epsilon: eps, Delta: 1e-5, Dropouts: d, Colluders: &c}, Compute: testCompute}
	job := &engine.Job{ID: 7, Spec: s}
	var metas []*dataset.Metadata
	for i, p := range parts {
		m, err := dataset.NewMetadata("part", "", p.Schema(), bounds)
		if err != nil {
			t.Fatal(err)
		}
		metas = append(metas, m)
		s.Datasets = append(s.Datasets, uint64(i+1))
		job.Owners = append(job.Owners, engine.Owner{Metadata: m})
	}
	if job.Plan, err = (Engine{}).Plan(s, metas); err != nil {
		t.Fatal(err)
	}
	return job, parts
}

// TestShareNoiseMatchesCalibration draws an owner's contribution many times from
// the same model and rows: all variation is its noise share (plus rounding),
// whose variance must be the calibrated share σ², and n − d − c such shares must
// meet ε at δ while a 1 % smaller σ does not.
func TestShareNoiseMatchesCalibration(t *testing.T) {
	for _, tc := range []struct{ n, d, c int }{{3, 0, 1}, {5, 1, 1}, {4, 0, 0}} {
		job, parts := breastJob(t, tc.n, tc.d, tc.c, 2)
		st := job.Plan.Detail.(*Setup)
		o, err := newOwner(Engine{}, job, st, 0, parts[0], engine.Env{Rand: seeded{rand.NewChaCha8([32]byte{byte(tc.n)})}})
		if err != nil {
			t.Fatal(err)
		}
		const draws = 300
		samples := make([][]int64, draws)
		for i := range samples {
			if samples[i], err = o.contribution(); err != nil {
				t.Fatal(err)
			}
		}
		var sum, sumsq, k float64
		for j := range samples[0] {
			var mean float64
			for i := range samples {
				mean += float64(samples[i][j])
			}
			mean /= draws
			for i := range samples {
				dev := float64(samples[i][j]) - mean
				sumsq += dev * dev
				k++
			}
			sum += mean
		}
		got := sumsq / (k - float64(len(samples[0])))
		// each row's rounding adds at most 1/4 per coordinate (independent of the noise)
		lo, hi := st.ShareSigma*st.ShareSigma, st.ShareSigma*st.ShareSigma+float64(parts[0].Len())/4
		// the sample variance of k normal draws has relative std sqrt(2/k); allow 5 of them
		if tol := 5 * math.Sqrt(2/k); got < lo*(1-tol) || got > hi*(1+tol) {
			t.Errorf("n=%d d=%d c=%d: share variance %.4g, calibrated [%.4g, %.4g] (tolerance %.1f%%)", tc.n, tc.d, tc.c, got, lo, hi, 100*tol)
		}
		honest := tc.n - tc.d - tc.c
		g := dp.DistributedGaussian{L2Sensitivity: st.Sensitivity, Dim: st.Params, Shares: honest, Rounds: st.Config.Rounds}
		if e, err := g.Epsilon(st.ShareSigma, 1e-5); err != nil || e > 2 {
			t.Errorf("n=%d d=%d c=%d: %d honest shares give ε = %v (%v), want ≤ 2", tc.n, tc.d, tc.c, honest, e, err)
		}
		if e, _ := g.Epsilon(0.99*st.ShareSigma, 1e-5); e <= 2 {
			t.Errorf("n=%d d=%d c=%d: a 1%% smaller share still meets ε = 2 (%v): the noise is oversized", tc.n, tc.d, tc.c, e)
		}
	}
}

// TestRefusesJobsWithoutHonestShares: n − d − c < 1, or n − d below the secure
// aggregation threshold, is refused before the job starts, naming n, d and c.
func TestRefusesJobsWithoutHonestShares(t *testing.T) {
	for _, tc := range []struct {
		n, d, c int
		want    string
	}{
		{3, 1, 2, "n = 3 datasets, d = 1 dropouts, c = 2 colluders"},
		{3, 1, 1, "n = 3, d = 1 dropouts, c = 1 colluders"},
		{2, 0, 1, "n = 2, d = 0, c = 1 colluders"},
	} {
		s := &spec.Spec{Engine: "fl", Task: json.RawMessage(`{"type":"train","label":"benign"}`),
			Privacy: spec.Privacy{Epsilon: 1, Delta: 1e-5, Dropouts: tc.d, Colluders: &tc.c}, Compute: testCompute}
		var metas []*dataset.Metadata
		for i := range tc.n {
			m := &dataset.Metadata{Version: 1, Title: "t", Rows: 100, Columns: []dataset.ColumnMeta{
				{Name: "x", Type: dataset.TypeReal, Bounds: &dataset.Bounds{Lo: 0, Hi: 1}},
				{Name: "benign", Type: dataset.TypeBinary, Bounds: &dataset.Bounds{Lo: 0, Hi: 1}}}}
			metas = append(metas, m)
			s.Datasets = append(s.Datasets, uint64(i+1))
		}
		_, err := (Engine{}).Plan(s, metas)
		if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tc.want)) {
			t.Errorf("n=%d d=%d c=%d: Plan = %v, want an error naming %q", tc.n, tc.d, tc.c, err, tc.want)
		}
	}
}
