package ml

import (
	"fmt"
	"math"
)

// ClipAndSum returns the sum over rows of each row's gradient at params, every
// gradient first scaled down to L2 norm at most clip. Replacing one row changes
// the sum by at most 2*clip in L2 norm: that is the sensitivity the dp package
// calibrates noise to. An owner calls it on its own rows once per round.
func ClipAndSum(l Learner, params []float64, rows []Example, clip float64) ([]float64, error) {
	if !(clip > 0) || math.IsInf(clip, 0) {
		return nil, fmt.Errorf("ml: clip norm must be finite and > 0, got %v", clip)
	}
	if err := checkShapes(l, params, rows); err != nil {
		return nil, err
	}
	sum := make([]float64, l.NumParams())
	grad := make([]float64, l.NumParams())
	for _, r := range rows {
		l.PerExampleGradient(params, r.X, r.Y, grad)
		scale := clipFactor(grad, clip)
		for i, g := range grad {
			sum[i] += g * scale
		}
	}
	return sum, nil
}

// clipFactor is min(1, clip/||grad||).
func clipFactor(grad []float64, clip float64) float64 {
	var sq float64
	for _, g := range grad {
		sq += g * g
	}
	norm := math.Sqrt(sq)
	if norm <= clip {
		return 1
	}
	return clip / norm
}

// checkShapes reports a params vector or a row that does not fit the learner.
func checkShapes(l Learner, params []float64, rows []Example) error {
	if len(params) != l.NumParams() {
		return fmt.Errorf("ml: params has %d values, the model needs %d", len(params), l.NumParams())
	}
	for i, r := range rows {
		if len(r.X) != l.NumFeatures() {
			return fmt.Errorf("ml: row %d has %d features, the model needs %d", i, len(r.X), l.NumFeatures())
		}
	}
	return nil
}
