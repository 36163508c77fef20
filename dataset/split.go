package dataset

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// The splits below are for demos and benchmarks: they cut one table into
// parts that play the role of several owners, or into train and test sets.
// Each part keeps the rows in their original order and shares their
// storage with t. A nil rng draws from math/rand/v2's global source, which
// is not reproducible.

// SplitIID shuffles the rows and cuts them into n parts whose sizes differ
// by at most one. It returns nil if n < 1; parts are empty if n > Len().
func (t *Table) SplitIID(n int, rng *rand.Rand) []*Table {
	if n < 1 {
		return nil
	}
	perm := permutation(len(t.Rows), rng)
	return t.cut(perm, n)
}

// SplitByLabel sorts the rows by the label column (ties keep file order)
// and cuts them into n contiguous parts whose sizes differ by at most one:
// a non-IID split where each part sees a different range of labels.
func (t *Table) SplitByLabel(n int, label string) ([]*Table, error) {
	j, ok := t.Index(label)
	if !ok {
		return nil, fmt.Errorf("dataset: label: %w %q", ErrUnknownColumn, label)
	}
	if n < 1 || n > len(t.Rows) {
		return nil, fmt.Errorf("dataset: %w: cannot cut %d rows into %d parts", ErrBadSplit, len(t.Rows), n)
	}
	order := identity(len(t.Rows))
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(t.Rows[a][j], t.Rows[b][j]) })
	return t.cut(order, n), nil
}

// cut makes n parts of near-equal size from consecutive runs of order.
func (t *Table) cut(order []int, n int) []*Table {
	parts := make([]*Table, n)
	for p := range n {
		idx := order[p*len(order)/n : (p+1)*len(order)/n]
		slices.Sort(idx)
		parts[p] = t.subset(idx)
	}
	return parts
}

// StratifiedSplit puts round(testFrac × Len()) rows (at least one, and at
// least one fewer than all) into test and the rest into train. If the label
// is binary or integer, each class value gets its share of test rows (the
// floor of its exact share, plus one for the classes with the largest
// remainders, so the total is exact); for a real label, where classes do
// not exist, the rows are drawn at random without stratification.
func (t *Table) StratifiedSplit(label string, testFrac float64, rng *rand.Rand) (train, test *Table, err error) {
	j, ok := t.Index(label)
	if !ok {
		return nil, nil, fmt.Errorf("dataset: label: %w %q", ErrUnknownColumn, label)
	}
	if !(testFrac > 0 && testFrac < 1) {
		return nil, nil, fmt.Errorf("dataset: %w: test fraction %v is not in (0, 1)", ErrBadSplit, testFrac)
	}
	if len(t.Rows) < 2 {
		return nil, nil, fmt.Errorf("dataset: %w: %d rows cannot make two parts", ErrBadSplit, len(t.Rows))
	}
	want := min(max(int(math.Round(testFrac*float64(len(t.Rows)))), 1), len(t.Rows)-1)
	var inTest []bool
	if t.labelKind(j) == kindReal {
		inTest = drawTest([][]int{identity(len(t.Rows))}, []int{want}, len(t.Rows), rng)
	} else {
		classes := t.classes(j)
		inTest = drawTest(classes, quotas(classes, testFrac, want), len(t.Rows), rng)
	}
	var trainIdx, testIdx []int
	for i, in := range inTest {
		if in {
			testIdx = append(testIdx, i)
		} else {
			trainIdx = append(trainIdx, i)
		}
	}
	return t.subset(trainIdx), t.subset(testIdx), nil
}

func (t *Table) labelKind(j int) kind {
	k := kindBinary
	for _, row := range t.Rows {
		k = k.observe(row[j])
	}
	return k
}

// classes groups row indices by label value, in increasing label order.
func (t *Table) classes(j int) [][]int {
	byValue := make(map[float64][]int)
	for i, row := range t.Rows {
		byValue[row[j]] = append(byValue[row[j]], i)
	}
	values := make([]float64, 0, len(byValue))
	for v := range byValue {
		values = append(values, v)
	}
	slices.Sort(values)
	out := make([][]int, len(values))
	for k, v := range values {
		out[k] = byValue[v]
	}
	return out
}

// quotas shares want test rows among classes by the largest remainder
// method: each class gets the floor of frac × its size, and the rows left
// over go one each to the classes with the largest fractional parts (ties
// to the smaller label).
func quotas(classes [][]int, frac float64, want int) []int {
	q := make([]int, len(classes))
	rem := make([]float64, len(classes))
	given := 0
	for c, rows := range classes {
		exact := frac * float64(len(rows))
		q[c] = min(int(math.Floor(exact)), len(rows))
		rem[c] = exact - float64(q[c])
		given += q[c]
	}
	order := identity(len(classes))
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(rem[b], rem[a]) })
	// want-given is between 0 and len(classes) (each remainder is below
	// one); the clamps only guard against floating-point extremes.
	for _, c := range order[:min(max(want-given, 0), len(order))] {
		q[c] = min(q[c]+1, len(classes[c]))
	}
	return q
}

// drawTest marks quota[c] rows of each group, chosen at random, as test rows.
func drawTest(groups [][]int, quota []int, n int, rng *rand.Rand) []bool {
	inTest := make([]bool, n)
	for g, rows := range groups {
		for _, k := range permutation(len(rows), rng)[:quota[g]] {
			inTest[rows[k]] = true
		}
	}
	return inTest
}

func permutation(n int, rng *rand.Rand) []int {
	if rng == nil {
		return rand.Perm(n)
	}
	return rng.Perm(n)
}

func identity(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
