package ml

import (
	"fmt"
	"math"

	"github.com/veil-market/veil/dataset"
)

// MaxClasses bounds the classes IntegerClasses returns.
const MaxClasses = 1000

// IntegerClasses returns the integers in b, in order: the classes of a label
// whose public schema says it is binary or integer and whose declared bounds
// are b (for instance [0, 1] gives 0 and 1). A job spec carries no class
// list, so this is how the engine learns it without looking at the rows.
func IntegerClasses(b dataset.Bounds) ([]float64, error) {
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("ml: label bounds: %w", err)
	}
	lo, hi := math.Ceil(b.Lo), math.Floor(b.Hi)
	if hi-lo+1 < 2 || hi-lo+1 > MaxClasses {
		return nil, fmt.Errorf("ml: label bounds %v hold %v integers, need 2 to %d classes", b, math.Max(hi-lo+1, 0), MaxClasses)
	}
	out := make([]float64, 0, int(hi-lo)+1)
	for v := lo; v <= hi; v++ {
		out = append(out, v)
	}
	return out, nil
}
