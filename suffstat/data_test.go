package suffstat

import (
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/internal/testfixture"
)

// The helpers shared with the he engine's and mhe's tests (internal/testfixture).
var (
	split          = testfixture.Split
	repeatMeta     = testfixture.Repeat[*dataset.Metadata]
	declaredBounds = testfixture.DeclaredBounds
	sumVectors     = testfixture.SumVectors
)

// loadDataset reads the repository's testdata/NAME.csv and its declared bounds.
func loadDataset(t tester, name string) (*dataset.Table, *dataset.Metadata) {
	t.Helper()
	return testfixture.Dataset(t, name)
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
