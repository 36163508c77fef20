// Package shamir implements Shamir's t-of-n secret sharing of 32-byte secrets
// over the prime field GF(2^255-19).
//
// A secret is a canonical field element: 32 little-endian bytes encoding a
// value below p = 2^255-19 (use RandomSecret to sample one). Split evaluates a
// uniformly random polynomial of degree t-1 with the secret as constant term
// at the holders' x-coordinates; any t shares determine the secret and any
// t-1 shares are independent of it (information-theoretic secrecy).
//
// Nothing here authenticates shares: a holder that lies makes Combine return
// a wrong secret. Callers that need to detect this compare the result with a
// public commitment (for a key: its public key).
package shamir

import (
	"errors"
	"fmt"
	"io"
)

// Size is the byte length of a secret and of a share value.
const Size = 32

// RandomSecret samples a uniformly random canonical secret from r.
func RandomSecret(r io.Reader) ([Size]byte, error) {
	e, err := random(r)
	if err != nil {
		return [Size]byte{}, fmt.Errorf("shamir: reading randomness: %w", err)
	}
	return e.bytes(), nil
}

// CheckValue reports whether v is a canonical field element (a valid secret
// or share value).
func CheckValue(v [Size]byte) error {
	var e element
	return e.setBytes(&v)
}

// Split shares secret with threshold t among holders at the distinct, nonzero
// x-coordinates xs, returning one share value per x in the same order. It
// reads the t-1 non-constant coefficients from r, in order of increasing
// degree, each sampled as by RandomSecret.
func Split(secret [Size]byte, t int, xs []uint32, r io.Reader) ([][Size]byte, error) {
	if t < 1 || t > len(xs) {
		return nil, fmt.Errorf("shamir: threshold %d outside [1, %d holders]", t, len(xs))
	}
	if err := checkXs(xs); err != nil {
		return nil, err
	}
	coeffs := make([]element, t)
	if err := coeffs[0].setBytes(&secret); err != nil {
		return nil, fmt.Errorf("shamir: secret: %w", err)
	}
	for i := 1; i < t; i++ {
		c, err := random(r)
		if err != nil {
			return nil, fmt.Errorf("shamir: reading randomness: %w", err)
		}
		coeffs[i] = c
	}
	shares := make([][Size]byte, len(xs))
	for i, x := range xs {
		y := evaluate(coeffs, x)
		shares[i] = y.bytes()
	}
	return shares, nil
}

// evaluate computes the polynomial with the given coefficients at x (Horner).
func evaluate(coeffs []element, x uint32) element {
	var ex, acc element
	ex.setUint64(uint64(x))
	for i := len(coeffs) - 1; i >= 0; i-- {
		acc.mul(&acc, &ex)
		acc.add(&acc, &coeffs[i])
	}
	return acc
}

func checkXs(xs []uint32) error {
	seen := make(map[uint32]bool, len(xs))
	for _, x := range xs {
		if x == 0 {
			return errors.New("shamir: x-coordinate 0 would reveal the secret")
		}
		if seen[x] {
			return fmt.Errorf("shamir: x-coordinate %d given twice", x)
		}
		seen[x] = true
	}
	return nil
}

// Interpolator recovers secrets from the shares of one fixed set of holders.
// It precomputes the Lagrange coefficients at zero once, so recovering many
// secrets shared among the same holders costs one multiplication per share.
type Interpolator struct {
	xs     []uint32
	coeffs []element
}

// NewInterpolator prepares recovery from holders at the distinct, nonzero
// x-coordinates xs. It recovers the secret only if len(xs) is at least the
// threshold the secret was split with.
func NewInterpolator(xs []uint32) (*Interpolator, error) {
	if len(xs) == 0 {
		return nil, errors.New("shamir: no holders to interpolate from")
	}
	if err := checkXs(xs); err != nil {
		return nil, err
	}
	ip := &Interpolator{xs: append([]uint32(nil), xs...), coeffs: make([]element, len(xs))}
	for i, xi := range xs {
		var num, den, exi element
		num.setUint64(1)
		den.setUint64(1)
		exi.setUint64(uint64(xi))
		for j, xj := range xs {
			if j == i {
				continue
			}
			var exj, diff element
			exj.setUint64(uint64(xj))
			num.mul(&num, &exj)
			den.mul(&den, diff.sub(&exj, &exi))
		}
		den.invert(&den)
		ip.coeffs[i].mul(&num, &den)
	}
	return ip, nil
}

// Holders returns the x-coordinates the interpolator expects shares from.
func (ip *Interpolator) Holders() []uint32 { return append([]uint32(nil), ip.xs...) }

// Combine recovers the secret from ys, the share values of the holders in
// the order given to NewInterpolator.
func (ip *Interpolator) Combine(ys [][Size]byte) ([Size]byte, error) {
	if len(ys) != len(ip.xs) {
		return [Size]byte{}, fmt.Errorf("shamir: %d shares for %d holders", len(ys), len(ip.xs))
	}
	var acc element
	for i := range ys {
		var y, term element
		if err := y.setBytes(&ys[i]); err != nil {
			return [Size]byte{}, fmt.Errorf("shamir: share of holder %d: %w", ip.xs[i], err)
		}
		acc.add(&acc, term.mul(&y, &ip.coeffs[i]))
	}
	return acc.bytes(), nil
}

// Combine recovers a secret from the shares ys held at xs (same order).
func Combine(xs []uint32, ys [][Size]byte) ([Size]byte, error) {
	ip, err := NewInterpolator(xs)
	if err != nil {
		return [Size]byte{}, err
	}
	return ip.Combine(ys)
}
