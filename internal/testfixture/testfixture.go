// Package testfixture holds what the tests of several packages share (the he
// engine, its task package suffstat and its library mhe): deterministic
// randomness, the repository's sample datasets with their declared bounds, and
// small helpers over them. Test code only: nothing a user runs imports it.
package testfixture

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"

	"github.com/veil-market/veil/dataset"
)

// T is what the helpers need from *testing.T, *testing.B, *testing.F and
// *rapid.T.
type T interface {
	Helper()
	Fatal(args ...any)
}

// Seeded is a deterministic random stream (ChaCha8) for a seed.
func Seeded(seed uint64) *rand.ChaCha8 {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(s)
}

// Path is the repository's testdata/NAME, from any package's tests.
func Path(t T, name string) string {
	t.Helper()
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("testfixture: cannot locate the repository's testdata")
	}
	return filepath.Join(filepath.Dir(self), "..", "..", "testdata", name)
}

// Table reads a CSV file.
func Table(t T, path string) *dataset.Table {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tab, err := dataset.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// Bounds reads a bounds file.
func Bounds(t T, path string) map[string]dataset.Bounds {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, err := dataset.ReadBoundsFile(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Dataset reads the repository's testdata/NAME.csv with its declared bounds
// (NAME.bounds.json) as an owner would publish them.
func Dataset(t T, name string) (*dataset.Table, *dataset.Metadata) {
	t.Helper()
	tab := Table(t, Path(t, name+".csv"))
	meta, err := dataset.NewMetadata(name, "", tab.Schema(), Bounds(t, Path(t, name+".bounds.json")))
	if err != nil {
		t.Fatal(err)
	}
	return tab, meta
}

// Split cuts a table into n owner tables (a deterministic shuffle).
func Split(t *dataset.Table, n int, seed uint64) []*dataset.Table {
	return t.SplitIID(n, rand.New(rand.NewPCG(seed, 0x5eed)))
}

// Repeat is n copies of v.
func Repeat[V any](v V, n int) []V {
	out := make([]V, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// DeclaredBounds are the bounds the metadata declares, by column.
func DeclaredBounds(meta *dataset.Metadata) map[string]dataset.Bounds {
	bounds := map[string]dataset.Bounds{}
	for _, c := range meta.Columns {
		if c.Bounds != nil {
			bounds[c.Name] = *c.Bounds
		}
	}
	return bounds
}

// SumVectors adds equal-length vectors element by element.
func SumVectors(vs [][]float64) []float64 {
	out := make([]float64, len(vs[0]))
	for _, v := range vs {
		for i, x := range v {
			out[i] += x
		}
	}
	return out
}
