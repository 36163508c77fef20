package ml

import (
	"math"

	"github.com/veil-market/veil/dataset"
)

// scale clips v to b and maps [b.Lo, b.Hi] affinely onto [-1, 1]. The bounds
// are public (declared by the owners, possibly narrowed by the job spec), so
// the scaling reveals nothing about the rows. Centring on the middle of the
// range gives weights the same footing as the intercept; docs/fl-accuracy.md
// measures [0, 1] against it.
// A NaN (which a validated table never holds) maps to the low end, so the
// result is always in [-1, 1].
func scale(b dataset.Bounds, v float64) float64 {
	if math.IsNaN(v) {
		v = b.Lo
	}
	return 2*(b.Clamp(v)-b.Lo)/b.Width() - 1
}

// unscale maps a value of [-1, 1] back to the column's units, without
// clipping: a linear model may predict outside its label's bounds.
func unscale(b dataset.Bounds, s float64) float64 {
	return b.Lo + (s+1)/2*b.Width()
}
