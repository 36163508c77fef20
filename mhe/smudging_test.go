package mhe

import (
	"math"
	"math/big"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
)

// centeredMax decrypts cts with sk (no decoding) and returns the largest
// centered coefficient of the plaintext polynomials.
func centeredMax(p Params, sk *rlwe.SecretKey, cts []*rlwe.Ciphertext) float64 {
	dec := rlwe.NewDecryptor(p.ckks, sk)
	ringQ := p.ckks.RingQ()
	coeffs := make([]*big.Int, p.Slots())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	m := 0.0
	for _, ct := range cts {
		pt := dec.DecryptNew(ct)
		ringQ.INTT(pt.Value, pt.Value)
		ringQ.PolyToBigintCentered(pt.Value, 1, coeffs)
		for _, c := range coeffs {
			f, _ := new(big.Float).SetInt(c).Float64()
			m = max(m, math.Abs(f))
		}
	}
	return m
}

// TestFreshNoiseWithinSmudgingAssumption checks the bound B_e = n(Nn+2)
// that the smudging is sized for, on an aggregate of n encryptions of zero.
func TestFreshNoiseWithinSmudgingAssumption(t *testing.T) {
	p := testParams(t)
	for _, n := range []int{1, 3, 8} {
		tb := newTestbed(t, p, n, uint64(60+n))
		zeros := make([][]float64, n)
		for i := range zeros {
			zeros[i] = make([]float64, p.Slots())
		}
		agg, err := AggregateInputs(tb.c, []byte("zero"), tb.inputs(t, []byte("zero"), zeros), n)
		if err != nil {
			t.Fatal(err)
		}
		got := centeredMax(p, tb.collectiveSecret(), agg.cts)
		bound := float64(n) * (float64(p.Slots()*n) + 2)
		t.Logf("n=%d: max |noise| %.0f, assumed bound %.0f", n, got, bound)
		if got > bound {
			t.Errorf("n=%d: aggregate noise %.0f exceeds the assumed bound %.0f", n, got, bound)
		}
	}
}

func TestSmudgingBound(t *testing.T) {
	p := DefaultParams()
	for _, tc := range []struct{ n, logB int }{{1, 92}, {3, 95}, {10, 98}, {64, 104}} {
		// 2^(λ-1)·N·n(Nn+2) rounded up to a power of two.
		if got := p.SmudgingLogBound(tc.n); got != tc.logB {
			t.Errorf("n=%d: log2 B = %d, want %d", tc.n, got, tc.logB)
		}
	}
	if s := p.SmudgingStd(MaxCommittee); s > math.Exp2(-13) {
		t.Errorf("smudging std per value %.3g for the largest committee, want <= 2^-13", s)
	}
}

// TestSmudgerIsUniform checks range and mean of the smudging sampler on a
// small bound, and that a fixed seed reproduces it.
func TestSmudgerIsUniform(t *testing.T) {
	p := testParams(t)
	ringQ := p.ckks.RingQ()
	const logB = 10
	s, err := newSmudger(seeded(1), logB)
	if err != nil {
		t.Fatal(err)
	}
	pol := ringQ.NewPoly()
	coeffs := make([]*big.Int, p.Slots())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	sum, sumSq, lo, hi := 0.0, 0.0, 0.0, 0.0
	for range 20 {
		s.read(ringQ, pol)
		ringQ.PolyToBigintCentered(pol, 1, coeffs)
		for _, c := range coeffs {
			v := float64(c.Int64())
			sum, sumSq = sum+v, sumSq+v*v
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	cnt := float64(20 * p.Slots())
	mean, variance := sum/cnt, sumSq/cnt-(sum/cnt)*(sum/cnt)
	want := math.Exp2(2*logB) / 3
	if lo != -1024 || hi != 1023 || math.Abs(mean) > 10 || math.Abs(variance/want-1) > 0.05 {
		t.Fatalf("range [%v,%v], mean %.2f, variance %.0f (want ~%.0f)", lo, hi, mean, variance, want)
	}
}

// TestSmudgerLargeBoundIsConsistentAcrossPrimes draws 96-bit values: the
// residues must reconstruct (CRT) to integers in [-2^95, 2^95), half of
// them of magnitude at least 2^94.
func TestSmudgerLargeBoundIsConsistentAcrossPrimes(t *testing.T) {
	p := testParams(t)
	ringQ := p.ckks.RingQ()
	s, err := newSmudger(seeded(2), 95)
	if err != nil {
		t.Fatal(err)
	}
	pol := ringQ.NewPoly()
	s.read(ringQ, pol)
	coeffs := make([]*big.Int, p.Slots())
	for i := range coeffs {
		coeffs[i] = new(big.Int)
	}
	ringQ.PolyToBigintCentered(pol, 1, coeffs)
	bound := new(big.Int).Lsh(big.NewInt(1), 95)
	half := new(big.Int).Lsh(big.NewInt(1), 94)
	large := 0
	for i, c := range coeffs {
		if c.Cmp(bound) >= 0 || c.Cmp(new(big.Int).Neg(bound)) < 0 {
			t.Fatalf("coefficient %d = %v outside [-2^95, 2^95)", i, c)
		}
		if new(big.Int).Abs(c).Cmp(half) >= 0 {
			large++
		}
	}
	if frac := float64(large) / float64(len(coeffs)); math.Abs(frac-0.5) > 0.06 {
		t.Fatalf("%.3f of the values have magnitude >= 2^94, want about 0.5", frac)
	}
}
