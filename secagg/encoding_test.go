package secagg

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"pgregory.net/rapid"
)

func TestSignedRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(1, 64).Draw(t, "k")
		lo, hi := signedRange(k)
		v := rapid.SliceOf(rapid.Int64Range(lo, hi)).Draw(t, "v")
		enc, err := EncodeSigned(v, k)
		if err != nil {
			t.Fatal(err)
		}
		for j, x := range enc {
			if k < 64 && x>>k != 0 {
				t.Fatalf("entry %d = %#x not below 2^%d", j, x, k)
			}
		}
		dec := DecodeSigned(enc, k)
		for j := range v {
			if dec[j] != v[j] {
				t.Fatalf("entry %d: %d → %d → %d", j, v[j], enc[j], dec[j])
			}
		}
	})
}

func TestEncodeSignedRefusesOutOfRange(t *testing.T) {
	tests := []struct {
		v []int64
		k int
	}{
		{[]int64{0, 128}, 8},
		{[]int64{-129}, 8},
		{[]int64{1}, 1},
		{[]int64{0}, 0},
	}
	for _, tc := range tests {
		if _, err := EncodeSigned(tc.v, tc.k); err == nil {
			t.Errorf("EncodeSigned(%v, %d) accepted", tc.v, tc.k)
		}
	}
	if got, err := EncodeSigned([]int64{-128, 127, -1}, 8); err != nil || got[0] != 0x80 || got[1] != 0x7f || got[2] != 0xff {
		t.Errorf("EncodeSigned(edges, 8) = %x, %v", got, err)
	}
}

// The overflow bound: n values at the extreme ±(2^(b-1)-1) sum without
// wrapping in k = ModBitsFor(b, n) bits, for every n, and one bit less is
// not always enough.
func TestModBitsForPreventsOverflow(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b := rapid.IntRange(2, 40).Draw(t, "b")
		n := rapid.IntRange(1, 5000).Draw(t, "n")
		sign := int64(rapid.SampledFrom([]int{-1, 1}).Draw(t, "sign"))
		k := ModBitsFor(b, n)
		extreme := sign * (int64(1)<<(b-1) - 1)
		var sum uint64
		mask := ^uint64(0) >> (64 - k)
		enc, err := EncodeSigned([]int64{extreme}, k)
		if err != nil {
			t.Fatal(err)
		}
		for range n {
			sum = (sum + enc[0]) & mask
		}
		if got := DecodeSigned([]uint64{sum}, k)[0]; got != int64(n)*extreme {
			t.Fatalf("b=%d n=%d k=%d: sum decodes to %d, want %d", b, n, k, got, int64(n)*extreme)
		}
	})
	// Tightness: with k-1 bits, 3 values of magnitude 2^(b-1)-1 wrap (b=8: 381 > 255).
	if k := ModBitsFor(8, 3); k != 10 {
		t.Fatalf("ModBitsFor(8, 3) = %d, want 10", k)
	}
	enc, _ := EncodeSigned([]int64{127}, 9)
	if got := DecodeSigned([]uint64{(3 * enc[0]) & 0x1ff}, 9)[0]; got == 381 {
		t.Fatal("k-1 bits should overflow for this case")
	}
}

func TestModBitsForTable(t *testing.T) {
	tests := []struct{ b, n, want int }{
		{16, 1, 16}, {16, 2, 17}, {16, 10, 20}, {16, 100, 23}, {16, 128, 23}, {16, 129, 24}, {16, 500, 25},
	}
	for _, tc := range tests {
		if got := ModBitsFor(tc.b, tc.n); got != tc.want {
			t.Errorf("ModBitsFor(%d, %d) = %d, want %d", tc.b, tc.n, got, tc.want)
		}
	}
}

func TestQuantizeRoundTripAndClip(t *testing.T) {
	q, err := NewQuantizer(16, 2.0)
	if err != nil {
		t.Fatal(err)
	}
	x := []float64{0, 1.5, -1.999, 2, -2, 7, -100, 1e-9}
	got, err := q.Quantize(x, testRand(1))
	if err != nil {
		t.Fatal(err)
	}
	back := q.Dequantize(got)
	for j, v := range x {
		want := math.Max(-2, math.Min(2, v))
		if math.Abs(back[j]-want) > q.Step() {
			t.Errorf("entry %d: %v → %d → %v, more than one step (%v) from %v", j, v, got[j], back[j], q.Step(), want)
		}
		if got[j] > 32767 || got[j] < -32767 {
			t.Errorf("entry %d: %d outside ±(2^15-1)", j, got[j])
		}
	}
	if got[3] != 32767 || got[4] != -32767 || got[5] != 32767 || got[6] != -32767 {
		t.Errorf("clipped values %v, want ±32767", got[3:7])
	}
}

// Stochastic rounding is unbiased: the mean of many roundings of a value
// between two levels converges to it (deterministic randomness, so this
// test is exact, not flaky).
func TestQuantizeIsUnbiased(t *testing.T) {
	q, _ := NewQuantizer(8, 127) // one level per unit
	const n = 200000
	x := make([]float64, n)
	for j := range x {
		x[j] = 3.3
	}
	got, err := q.Quantize(x, testRand(2))
	if err != nil {
		t.Fatal(err)
	}
	var sum int64
	for _, v := range got {
		if v != 3 && v != 4 {
			t.Fatalf("3.3 rounded to %d", v)
		}
		sum += v
	}
	if mean := float64(sum) / n; math.Abs(mean-3.3) > 0.005 {
		t.Fatalf("mean of stochastic roundings of 3.3 = %v", mean)
	}
}

func TestQuantizeRefusesBadValues(t *testing.T) {
	q, _ := NewQuantizer(8, 1)
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := q.Quantize([]float64{0, v}, testRand(3)); !errors.Is(err, ErrInput) {
			t.Errorf("Quantize(%v) error = %v, want ErrInput", v, err)
		}
	}
	for _, tc := range []struct {
		bits int
		clip float64
	}{{1, 1}, {54, 1}, {8, 0}, {8, -1}, {8, math.Inf(1)}, {8, math.NaN()}} {
		if _, err := NewQuantizer(tc.bits, tc.clip); !errors.Is(err, ErrParams) {
			t.Errorf("NewQuantizer(%d, %v) error = %v, want ErrParams", tc.bits, tc.clip, err)
		}
	}
}

// TestEncodeModular: any int64 vectors, even ones whose sum leaves the
// signed range, encode without error, and the decoded sum of the encodings is
// the true sum modulo 2^k (exactly the true sum when it fits).
func TestEncodeModular(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(1, 64).Draw(t, "k")
		n := rapid.IntRange(1, 5).Draw(t, "n")
		var total int64 // wraps modulo 2^64, a multiple of 2^k
		sum := uint64(0)
		for i := range n {
			v := rapid.Int64().Draw(t, fmt.Sprint("v", i))
			enc, err := EncodeModular([]int64{v}, k)
			if err != nil {
				t.Fatal(err)
			}
			total += v
			sum += enc[0]
		}
		mask := ^uint64(0) >> (64 - k)
		got := DecodeSigned([]uint64{sum & mask}, k)[0]
		if want := DecodeSigned([]uint64{uint64(total) & mask}, k)[0]; got != want {
			t.Fatalf("k=%d: decoded %d, true sum mod 2^k is %d", k, got, want)
		}
		if lo, hi := signedRange(k); total >= lo && total <= hi && got != total {
			t.Fatalf("k=%d: decoded %d, true sum %d fits", k, got, total)
		}
	})
	if _, err := EncodeModular([]int64{1}, 65); err == nil {
		t.Fatal("k = 65 accepted")
	}
}
