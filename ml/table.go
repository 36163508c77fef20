package ml

import "github.com/veil-market/veil/dataset"

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
