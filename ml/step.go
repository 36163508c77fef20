package ml

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// ErrNonFinite is returned when a parameter or a sum is NaN or infinite.
// NaN payloads are not portable across CPUs, so no such value may reach the
// canonical encoding.
var ErrNonFinite = errors.New("ml: non-finite value")

// Step applies one gradient-descent update in place:
//
//	params[i] -= lr * (noisySum[i] / totalRows)
//
// The result is bit-identical on every platform: the Go spec lets a compiler
// fuse x*y+z into one fused multiply-add (arm64 does, amd64 does not), and an
// explicit float64 conversion of the product forbids that. On error params is
// left unchanged.
func Step(params, noisySum []float64, totalRows int, lr float64) error {
	if err := checkStep(params, noisySum, totalRows, lr); err != nil {
		return err
	}
	n := float64(totalRows)
	next := make([]float64, len(params))
	for i, g := range noisySum {
		mean := g / n
		next[i] = params[i] - float64(lr*mean)
	}
	if i := firstNonFinite(next); i >= 0 {
		return fmt.Errorf("%w: parameter %d overflowed", ErrNonFinite, i)
	}
	copy(params, next)
	return nil
}

func checkStep(params, noisySum []float64, totalRows int, lr float64) error {
	if len(params) != len(noisySum) {
		return fmt.Errorf("ml: params has %d values, the sum %d", len(params), len(noisySum))
	}
	if totalRows <= 0 {
		return fmt.Errorf("ml: total row count must be > 0, got %d", totalRows)
	}
	if !(lr >= 0) || math.IsInf(lr, 0) {
		return fmt.Errorf("ml: learning rate must be finite and >= 0, got %v", lr)
	}
	if i := firstNonFinite(params); i >= 0 {
		return fmt.Errorf("%w: parameter %d", ErrNonFinite, i)
	}
	if i := firstNonFinite(noisySum); i >= 0 {
		return fmt.Errorf("%w: sum coordinate %d", ErrNonFinite, i)
	}
	return nil
}

func firstNonFinite(v []float64) int {
	for i, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return i
		}
	}
	return -1
}

// CanonicalParams is the canonical byte encoding of a parameter vector: each
// value as its IEEE-754 binary64 bits, little-endian, in order. Every NaN is
// written as the single quiet NaN 0x7ff8000000000000 (Step never produces one).
func CanonicalParams(params []float64) []byte {
	out := make([]byte, 8*len(params))
	for i, v := range params {
		bits := math.Float64bits(v)
		if math.IsNaN(v) {
			bits = canonicalNaN
		}
		binary.LittleEndian.PutUint64(out[8*i:], bits)
	}
	return out
}

const canonicalNaN = 0x7ff8000000000000

// ParamsDigest is the SHA-256 of CanonicalParams(params): the payload hash
// that the aggregator commits and every participant recomputes.
func ParamsDigest(params []float64) [32]byte {
	return sha256.Sum256(CanonicalParams(params))
}

// ParseCanonicalParams decodes CanonicalParams output. It refuses a length that
// is not a multiple of 8 and any non-finite value.
func ParseCanonicalParams(b []byte) ([]float64, error) {
	if len(b)%8 != 0 {
		return nil, fmt.Errorf("ml: canonical params length %d is not a multiple of 8", len(b))
	}
	out := make([]float64, len(b)/8)
	for i := range out {
		out[i] = math.Float64frombits(binary.LittleEndian.Uint64(b[8*i:]))
	}
	if i := firstNonFinite(out); i >= 0 {
		return nil, fmt.Errorf("%w: canonical params value %d", ErrNonFinite, i)
	}
	return out, nil
}

// UnscaleSum turns the integer sum that secure aggregation delivers back into
// a gradient sum: total[i] / gamma, exactly rounded on every platform (the
// conversion and the division are single IEEE-754 operations).
func UnscaleSum(total []int64, gamma float64) ([]float64, error) {
	if !positiveFinite(gamma) {
		return nil, fmt.Errorf("ml: gamma must be finite and > 0, got %v", gamma)
	}
	out := make([]float64, len(total))
	for i, v := range total {
		out[i] = float64(v) / gamma
	}
	return out, nil
}
