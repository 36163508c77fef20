package fl

import "github.com/veil-market/veil/engine"

var _ engine.ColumnReader = Engine{}

// Columns implements engine.ColumnReader: an owner reads the model's
// features and its label, nothing else.
func (Engine) Columns(job *engine.Job, self int) ([]string, error) {
	st, err := setupOf(job)
	if err != nil {
		return nil, err
	}
	cols := st.initial.FeatureNames()
	return append(cols, st.initial.Label.Name), nil
}
