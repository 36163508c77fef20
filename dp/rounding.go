package dp

import (
	"crypto/rand"
	"fmt"
	"io"
	"math"
	mrand "math/rand/v2"
)

// RowBound returns B = γ·C + √d, the largest L2 norm a row clipped to norm C
// can have once scaled by γ and each coordinate rounded to an adjacent
// integer (each coordinate moves by less than 1).
func RowBound(clip, gamma float64, dim int) (float64, error) {
	if err := checkPositive("clip", clip); err != nil {
		return 0, err
	}
	if err := checkPositive("gamma", gamma); err != nil {
		return 0, err
	}
	if err := checkCount("dimension", dim); err != nil {
		return 0, err
	}
	b := gamma*clip + math.Sqrt(float64(dim))
	if !finite(b) || float64(dim)*(b+1)*(b+1) >= 1<<63 {
		return 0, errParam("gamma*clip = %v over %d dimensions leaves no room in 64-bit squared norms", gamma*clip, dim)
	}
	return b, nil
}

// RoundedSensitivity returns the L2 sensitivity, in the integer domain, of a
// FixedPointSum of rows clipped to norm C (pass l2Sensitivity = 2C, the
// replace-one sensitivity of the real sum) and scaled by gamma:
//
//	Δ = gamma·l2Sensitivity + 2√dim = 2·RowBound(C, gamma, dim).
//
// Replacing one row replaces one rounded row vector by another; each has
// squared norm at most FixedPointSum's limit T ≤ B² (checked exactly, in
// integers), so the two sums differ by at most 2√T ≤ Δ whatever the rounding
// outcomes and whatever the other rows: it holds with probability 1 and so
// needs no δ (docs/dp.md §6).
func RoundedSensitivity(l2Sensitivity, gamma float64, dim int) (float64, error) {
	if err := checkNonNegative("L2 sensitivity", l2Sensitivity); err != nil {
		return 0, err
	}
	if err := checkPositive("gamma", gamma); err != nil {
		return 0, err
	}
	if err := checkCount("dimension", dim); err != nil {
		return 0, err
	}
	delta := gamma*l2Sensitivity + 2*math.Sqrt(float64(dim))
	if !finite(delta) {
		return 0, errParam("gamma*sensitivity overflows: gamma=%v sensitivity=%v", gamma, l2Sensitivity)
	}
	return delta, nil
}

// FixedPointSum sums per-row vectors exactly on the integer grid: each row is
// scaled by γ and every coordinate randomly rounded to an adjacent integer
// (up with probability equal to its fractional part, so E[row] = γ·v up to
// 2⁻⁵³ per coordinate), its squared L2 norm is computed exactly in integers
// and compared with the public limit T ≤ (γC + √d)², and the row is added in
// 64-bit integers, which wrap modulo 2⁶⁴ — exact modulo 2^k for every
// secure-aggregation modulus k ≤ 64, the only way the sum is used.
//
// A row that breaks the limit (only possible through float rounding in its
// clipping, or a non-finite value) is replaced by the zero vector: a public
// rule, not an error, so no row's value can make an owner abort, and the
// limit holds for every row that is added. Every row costs the same
// operations whatever its values, so the time to sum does not depend on
// them beyond the float unit's own timing.
//
// Privacy never depends on the rounding randomness (the sensitivity bound
// holds for every outcome), so it comes from a ChaCha8 stream seeded from the
// caller's source: fast, and reproducible in tests.
type FixedPointSum struct {
	gamma  float64
	limit  uint64  // T: the largest squared L2 norm of an added row
	maxAbs float64 // √T: a coordinate beyond it cannot belong to such a row
	rng    *mrand.ChaCha8
	sum    []int64
	row    []int64
	zeroed int
}

// NewFixedPointSum returns an empty sum of dim-coordinate rows clipped to
// norm clip and scaled by gamma, whose rounding is seeded with 32 bytes of
// seed (crypto/rand when nil).
func NewFixedPointSum(dim int, clip, gamma float64, seed io.Reader) (*FixedPointSum, error) {
	t, err := RowLimit(clip, gamma, dim)
	if err != nil {
		return nil, err
	}
	if seed == nil {
		seed = rand.Reader
	}
	var key [32]byte
	if _, err := io.ReadFull(seed, key[:]); err != nil {
		return nil, fmt.Errorf("dp: reading the rounding seed: %w", err)
	}
	return &FixedPointSum{gamma: gamma, limit: t, maxAbs: math.Sqrt(float64(t)), rng: mrand.NewChaCha8(key),
		sum: make([]int64, dim), row: make([]int64, dim)}, nil
}

// RowLimit returns T = ⌊B²·(1 − 2⁻⁴⁰)⌋ for B = RowBound(clip, gamma, dim):
// the limit on a rounded row's squared norm. The factor keeps T ≤ B² for the
// exact B although B is computed in float64, so that 2√T ≤ RoundedSensitivity.
func RowLimit(clip, gamma float64, dim int) (uint64, error) {
	b, err := RowBound(clip, gamma, dim)
	if err != nil {
		return 0, err
	}
	return uint64(math.Floor(b * b * (1 - 0x1p-40))), nil
}

// Add rounds γ·v and adds it; a v of another length counts as a zero row.
func (f *FixedPointSum) Add(v []float64) {
	ok := len(v) == len(f.row)
	var norm2 uint64
	for i := range f.row {
		y := 0.0
		if ok {
			y = v[i] * f.gamma
		}
		if !(math.Abs(y) <= f.maxAbs) { // also NaN
			ok, y = false, 0
		}
		fl := math.Floor(y)
		r := int64(fl)
		if float64(f.rng.Uint64()>>11)*0x1p-53 < y-fl { // up with probability y − ⌊y⌋, to 2⁻⁵³
			r++
		}
		f.row[i] = r
		norm2 += uint64(r * r)
	}
	if !ok || norm2 > f.limit {
		f.zeroed++
		return
	}
	for i, r := range f.row {
		f.sum[i] += r
	}
}

// Sum returns the sum so far, modulo 2⁶⁴ (as two's-complement int64).
func (f *FixedPointSum) Sum() []int64 { return append([]int64(nil), f.sum...) }

// Zeroed returns how many rows were replaced by zero. It is the caller's
// own information: never send it to a peer.
func (f *FixedPointSum) Zeroed() int { return f.zeroed }
