package ml

import (
	"fmt"
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

// encodeLabel turns a raw label value into the Learner's encoding. Its error
// does not quote the value: it may be an owner's private data.
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

// examplesFrom builds training rows: scaled features and the encoded label
// taken from column label.
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
		y, err := m.encodeLabel(row[pos[0]])
		if err != nil {
			return nil, fmt.Errorf("ml: row %d column %q: %w", r, label, err)
		}
		out[r] = Example{X: xs[r], Y: y}
	}
	return out, nil
}
