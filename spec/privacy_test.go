package spec

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/veil-market/veil/secagg"
)

// TestChargedEqualsCalibrated: for every ε the spec accepts, the chain's
// fixed point k = round(ε·10⁶) stands for exactly the ε the engines see, and
// the ε they calibrate to is, as an exact rational, at most k·10⁻⁶: the ε
// charged is never below the ε calibrated. Same for δ in 10⁻¹⁸ units.
func TestChargedEqualsCalibrated(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.Uint64Range(1, MaxEpsilon*EpsilonUnitsPerOne).Draw(t, "micro-ε")
		j := rapid.Uint64Range(0, MaxDelta*DeltaUnitsPerOne).Draw(t, "δ units")
		p := Privacy{Epsilon: float64(k) / EpsilonUnitsPerOne, Delta: float64(j) / DeltaUnitsPerOne}
		if err := p.check(3); err != nil {
			t.Fatalf("ε = %d µε, δ = %d e-18 refused: %v", k, j, err)
		}
		if got := uint64(math.Round(p.Epsilon * EpsilonUnitsPerOne)); got != k {
			t.Fatalf("ε %v charges %d µε, want %d", p.Epsilon, got, k)
		}
		eps, delta := p.CalibrationTarget()
		charged := new(big.Rat).SetFrac(new(big.Int).SetUint64(k), big.NewInt(1e6))
		if new(big.Rat).SetFloat64(eps).Cmp(charged) > 0 {
			t.Fatalf("calibrated ε %v exceeds the charged %s", eps, charged.FloatString(8))
		}
		chargedDelta := new(big.Rat).SetFrac(new(big.Int).SetUint64(j), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
		if new(big.Rat).SetFloat64(delta).Cmp(chargedDelta) > 0 {
			t.Fatalf("calibrated δ %v exceeds the charged %s", delta, chargedDelta.FloatString(20))
		}
		if j > 0 && !(delta < p.Delta && p.Delta-delta >= p.Delta*0x1p-41) {
			t.Fatalf("δ %v leaves no room below the charged value (calibrated %v)", p.Delta, delta)
		}
	})
}

// TestOffGridRefused: a value between two chain units is refused, whatever
// its size.
func TestOffGridRefused(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.Uint64Range(1, MaxEpsilon*EpsilonUnitsPerOne-1).Draw(t, "micro-ε")
		frac := rapid.Float64Range(0.01, 0.99).Draw(t, "fraction")
		eps := (float64(k) + frac) / EpsilonUnitsPerOne
		if err := (Privacy{Epsilon: eps, Delta: 1e-5}).check(3); err == nil || !strings.Contains(err.Error(), "whole number of micro-ε") {
			t.Fatalf("ε = %v (between two micro-ε) accepted: %v", eps, err)
		}
	})
}

// TestDefaults: the defaults are feasible for secure aggregation and the
// noise (n − d − c ≥ 1), tolerate one dropout wherever any c ≤ 1 allows it,
// and keep c = 1 unless that would leave no dropout.
func TestDefaults(t *testing.T) {
	want := map[int][2]int{1: {0, 0}, 2: {0, 0}, 3: {1, 0}, 4: {1, 1}, 5: {1, 1}, 10: {1, 1}, 100: {1, 1}}
	for n := 1; n <= 200; n++ {
		d, c := Defaults(n)
		if w, ok := want[n]; ok && (d != w[0] || c != w[1]) {
			t.Errorf("Defaults(%d) = (d %d, c %d), want (%d, %d)", n, d, c, w[0], w[1])
		}
		if n >= 2 && (secagg.CheckParams(n, d, c) != nil || n-d-c < 1) {
			t.Errorf("Defaults(%d) = (%d, %d) cannot run: %v", n, d, c, secagg.CheckParams(n, d, c))
		}
		if d == 0 && n >= 3 {
			t.Errorf("Defaults(%d) tolerates no dropout", n)
		}
		if c == 0 && secagg.MaxDropouts(n, 1) >= 1 {
			t.Errorf("Defaults(%d) drops c to 0 although c = 1 tolerates a dropout", n)
		}
	}
}

// TestParseFillsDefaults: a document without dropouts or colluders gets the
// defaults for its n, says so, and its encoding states both explicitly.
func TestParseFillsDefaults(t *testing.T) {
	for _, n := range []int{2, 3, 4} {
		raw := fmt.Sprintf(`{"engine":"fl","datasets":[%s],"task":{"type":"train"},"privacy":{"epsilon":1,"delta":1e-5},"compute":["0x00000000000000000000000000000000000000c1"]}`, ids(n))
		s, err := Parse([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		d, c := Defaults(n)
		if s.Privacy.Dropouts != d || s.Privacy.C() != c || len(s.DefaultsApplied()) != 2 {
			t.Fatalf("n = %d: d %d c %d, notes %q; want (%d, %d) noted", n, s.Privacy.Dropouts, s.Privacy.C(), s.DefaultsApplied(), d, c)
		}
		enc, _ := s.Encode()
		if want := fmt.Sprintf(`"dropouts":%d,"colluders":%d`, d, c); !strings.Contains(string(enc), want) {
			t.Fatalf("n = %d: encoding %s lacks %s", n, enc, want)
		}
		again, err := Parse(enc)
		if err != nil || len(again.DefaultsApplied()) != 0 {
			t.Fatalf("n = %d: re-parsed %v, notes %q", n, err, again.DefaultsApplied())
		}
	}
	explicit, err := Parse([]byte(valid))
	if err != nil || len(explicit.DefaultsApplied()) != 0 || explicit.Privacy.C() != 1 || explicit.Privacy.Dropouts != 0 {
		t.Fatalf("explicit d, c changed: %v %+v", err, explicit.Privacy)
	}
}
