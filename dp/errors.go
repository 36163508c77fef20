package dp

import (
	"errors"
	"fmt"
	"math"
)

// ErrParameter is wrapped by every error about an invalid argument, so callers
// can tell a caller bug (errors.Is(err, ErrParameter)) from a randomness failure.
var ErrParameter = errors.New("dp: invalid parameter")

// paramError formats a parameter error that wraps ErrParameter while keeping
// the documented message ("dp: epsilon must be > 0, got -1").
type paramError struct{ msg string }

func (e *paramError) Error() string { return e.msg }

func (e *paramError) Unwrap() error { return ErrParameter }

func errParam(format string, args ...any) error {
	return &paramError{msg: "dp: " + fmt.Sprintf(format, args...)}
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

func checkEpsilon(eps float64) error {
	if !finite(eps) || eps <= 0 {
		return errParam("epsilon must be > 0, got %v", eps)
	}
	return nil
}

func checkDelta(delta float64) error {
	if !finite(delta) || delta <= 0 || delta >= 1 {
		return errParam("delta must be in (0, 1), got %v", delta)
	}
	return nil
}

func checkPositive(name string, x float64) error {
	if !finite(x) || x <= 0 {
		return errParam("%s must be > 0 and finite, got %v", name, x)
	}
	return nil
}

func checkNonNegative(name string, x float64) error {
	if !finite(x) || x < 0 {
		return errParam("%s must be >= 0 and finite, got %v", name, x)
	}
	return nil
}

func checkRate(q float64) error {
	if !finite(q) || q <= 0 || q > 1 {
		return errParam("sampling rate q must be in (0, 1], got %v", q)
	}
	return nil
}

func checkCount(name string, n int) error {
	if n < 1 {
		return errParam("%s must be >= 1, got %d", name, n)
	}
	return nil
}
