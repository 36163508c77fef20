package sampledata

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/veil-market/veil/dataset"
)

// Split draws a test set of round(testFrac × rows) rows with a generator
// seeded by seed: stratified by label for classification (dataset's
// StratifiedSplit), uniformly at random for regression. dataset stratifies
// any integer-valued label, which for a numeric target such as diabetes'
// progression puts most test rows at small values, so regression needs the
// plain random split that testdata/README.md's figures used.
func Split(t *dataset.Table, label string, testFrac float64, seed uint64, stratify bool) (train, test *dataset.Table, err error) {
	rng := rand.New(rand.NewPCG(seed, 0))
	if stratify {
		return t.StratifiedSplit(label, testFrac, rng)
	}
	perm := rng.Perm(len(t.Rows))
	k := int(math.Round(testFrac * float64(len(t.Rows))))
	return pick(t, perm[k:]), pick(t, perm[:k]), nil
}

// pick returns the rows at idx, in file order, sharing their storage.
func pick(t *dataset.Table, idx []int) *dataset.Table {
	idx = slices.Clone(idx)
	slices.Sort(idx)
	out := &dataset.Table{Columns: t.Columns, Rows: make([][]float64, len(idx))}
	for i, k := range idx {
		out.Rows[i] = t.Rows[k]
	}
	return out
}
