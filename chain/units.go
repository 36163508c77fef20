package chain

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

// Amounts are typed and shown in whole coins ("0.25"); the chain counts wei.
var weiPerCoin = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// Coins returns n whole coins in wei.
func Coins(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), weiPerCoin) }

// ParseCoins parses a decimal amount of coins ("0.25", "3") into wei exactly.
func ParseCoins(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	whole, frac, hasDot := strings.Cut(s, ".")
	if s == "" || strings.HasPrefix(s, "-") || strings.HasPrefix(s, "+") || (hasDot && frac == "" && whole == "") {
		return nil, fmt.Errorf("chain: %q is not an amount of coins (want e.g. 0.25)", s)
	}
	if len(frac) > 18 {
		return nil, fmt.Errorf("chain: %q has more than 18 decimals", s)
	}
	digits := whole + frac + strings.Repeat("0", 18-len(frac))
	for _, r := range digits {
		if r < '0' || r > '9' {
			return nil, fmt.Errorf("chain: %q is not an amount of coins (want e.g. 0.25)", s)
		}
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("chain: %q is not an amount of coins", s)
	}
	return v, nil
}

// FormatCoins shows wei as whole coins with no trailing zeros ("0.25", "3").
func FormatCoins(wei *big.Int) string {
	if wei == nil {
		return "0"
	}
	neg := wei.Sign() < 0
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(wei), weiPerCoin, new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		frac := strings.TrimRight(fmt.Sprintf("%018s", r.String()), "0")
		s += "." + frac
	}
	if neg {
		s = "-" + s
	}
	return s
}

// MicroEpsilon is ε in fixed point with 6 decimals, as the contract stores it.
type MicroEpsilon = uint64

// EpsilonToMicro converts ε to the contract's fixed point; ε must be positive and
// representable (at least 1e-6).
func EpsilonToMicro(eps float64) (uint64, error) {
	if math.IsNaN(eps) || math.IsInf(eps, 0) || eps <= 0 {
		return 0, fmt.Errorf("chain: epsilon must be > 0, got %v", eps)
	}
	v := math.Round(eps * 1e6)
	if v < 1 || v > math.MaxUint64/2 {
		return 0, fmt.Errorf("chain: epsilon %v is out of range (1e-6 to 1e12)", eps)
	}
	return uint64(v), nil
}

// MicroToEpsilon converts the contract's fixed point back to ε.
func MicroToEpsilon(v uint64) float64 { return float64(v) / 1e6 }

// DeltaToFixed converts δ to the contract's fixed point with 18 decimals; δ must be in [0, 1).
func DeltaToFixed(delta float64) (uint64, error) {
	if math.IsNaN(delta) || delta < 0 || delta >= 1 {
		return 0, fmt.Errorf("chain: delta must be in [0, 1), got %v", delta)
	}
	return uint64(math.Round(delta * 1e18)), nil
}

// FixedToDelta converts the contract's δ back to a float.
func FixedToDelta(v uint64) float64 { return float64(v) / 1e18 }
