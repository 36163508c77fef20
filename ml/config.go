package ml

import (
	"fmt"
	"math"
)

// Optimizers a TrainConfig can name.
const (
	OptimizerGD   = "gd"   // params -= lr * mean gradient
	OptimizerAdam = "adam" // Kingma and Ba, ICLR 2015, with bias correction
)

// TrainConfig is how the fl engine trains a model: Rounds rounds, each one
// noised full-batch gradient sum turned into an update by the optimizer. It is
// a value: copy it and change fields, the defaults are never shared.
type TrainConfig struct {
	Rounds       int     `json:"rounds"`
	Optimizer    string  `json:"optimizer"`
	LearningRate float64 `json:"learning_rate"`
	// Clip is the per-example L2 clip norm C: one round's sum has sensitivity
	// 2C under replace-one neighbours.
	Clip float64 `json:"clip"`
	// Gamma scales a clipped sum before it is rounded to integers for secure
	// aggregation: one row's clipped gradient spans Clip*Gamma integer units.
	Gamma float64 `json:"gamma"`
	// Momentum is the heavy-ball coefficient of "gd" in [0, 1): the step
	// follows v = Momentum*v + mean gradient. Unused by "adam".
	Momentum float64 `json:"momentum,omitempty"`
	// Beta1, Beta2 and AdamEpsilon are Adam's moment decays and denominator
	// offset; unused by "gd".
	Beta1       float64 `json:"beta1,omitempty"`
	Beta2       float64 `json:"beta2,omitempty"`
	AdamEpsilon float64 `json:"adam_epsilon,omitempty"`
}

// DefaultTrainConfig returns the tuned defaults for a model type
// (docs/fl-accuracy.md has the measurements behind them). For an unknown type
// it returns the zero TrainConfig, which Check refuses.
func DefaultTrainConfig(modelType string) TrainConfig {
	adam := TrainConfig{Optimizer: OptimizerAdam, Beta1: 0.9, Beta2: 0.999, AdamEpsilon: 1e-8}
	switch modelType {
	case TypeLogistic, TypeSoftmax:
		adam.Rounds, adam.LearningRate, adam.Clip = 30, 0.5, 0.05
	case TypeLinear:
		adam.Rounds, adam.LearningRate, adam.Clip = 50, 0.02, 0.1
	case TypeMLP:
		adam.Rounds, adam.LearningRate, adam.Clip = 40, 0.05, 0.05
	default:
		return TrainConfig{}
	}
	adam.Gamma = gammaUnits / adam.Clip
	return adam
}

// gammaUnits is how many integer units one clipped row spans by default:
// rounding then adds at most sqrt(d) units to a sum's sensitivity of
// 2*gammaUnits, under 0.3% for d <= 31 and 1% for d <= 400.
const gammaUnits = 1024

// Check reports a field out of range.
func (c TrainConfig) Check() error {
	switch {
	case c.Rounds < 1:
		return fmt.Errorf("ml: rounds must be >= 1, got %d", c.Rounds)
	case c.Optimizer != OptimizerGD && c.Optimizer != OptimizerAdam:
		return fmt.Errorf("ml: optimizer %q is neither %q nor %q", c.Optimizer, OptimizerGD, OptimizerAdam)
	case !positiveFinite(c.LearningRate):
		return fmt.Errorf("ml: learning rate must be finite and > 0, got %v", c.LearningRate)
	case !positiveFinite(c.Clip):
		return fmt.Errorf("ml: clip must be finite and > 0, got %v", c.Clip)
	case !positiveFinite(c.Gamma):
		return fmt.Errorf("ml: gamma must be finite and > 0, got %v", c.Gamma)
	}
	if c.Optimizer == OptimizerAdam {
		return c.checkAdam()
	}
	if !(c.Momentum >= 0 && c.Momentum < 1) {
		return fmt.Errorf("ml: momentum must be in [0, 1), got %v", c.Momentum)
	}
	return nil
}

func (c TrainConfig) checkAdam() error {
	switch {
	case !(c.Beta1 >= 0 && c.Beta1 < 1):
		return fmt.Errorf("ml: beta1 must be in [0, 1), got %v", c.Beta1)
	case !(c.Beta2 >= 0 && c.Beta2 < 1):
		return fmt.Errorf("ml: beta2 must be in [0, 1), got %v", c.Beta2)
	case !positiveFinite(c.AdamEpsilon):
		return fmt.Errorf("ml: adam epsilon must be finite and > 0, got %v", c.AdamEpsilon)
	}
	return nil
}

func positiveFinite(x float64) bool { return x > 0 && !math.IsInf(x, 0) }
