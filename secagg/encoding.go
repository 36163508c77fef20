package secagg

import (
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"io"
	"math"
)

// Fixed-point encoding. Real values become b-bit signed integers (clipped,
// scaled, stochastically rounded); signed integers become elements of
// Z_{2^k} in two's complement. If every input satisfies |v| < 2^(b-1) and
// k ≥ b + ceil(log2 n) (ModBitsFor), the sum of n inputs lies strictly
// inside (-2^(k-1), 2^(k-1)) and DecodeSigned recovers it exactly.

// Quantizer maps reals in [-Clip, Clip] to integers in [-M, M] with
// M = 2^(Bits-1) - 1. It is a plain value; build it with NewQuantizer.
type Quantizer struct {
	bits  int
	clip  float64
	scale float64 // M / clip
}

// NewQuantizer returns a quantizer for b-bit values (2 ≤ b ≤ 53, so every
// level is exact in a float64) clipped to [-clip, clip].
func NewQuantizer(bits int, clip float64) (Quantizer, error) {
	if bits < 2 || bits > 53 {
		return Quantizer{}, fmt.Errorf("%w: quantizer bits %d outside [2, 53]", ErrParams, bits)
	}
	if !(clip > 0) || math.IsInf(clip, 0) {
		return Quantizer{}, fmt.Errorf("%w: quantizer clip %v is not a positive finite number", ErrParams, clip)
	}
	m := float64(uint64(1)<<(bits-1) - 1)
	return Quantizer{bits: bits, clip: clip, scale: m / clip}, nil
}

// Bits returns b, the width of a quantized value (sign included).
func (q Quantizer) Bits() int { return q.bits }

// Step returns the real value of one quantization level, clip / M.
func (q Quantizer) Step() float64 { return 1 / q.scale }

// Quantize clips each value to [-clip, clip], scales it to [-M, M] and
// rounds it stochastically: up with probability equal to the fractional
// part, so the result is unbiased. rand supplies 8 bytes per value
// (crypto/rand if nil). NaN and infinities are refused, naming the entry.
func (q Quantizer) Quantize(x []float64, rnd io.Reader) ([]int64, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	buf := make([]byte, 8*len(x))
	if _, err := io.ReadFull(rnd, buf); err != nil {
		return nil, fmt.Errorf("secagg: reading randomness: %w", err)
	}
	out := make([]int64, len(x))
	for j, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%w: entry %d is %v", ErrInput, j, v)
		}
		y := math.Max(-q.clip, math.Min(q.clip, v)) * q.scale
		fl := math.Floor(y)
		u := float64(binary.LittleEndian.Uint64(buf[8*j:])>>11) / (1 << 53) // uniform in [0, 1)
		if u < y-fl {
			fl++
		}
		out[j] = int64(fl)
	}
	return out, nil
}

// Dequantize maps quantized values (or a sum of them) back to reals.
func (q Quantizer) Dequantize(v []int64) []float64 {
	out := make([]float64, len(v))
	for j, x := range v {
		out[j] = float64(x) / q.scale
	}
	return out
}

// EncodeSigned maps signed integers into Z_{2^k} (two's complement),
// refusing, by entry, any value outside [-2^(k-1), 2^(k-1)).
func EncodeSigned(v []int64, modBits int) ([]uint64, error) {
	if modBits < 1 || modBits > 64 {
		return nil, fmt.Errorf("%w: ModBits = %d outside [1, 64]", ErrParams, modBits)
	}
	lo, hi := signedRange(modBits)
	mask := ^uint64(0) >> (64 - modBits)
	out := make([]uint64, len(v))
	for j, x := range v {
		if x < lo || x > hi {
			return nil, fmt.Errorf("%w: entry %d = %d outside [%d, %d] for k = %d", ErrInput, j, x, lo, hi, modBits)
		}
		out[j] = uint64(x) & mask
	}
	return out, nil
}

// EncodeModular maps signed integers into Z_{2^k} by reduction modulo 2^k
// (two's complement), for every value: it never fails. The sum of the
// encodings decodes (DecodeSigned) to the true sum whenever that lies in
// [-2^(k-1), 2^(k-1)), and otherwise to the true sum modulo 2^k: either way
// a function of the true sum alone, so wrapping is post-processing of a
// differentially private sum, never an abort that depends on a value.
func EncodeModular(v []int64, modBits int) ([]uint64, error) {
	if modBits < 1 || modBits > 64 {
		return nil, fmt.Errorf("%w: ModBits = %d outside [1, 64]", ErrParams, modBits)
	}
	mask := ^uint64(0) >> (64 - modBits)
	out := make([]uint64, len(v))
	for j, x := range v {
		out[j] = uint64(x) & mask
	}
	return out, nil
}

// DecodeSigned maps elements of Z_{2^k} back to signed integers in
// [-2^(k-1), 2^(k-1)): values with the top bit set are negative.
func DecodeSigned(v []uint64, modBits int) []int64 {
	out := make([]int64, len(v))
	shift := 64 - modBits
	for j, x := range v {
		out[j] = int64(x<<shift) >> shift // sign-extend bit k-1
	}
	return out
}

func signedRange(modBits int) (int64, int64) {
	if modBits == 64 {
		return math.MinInt64, math.MaxInt64
	}
	return -(int64(1) << (modBits - 1)), int64(1)<<(modBits-1) - 1
}
