package release

import (
	"fmt"
	"io"
	"math"

	"github.com/veil-market/veil/dp"
)

// gridUnits is γ·C: how many integer units one row's largest contribution
// spans on the fixed-point grid. 2¹⁶ keeps the rounding's share of the
// sensitivity (2√d against 2·2¹⁶) below 0.1% for d ≤ 4096, and n rows stay
// far below 2⁶² (MaxRows · (2¹⁶ + 64) < 2⁵⁷), so integer sums never wrap.
const gridUnits = 1 << 16

// mechanism turns per-row outputs into an exact integer sum whose L2
// sensitivity (one row replaced) is known from the plan alone, and that sum
// plus noise into the released numbers.
type mechanism interface {
	outLen() int          // numbers the host reads back from one call
	width() int           // numbers in the release
	sensitivity() float64 // L2, in grid units
	newSum(seed io.Reader) (rowSum, error)
	decode(noisy []int64, rows int) []float64 // grid units to the plan's units
	scale() float64                           // grid units per plan unit (σ/scale is the noise in plan units)
}

// rowSum accumulates rows; ok is false for a failed call (the zero contribution).
type rowSum interface {
	add(out []float64, ok bool)
	sum() []int64
}

func newMechanism(r *Release) (mechanism, error) {
	switch r.Mechanism {
	case Count:
		return countMech{}, nil
	case Sum:
		return newSumMech(r.Bounds[0], r.Bounds[1])
	case Histogram:
		return histMech{edges: r.Edges}, nil
	case Vector:
		return newVectorMech(r.Dim, r.Clip)
	}
	return nil, fmt.Errorf("%w: unknown mechanism %q", ErrPlan, r.Mechanism)
}

// countMech: a row counts when its value is neither 0 nor NaN. Replacing a
// row changes the count by at most 1.
type countMech struct{}

func (countMech) outLen() int                           { return 1 }
func (countMech) width() int                            { return 1 }
func (countMech) sensitivity() float64                  { return 1 }
func (countMech) scale() float64                        { return 1 }
func (countMech) newSum(io.Reader) (rowSum, error)      { return &intSum{v: make([]int64, 1)}, nil }
func (countMech) decode(noisy []int64, _ int) []float64 { return toFloat(noisy, 1) }
func boolBin(v float64) int {
	if v != 0 && !math.IsNaN(v) {
		return 0
	}
	return -1
}

// histMech: a row adds 1 to the bin its value falls in (values below the
// first edge count in the first bin, values at or above the last in the
// last, NaN in none). Replacing a row moves at most one unit between two
// bins: L2 sensitivity √2.
type histMech struct{ edges []float64 }

func (h histMech) outLen() int          { return 1 }
func (h histMech) width() int           { return len(h.edges) - 1 }
func (h histMech) sensitivity() float64 { return math.Sqrt2 }
func (h histMech) scale() float64       { return 1 }
func (h histMech) newSum(io.Reader) (rowSum, error) {
	return &intSum{v: make([]int64, h.width()), bin: h.bin}, nil
}
func (h histMech) decode(noisy []int64, _ int) []float64 {
	return toFloat(noisy, 1)
}

// bin finds the bin by a fixed number of comparisons (every edge is
// looked at), so the time does not depend on the value.
func (h histMech) bin(out []float64) int {
	v := out[0]
	if math.IsNaN(v) {
		return -1
	}
	b := 0
	for _, e := range h.edges[1 : len(h.edges)-1] {
		if v >= e {
			b++
		}
	}
	return b
}

// intSum counts rows into bins (count has one bin).
type intSum struct {
	v   []int64
	bin func([]float64) int
}

func (s *intSum) add(out []float64, ok bool) {
	if !ok {
		return
	}
	b := boolBin(out[0])
	if s.bin != nil {
		b = s.bin(out)
	}
	if b >= 0 {
		s.v[b]++
	}
}

func (s *intSum) sum() []int64 { return append([]int64(nil), s.v...) }

// sumMech: the value is clamped to [lo, hi] and centred, |v − c| ≤ h with
// c = (lo+hi)/2 and h = (hi−lo)/2, then summed on the grid γ = 2¹⁶/h.
// Replacing a row changes the centred sum by at most 2h: in grid units
// dp.RoundedSensitivity(2h, γ, 1). The release adds back n·c (n public).
type sumMech struct {
	lo, hi, c, h, gamma, sens float64
}

func newSumMech(lo, hi float64) (mechanism, error) {
	c, h := lo+(hi-lo)/2, (hi-lo)/2
	gamma := gridUnits / h
	sens, err := dp.RoundedSensitivity(2*h, gamma, 1)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPlan, err)
	}
	return sumMech{lo: lo, hi: hi, c: c, h: h, gamma: gamma, sens: sens}, nil
}

func (m sumMech) outLen() int          { return 1 }
func (m sumMech) width() int           { return 1 }
func (m sumMech) sensitivity() float64 { return m.sens }
func (m sumMech) scale() float64       { return m.gamma }
func (m sumMech) newSum(seed io.Reader) (rowSum, error) {
	f, err := dp.NewFixedPointSum(1, m.h, m.gamma, seed)
	if err != nil {
		return nil, err
	}
	return &fixedSum{f: f, prep: m.centre, zero: []float64{0}}, nil
}

// centre clamps (NaN to the centre) and centres one value.
func (m sumMech) centre(out []float64) []float64 {
	v := out[0]
	if math.IsNaN(v) {
		v = m.c
	}
	return []float64{min(max(v, m.lo), m.hi) - m.c}
}

func (m sumMech) decode(noisy []int64, rows int) []float64 {
	return []float64{float64(noisy[0])/m.gamma + float64(rows)*m.c}
}

// vectorMech: the vector is scaled down to L2 norm clip (a non-finite
// vector becomes zero) and summed on the grid γ = 2¹⁶/clip; sensitivity
// dp.RoundedSensitivity(2·clip, γ, d).
type vectorMech struct {
	dim               int
	clip, gamma, sens float64
}

func newVectorMech(dim int, clip float64) (mechanism, error) {
	gamma := gridUnits / clip
	sens, err := dp.RoundedSensitivity(2*clip, gamma, dim)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPlan, err)
	}
	return vectorMech{dim: dim, clip: clip, gamma: gamma, sens: sens}, nil
}

func (m vectorMech) outLen() int          { return m.dim }
func (m vectorMech) width() int           { return m.dim }
func (m vectorMech) sensitivity() float64 { return m.sens }
func (m vectorMech) scale() float64       { return m.gamma }
func (m vectorMech) newSum(seed io.Reader) (rowSum, error) {
	f, err := dp.NewFixedPointSum(m.dim, m.clip, m.gamma, seed)
	if err != nil {
		return nil, err
	}
	return &fixedSum{f: f, prep: m.clipped, zero: make([]float64, m.dim)}, nil
}

func (m vectorMech) clipped(out []float64) []float64 { return ClipNorm(out, m.clip) }

func (m vectorMech) decode(noisy []int64, _ int) []float64 { return toFloat(noisy, m.gamma) }

// ClipNorm returns v scaled down to L2 norm at most c; a vector with a
// non-finite coordinate (or norm) becomes zero.
func ClipNorm(v []float64, c float64) []float64 {
	out := make([]float64, len(v))
	var n2 float64
	for _, x := range v {
		n2 += x * x
	}
	n := math.Sqrt(n2)
	if math.IsNaN(n) || math.IsInf(n, 0) {
		return out
	}
	f := 1.0
	if n > c {
		f = c / n
	}
	for i, x := range v {
		out[i] = x * f
	}
	return out
}

// fixedSum adds prepared rows on the fixed-point grid (dp.FixedPointSum).
type fixedSum struct {
	f    *dp.FixedPointSum
	prep func([]float64) []float64
	zero []float64
}

func (s *fixedSum) add(out []float64, ok bool) {
	if !ok {
		s.f.Add(s.zero)
		return
	}
	s.f.Add(s.prep(out))
}

func (s *fixedSum) sum() []int64 { return s.f.Sum() }

func toFloat(v []int64, gamma float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x) / gamma
	}
	return out
}
