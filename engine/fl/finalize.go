package fl

import (
	"context"
	"fmt"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/ml"
)

// Finalize implements engine.Engine: the payload is the model's parameters;
// the buyer gets the model file, with its scaling and training information.
func (Engine) Finalize(ctx context.Context, job *engine.Job, payload []byte, env engine.BuyerEnv) (*engine.Output, error) {
	st, err := setupOf(job)
	if err != nil {
		return nil, err
	}
	params, err := ml.ParseCanonicalParams(payload)
	if err != nil {
		return nil, fmt.Errorf("fl: the result: %w", err)
	}
	m, err := st.model(params, job)
	if err != nil {
		return nil, err
	}
	data, err := m.Encode()
	if err != nil {
		return nil, err
	}
	summary := fmt.Sprintf("%s model of %s over %d features, %d rounds, (ε=%g, δ=%g)-DP, noise multiplier %.3g",
		st.Model, st.Label, len(st.Features), st.Config.Rounds, st.Epsilon, st.Delta, st.NoiseMultiplier)
	return &engine.Output{Data: data, Extension: ".json", Summary: summary}, nil
}

// model is the initial model with params and the training information.
func (st *Setup) model(params []float64, job *engine.Job) (*ml.Model, error) {
	enc, err := st.initial.Encode()
	if err != nil {
		return nil, err
	}
	m, err := ml.Decode(enc)
	if err != nil {
		return nil, err
	}
	if err := m.SetParams(params); err != nil {
		return nil, fmt.Errorf("fl: the result does not fit the model: %w", err)
	}
	m.Training = &ml.TrainingInfo{Engine: "fl", Epsilon: st.Epsilon, Delta: st.Delta, Accountant: st.Accountant,
		NoiseMultiplier: st.NoiseMultiplier, Config: st.Config, Rows: job.Rows(), Owners: len(job.Owners)}
	return m, nil
}
