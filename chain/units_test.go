package chain

import (
	"math/big"
	"testing"
)

func TestParseFormatCoins(t *testing.T) {
	tests := []struct {
		in   string
		wei  string
		back string
	}{
		{"0.25", "250000000000000000", "0.25"},
		{"3", "3000000000000000000", "3"},
		{"1.000000000000000001", "1000000000000000001", "1.000000000000000001"},
		{".5", "500000000000000000", "0.5"},
		{"0", "0", "0"},
	}
	for _, tc := range tests {
		got, err := ParseCoins(tc.in)
		if err != nil {
			t.Fatalf("ParseCoins(%q): %v", tc.in, err)
		}
		if got.String() != tc.wei {
			t.Errorf("ParseCoins(%q) = %s, want %s", tc.in, got, tc.wei)
		}
		if s := FormatCoins(got); s != tc.back {
			t.Errorf("FormatCoins(%s) = %q, want %q", got, s, tc.back)
		}
	}
	for _, bad := range []string{"", "-1", "abc", "1.2.3", "0.0000000000000000001", "1e3", ".", "+1"} {
		if _, err := ParseCoins(bad); err == nil {
			t.Errorf("ParseCoins(%q) accepted", bad)
		}
	}
	if s := FormatCoins(big.NewInt(-5e17)); s != "-0.5" {
		t.Errorf("FormatCoins(-0.5) = %q", s)
	}
}

func TestEpsilonDelta(t *testing.T) {
	if v, err := EpsilonToMicro(1.5); err != nil || v != 1500000 {
		t.Fatalf("EpsilonToMicro(1.5) = %d, %v", v, err)
	}
	for _, bad := range []float64{0, -1, 1e-9} {
		if _, err := EpsilonToMicro(bad); err == nil {
			t.Errorf("EpsilonToMicro(%v) accepted", bad)
		}
	}
	if v, err := DeltaToFixed(1e-5); err != nil || v != 1e13 {
		t.Fatalf("DeltaToFixed(1e-5) = %d, %v", v, err)
	}
	for _, bad := range []float64{1, -1e-9, 2} {
		if _, err := DeltaToFixed(bad); err == nil {
			t.Errorf("DeltaToFixed(%v) accepted", bad)
		}
	}
}
