package suffstat

import (
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/veil-market/veil/dataset"
)

// loadDataset reads ../testdata/NAME.csv and its declared bounds.
func loadDataset(t tester, name string) (*dataset.Table, *dataset.Metadata) {
	t.Helper()
	dir := filepath.Join("..", "testdata")
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

// withoutNoise returns a copy of the plan whose owners add no noise.
func withoutNoise(p *Layout) *Layout {
	q := *p
	q.groups = append([]group(nil), p.groups...)
	for i := range q.groups {
		q.groups[i].shareSigma = 0
	}
	return &q
}

// contributions runs EncodeContribution for every owner table.
func contributions(t tester, p *Layout, tables []*dataset.Table, seed uint64) [][]float64 {
	t.Helper()
	var out [][]float64
	for i, tab := range tables {
		v, err := p.EncodeContribution(tab, dpSampler(seed+uint64(i)))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v.Values())
	}
	return out
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

func declaredBounds(meta *dataset.Metadata) map[string]dataset.Bounds {
	bounds := map[string]dataset.Bounds{}
	for _, c := range meta.Columns {
		if c.Bounds != nil {
			bounds[c.Name] = *c.Bounds
		}
	}
	return bounds
}
