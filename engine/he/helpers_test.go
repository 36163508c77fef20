package he

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/suffstat"
)

// seeded returns a deterministic io.Reader for tests (ChaCha8).
func seeded(seed uint64) *rand.ChaCha8 {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(s)
}

func dpSampler(seed uint64) *dp.Sampler { return dp.NewSampler(seeded(seed)) }

func errorContains(err error, s string) bool { return err != nil && strings.Contains(err.Error(), s) }

// testParams is the fast (insecure) parameter set of the default suite.
func testParams(t tester) mhe.Params {
	t.Helper()
	p, err := mhe.InsecureTestParams(10)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// loadDataset reads ../../testdata/NAME.csv and its declared bounds.
func loadDataset(t tester, name string) (*dataset.Table, *dataset.Metadata) {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata")
	f, err := os.Open(filepath.Join(dir, name+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tab, err := dataset.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	bf, err := os.Open(filepath.Join(dir, name+".bounds.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer bf.Close()
	bounds, err := dataset.ReadBoundsFile(bf)
	if err != nil {
		t.Fatal(err)
	}
	meta, err := dataset.NewMetadata(name, "", tab.Schema(), bounds)
	if err != nil {
		t.Fatal(err)
	}
	return tab, meta
}

// split cuts a table into n owner tables (deterministic shuffle).
func split(t *dataset.Table, n int, seed uint64) []*dataset.Table {
	return t.SplitIID(n, rand.New(rand.NewPCG(seed, 0x5eed)))
}

func repeatMeta(m *dataset.Metadata, n int) []*dataset.Metadata {
	out := make([]*dataset.Metadata, n)
	for i := range out {
		out[i] = m
	}
	return out
}

// validSpecs are well-formed tasks over diabetes.csv.
var validSpecs = []string{
	`{"type":"stats","columns":["bmi","bp","s1"],"stats":["count","sum","mean","var","std","cov","corr","hist"],"bins":{"bmi":[10,20,30,50]}}`,
	`{"type":"stats","columns":["age"],"stats":["mean"],"bounds":{"age":[20,80]}}`,
	`{"type":"linreg","label":"progression","features":["bmi","bp","s5"]}`,
	`{"type":"linreg","label":"progression","features":["age","sex"],"ridge":5}`,
}

var defaultPrivacy = suffstat.Terms{Epsilon: 1, Delta: 1e-5, Owners: 3}

// tester is what the helpers need from *testing.T, *testing.F, *testing.B
// and *rapid.T.
type tester interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Errorf(format string, args ...any)
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

func sumVectors(vs [][]float64) []float64 {
	out := make([]float64, len(vs[0]))
	for _, v := range vs {
		for i, x := range v {
			out[i] += x
		}
	}
	return out
}
