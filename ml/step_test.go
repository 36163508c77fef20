package ml_test

import (
	"encoding/hex"
	"errors"
	"math"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/veil-market/veil/ml"
)

func TestStepKnownAnswer(t *testing.T) {
	params := []float64{1, -2, 0.5}
	// Mean gradient (1, -2, 0); times lr 0.5.
	must(t, ml.Step(params, []float64{4, -8, 0}, 4, 0.5))
	if want := []float64{0.5, -1, 0.5}; !slices.Equal(params, want) {
		t.Errorf("params = %v, want %v", params, want)
	}
}

func TestStepRefusesBadInput(t *testing.T) {
	tests := []struct {
		name      string
		params    []float64
		sum       []float64
		rows      int
		lr        float64
		nonFinite bool
	}{
		{"length mismatch", []float64{1, 2}, []float64{1}, 1, 1, false},
		{"no rows", []float64{1}, []float64{1}, 0, 1, false},
		{"negative lr", []float64{1}, []float64{1}, 1, -1, false},
		{"NaN lr", []float64{1}, []float64{1}, 1, math.NaN(), false},
		{"NaN sum", []float64{1}, []float64{math.NaN()}, 1, 1, true},
		{"infinite param", []float64{math.Inf(1)}, []float64{1}, 1, 1, true},
		{"overflow", []float64{1e308}, []float64{-1e308}, 1, 10, true},
	}
	for _, tt := range tests {
		before := slices.Clone(tt.params)
		err := ml.Step(tt.params, tt.sum, tt.rows, tt.lr)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if errors.Is(err, ml.ErrNonFinite) != tt.nonFinite {
			t.Errorf("%s: errors.Is(err, ErrNonFinite) = %v: %v", tt.name, !tt.nonFinite, err)
		}
		if !slices.EqualFunc(tt.params, before, func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }) {
			t.Errorf("%s: params changed to %v on error", tt.name, tt.params)
		}
	}
}

func TestCanonicalParamsKnownAnswer(t *testing.T) {
	// 1.0 is 0x3ff0000000000000, -0.5 is 0xbfe0000000000000, little-endian.
	got := hex.EncodeToString(ml.CanonicalParams([]float64{1, -0.5}))
	if want := "000000000000f03f000000000000e0bf"; got != want {
		t.Errorf("CanonicalParams = %s, want %s", got, want)
	}
	// SHA-256 of those 16 bytes (sha256sum of the hex-decoded string).
	d := ml.ParamsDigest([]float64{1, -0.5})
	if got, want := hex.EncodeToString(d[:]), paramsDigestOneMinusHalf; got != want {
		t.Errorf("ParamsDigest = %s, want %s", got, want)
	}
	nan := ml.CanonicalParams([]float64{math.Float64frombits(0x7ff8dead00000001)})
	if got := hex.EncodeToString(nan); got != "000000000000f87f" {
		t.Errorf("NaN encoded as %s, want the canonical quiet NaN 000000000000f87f", got)
	}
}

// printf '\x00\x00\x00\x00\x00\x00\xf0\x3f\x00\x00\x00\x00\x00\x00\xe0\xbf' | sha256sum
const paramsDigestOneMinusHalf = "b75ba3b875def5d2f34361fcc7cbea9b45aa3f9ef590f96ad71c90a955800533"

func TestCanonicalParamsRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		params := rapid.SliceOf(rapid.Float64()).Draw(t, "params")
		got, err := ml.ParseCanonicalParams(ml.CanonicalParams(params))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(got, params, func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }) {
			t.Fatalf("round trip gave %v, want %v", got, params)
		}
	})
}

func TestParseCanonicalParamsRefuses(t *testing.T) {
	for _, b := range [][]byte{
		{1, 2, 3},
		ml.CanonicalParams([]float64{math.NaN()}),
		ml.CanonicalParams([]float64{0, math.Inf(-1)}),
	} {
		if _, err := ml.ParseCanonicalParams(b); err == nil {
			t.Errorf("ParseCanonicalParams(%x) accepted", b)
		}
	}
}

func FuzzParseCanonicalParams(f *testing.F) {
	f.Add(ml.CanonicalParams([]float64{1, -0.5, 3e-300}))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0xf8, 0x7f})
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		params, err := ml.ParseCanonicalParams(b)
		if err != nil {
			return
		}
		if again := ml.CanonicalParams(params); string(again) != string(b) {
			t.Fatalf("re-encoding %x gave %x", b, again)
		}
	})
}
