package ml

import (
	"fmt"
	"math"
	"slices"
)

// columnPositions returns where each name sits in columns, or an error naming
// the first missing one.
func columnPositions(columns, names []string) ([]int, error) {
	pos := make([]int, len(names))
	for i, name := range names {
		pos[i] = slices.Index(columns, name)
		if pos[i] < 0 {
			return nil, fmt.Errorf("ml: the data has no column %q", name)
		}
	}
	return pos, nil
}

func (m *Model) featureNames() []string {
	names := make([]string, len(m.Features))
	for i, c := range m.Features {
		names[i] = c.Name
	}
	return names
}

// scaledFeatures clips and scales the model's feature columns of every row.
func (m *Model) scaledFeatures(columns []string, rows [][]float64) ([][]float64, error) {
	pos, err := columnPositions(columns, m.featureNames())
	if err != nil {
		return nil, err
	}
	out := make([][]float64, len(rows))
	for r, row := range rows {
		if len(row) != len(columns) {
			return nil, fmt.Errorf("ml: row %d has %d values for %d columns", r, len(row), len(columns))
		}
		x := make([]float64, len(pos))
		for j, p := range pos {
			x[j] = scale(m.Features[j].Bounds, row[p])
		}
		out[r] = x
	}
	return out, nil
}

// nearestClass is the public rule that maps any label value to a class
// index for training: the class nearest to v, ties to the larger class (so
// with consecutive integer classes, v is rounded half up and clipped to the
// first and last class); NaN maps to the first class. A row whose label lies
// outside the classes (the buyer narrowed the label's bounds, or the owner's
// value breaks its declared type) is thereby trained on as its nearest class,
// exactly as a feature outside its bounds is clipped: no value can make an
// owner fail, and each row still contributes one clipped gradient.
func (m *Model) nearestClass(v float64) float64 {
	best := 0
	for k, c := range m.Classes {
		if d, bd := math.Abs(c-v), math.Abs(m.Classes[best]-v); d < bd || (d == bd && c > m.Classes[best]) {
			best = k
		}
	}
	return float64(best)
}

// encodeLabel turns a raw label value into the Learner's encoding, for
// evaluation (the caller's own data): a classifier's label must be one of its
// classes. Its error does not quote the value: it may be private data.
func (m *Model) encodeLabel(v float64) (float64, error) {
	if m.Type == TypeLinear {
		return scale(m.Label.Bounds, v), nil
	}
	k := slices.Index(m.Classes, v)
	if k < 0 {
		return 0, fmt.Errorf("the label is not one of the model's %d classes", len(m.Classes))
	}
	return float64(k), nil
}

// trainingLabel encodes a raw label for training, by public rules only:
// a linear label is clipped and scaled, a class label maps to its nearest
// class. It never fails.
func (m *Model) trainingLabel(v float64) float64 {
	if m.Type == TypeLinear {
		return scale(m.Label.Bounds, v)
	}
	return m.nearestClass(v)
}

// examplesFrom builds training rows: scaled features and the encoded label
// taken from column label. Its errors are about the table's shape (a missing
// column, a short row), never about a value.
func (m *Model) examplesFrom(columns []string, rows [][]float64, label string) ([]Example, error) {
	xs, err := m.scaledFeatures(columns, rows)
	if err != nil {
		return nil, err
	}
	pos, err := columnPositions(columns, []string{label})
	if err != nil {
		return nil, err
	}
	out := make([]Example, len(rows))
	for r, row := range rows {
		out[r] = Example{X: xs[r], Y: m.trainingLabel(row[pos[0]])}
	}
	return out, nil
}
