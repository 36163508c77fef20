package ml

import (
	"fmt"

	"github.com/veil-market/veil/dataset"
)

// Examples prepares t's rows for training: the model's features, clipped and
// scaled by their bounds, and the label column (m.Label.Name) encoded for the
// Learner, a class label mapped to its nearest class (nearestClass). A
// missing column is an error naming it; no value is.
func (m *Model) Examples(t *dataset.Table) ([]Example, error) {
	return m.examplesFrom(t.Columns, t.Rows, m.Label.Name)
}

// Evaluate scores m on t, whose column label holds the true values (the
// model's own label column when label is empty). A feature or label column
// missing from t is an error naming it.
func Evaluate(m *Model, t *dataset.Table, label string) (Metrics, error) {
	return m.evaluateFrom(t.Columns, t.Rows, label)
}

// Predict returns one prediction per row of t: the predicted class value for
// classifiers, the predicted label in its own units for linear models. t
// needs the model's feature columns only; a missing one is an error naming it.
func Predict(m *Model, t *dataset.Table) ([]float64, error) {
	return m.predictFrom(t.Columns, t.Rows)
}

// ExamplesInPlace is Examples for a table the caller gives up: each row's
// scaled features are written over the row's first values and the example's
// X aliases them, so the examples cost no copy of the data. t must not be
// used afterwards.
func (m *Model) ExamplesInPlace(t *dataset.Table) ([]Example, error) {
	pos, err := columnPositions(t.Columns, m.featureNames())
	if err != nil {
		return nil, err
	}
	lab, err := columnPositions(t.Columns, []string{m.Label.Name})
	if err != nil {
		return nil, err
	}
	out := make([]Example, len(t.Rows))
	x := make([]float64, len(pos))
	for r, row := range t.Rows {
		if len(row) != len(t.Columns) || len(row) < len(pos) {
			return nil, fmt.Errorf("ml: row %d has %d values for %d columns", r, len(row), len(t.Columns))
		}
		y := m.trainingLabel(row[lab[0]])
		for j, p := range pos {
			x[j] = scale(m.Features[j].Bounds, row[p])
		}
		n := copy(row, x)
		out[r] = Example{X: row[:n:n], Y: y}
	}
	return out, nil
}

// FeatureNames lists the model's feature columns, in order.
func (m *Model) FeatureNames() []string { return m.featureNames() }
