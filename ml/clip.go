package ml

import (
	"fmt"
	"math"
)

// ClipEach calls add with each row's gradient at params, scaled down to L2
// norm at most clip (in exact arithmetic; float rounding may leave it a few
// ulps above). The slice is reused between calls. The fl engine passes each
// clipped gradient to a dp.FixedPointSum, so that the sum the privacy proof
// reasons about is computed exactly (docs/dp.md §6). Its errors depend only
// on shapes, never on the rows' values.
func ClipEach(l Learner, params []float64, rows []Example, clip float64, add func(grad []float64)) error {
	if !(clip > 0) || math.IsInf(clip, 0) {
		return fmt.Errorf("ml: clip norm must be finite and > 0, got %v", clip)
	}
	if err := checkShapes(l, params, rows); err != nil {
		return err
	}
	grad := make([]float64, l.NumParams())
	for _, r := range rows {
		l.PerExampleGradient(params, r.X, r.Y, grad)
		scale := clipFactor(grad, clip)
		for i := range grad {
			grad[i] *= scale
		}
		add(grad)
	}
	return nil
}

// ClipAndSum returns the float sum over rows of each row's clipped gradient
// (ClipEach). Replacing one row changes the exact sum by at most 2*clip in L2
// norm; the float sum adds rounding error on top, so private training sums
// with a dp.FixedPointSum instead. ClipAndSum is for non-private uses.
func ClipAndSum(l Learner, params []float64, rows []Example, clip float64) ([]float64, error) {
	sum := make([]float64, l.NumParams())
	err := ClipEach(l, params, rows, clip, func(g []float64) {
		for i, v := range g {
			sum[i] += v
		}
	})
	if err != nil {
		return nil, err
	}
	return sum, nil
}

// clipFactor is min(1, clip/||grad||).
func clipFactor(grad []float64, clip float64) float64 {
	var sq float64
	for _, g := range grad {
		sq = float64(sq + float64(g*g)) // no fused multiply-add: the same bits everywhere
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
