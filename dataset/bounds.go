package dataset

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

// Bounds is a closed range [Lo, Hi] that an owner declares for a column
// from what the quantity can be, never from the rows. DP noise and feature
// scaling are calibrated to it, and values outside it are clipped. In JSON
// it is the array [lo, hi].
type Bounds struct{ Lo, Hi float64 }

// Validate checks that both ends are finite, Lo < Hi, and the width
// Hi - Lo is finite (it is the sensitivity of a clipped value).
func (b Bounds) Validate() error {
	switch {
	case math.IsNaN(b.Lo) || math.IsInf(b.Lo, 0) || math.IsNaN(b.Hi) || math.IsInf(b.Hi, 0):
		return fmt.Errorf("%w: %v is not finite", ErrBadBounds, b)
	case !(b.Lo < b.Hi):
		return fmt.Errorf("%w: %v: low end must be below high end", ErrBadBounds, b)
	case math.IsInf(b.Hi-b.Lo, 0):
		return fmt.Errorf("%w: %v: width overflows float64", ErrBadBounds, b)
	}
	return nil
}

// Width returns Hi - Lo.
func (b Bounds) Width() float64 { return b.Hi - b.Lo }

// Contains reports whether v lies in [Lo, Hi].
func (b Bounds) Contains(v float64) bool { return b.Lo <= v && v <= b.Hi }

// Clamp returns v clipped to [Lo, Hi].
func (b Bounds) Clamp(v float64) float64 { return min(max(v, b.Lo), b.Hi) }

// String formats b as [lo, hi] with each end in its shortest exact form.
func (b Bounds) String() string {
	return "[" + formatNumber(b.Lo) + ", " + formatNumber(b.Hi) + "]"
}

// MarshalJSON encodes b as [lo,hi]. It refuses invalid bounds.
func (b Bounds) MarshalJSON() ([]byte, error) {
	if err := b.Validate(); err != nil {
		return nil, fmt.Errorf("dataset: %w", err)
	}
	return json.Marshal([2]float64{b.Lo, b.Hi})
}

// UnmarshalJSON decodes [lo,hi]: an array of exactly two numbers that make
// valid bounds.
func (b *Bounds) UnmarshalJSON(data []byte) error {
	nb, err := decodeBounds(data)
	if err != nil {
		return fmt.Errorf("dataset: %w", err)
	}
	*b = nb
	return nil
}

func decodeBounds(data []byte) (Bounds, error) {
	var pair []float64
	if err := json.Unmarshal(data, &pair); err != nil || len(pair) != 2 {
		return Bounds{}, fmt.Errorf("%w: want [lo, hi], got %s", ErrBadBounds, quoteCell(string(data)))
	}
	b := Bounds{Lo: pair[0], Hi: pair[1]}
	return b, b.Validate()
}

// NarrowBounds returns the bounds a job may use for a column: requested,
// provided it lies within declared. A job may narrow the owner's bounds
// (clipping more) but never widen them, since the owner's declared range is
// what its privacy terms were set against. The error wraps ErrWidensBounds
// when requested reaches outside declared.
func NarrowBounds(declared, requested Bounds) (Bounds, error) {
	if err := declared.Validate(); err != nil {
		return Bounds{}, fmt.Errorf("dataset: declared bounds: %w", err)
	}
	if err := requested.Validate(); err != nil {
		return Bounds{}, fmt.Errorf("dataset: requested bounds: %w", err)
	}
	if requested.Lo < declared.Lo || requested.Hi > declared.Hi {
		return Bounds{}, fmt.Errorf("dataset: %w: requested %v, declared %v", ErrWidensBounds, requested, declared)
	}
	return requested, nil
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// JobBounds is the public clipping range of column name in a job over
// datasets described by metas, given the task's own bounds (task may be
// nil): when every dataset declares bounds for the column, the task's bounds
// narrowed to the hull of the declared ones, or that hull if the task gives
// none; otherwise the task's bounds, which it must then give. Errors name the
// column and the dataset (1-based) at fault.
func JobBounds(name string, task map[string]Bounds, metas []*Metadata) (Bounds, error) {
	hull, allDeclared := Bounds{Lo: math.MaxFloat64, Hi: -math.MaxFloat64}, true
	for i, m := range metas {
		if m == nil || !m.Has(name) {
			return Bounds{}, fmt.Errorf("column %q is not in the schema of dataset %d", name, i+1)
		}
		if d, ok := m.Bound(name); ok {
			hull = Bounds{Lo: min(hull.Lo, d.Lo), Hi: max(hull.Hi, d.Hi)}
		} else {
			allDeclared = false
		}
	}
	s, given := task[name]
	switch {
	case given && allDeclared:
		s = Bounds{Lo: max(s.Lo, hull.Lo), Hi: min(s.Hi, hull.Hi)}
	case allDeclared:
		s = hull
	case !given:
		return Bounds{}, fmt.Errorf(`column %q has no declared bounds in every dataset and none in field "bounds"`, name)
	}
	if err := s.Validate(); err != nil {
		return Bounds{}, fmt.Errorf(`column %q: the task's bounds do not overlap the declared bounds: %w`, name, err)
	}
	return s, nil
}
