package ml

import (
	"fmt"
	"math"
)

// TrainingInfo records how a model was trained, so that a buyer can see the
// privacy it was trained under. It is informational: nothing in ml recomputes
// privacy from it.
type TrainingInfo struct {
	// Engine is "fl" for federated DP training or "central" for a
	// non-private baseline.
	Engine string `json:"engine"`
	// Epsilon and Delta are the (ε, δ)-DP guarantee for replace-one
	// neighbouring datasets; zero for a non-private model.
	Epsilon float64 `json:"epsilon"`
	Delta   float64 `json:"delta"`
	// Accountant names how ε was computed (e.g. "rdp-classic").
	Accountant string `json:"accountant,omitempty"`
	// NoiseMultiplier is the noise standard deviation divided by the L2
	// sensitivity 2*Clip of one round's sum.
	NoiseMultiplier float64 `json:"noise_multiplier"`
	// Config is how the model was trained (for "central" models only
	// Rounds, Optimizer and LearningRate are meaningful).
	Config TrainConfig `json:"config"`
	Rows   int         `json:"rows"`
	Owners int         `json:"owners"`
}

// Check reports a field that is negative or not finite, or an unknown engine.
func (t *TrainingInfo) Check() error {
	if t.Engine != "fl" && t.Engine != "central" {
		return fmt.Errorf("ml: training engine %q is neither \"fl\" nor \"central\"", t.Engine)
	}
	floats := []struct {
		name string
		v    float64
	}{{"epsilon", t.Epsilon}, {"delta", t.Delta}, {"noise_multiplier", t.NoiseMultiplier},
		{"learning_rate", t.Config.LearningRate}, {"clip", t.Config.Clip}, {"gamma", t.Config.Gamma},
		{"beta1", t.Config.Beta1}, {"beta2", t.Config.Beta2}, {"adam_epsilon", t.Config.AdamEpsilon}}
	for _, f := range floats {
		if !(f.v >= 0) || math.IsInf(f.v, 0) {
			return fmt.Errorf("ml: training %s must be finite and >= 0, got %v", f.name, f.v)
		}
	}
	if o := t.Config.Optimizer; o != "" && o != OptimizerGD && o != OptimizerAdam {
		return fmt.Errorf("ml: training optimizer %q is neither %q nor %q", o, OptimizerGD, OptimizerAdam)
	}
	if t.Delta >= 1 {
		return fmt.Errorf("ml: training delta must be < 1, got %v", t.Delta)
	}
	if t.Config.Rounds < 0 || t.Rows < 0 || t.Owners < 0 {
		return fmt.Errorf("ml: training rounds, rows and owners must be >= 0, got %d, %d, %d", t.Config.Rounds, t.Rows, t.Owners)
	}
	return nil
}
