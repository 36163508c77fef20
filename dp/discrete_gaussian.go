package dp

import (
	"math"
	"math/big"
)

// MaxDiscreteSigma bounds the sigma accepted by DiscreteGaussian so that every
// intermediate value of the sampler fits in 64-bit integers (2^52 ≈ 4.5e15,
// far beyond any noise a 64-bit secure-aggregation modulus can hold).
const MaxDiscreteSigma = 1 << 52

// dgParams holds the exact rational form of sigma^2 = a/b and the derived
// constants of CKS20 Algorithm 3, computed once per sigma.
type dgParams struct {
	a, b *big.Int // sigma^2 = a/b exactly (sigma is a dyadic rational)
	t    uint64   // floor(sigma) + 1, the discrete Laplace scale
	bt   *big.Int // b*t
	den  *big.Int // 2*a*b*t^2, the denominator of the acceptance exponent
}

func newDGParams(sigma float64) dgParams {
	r := new(big.Rat).SetFloat64(sigma) // exact: every float64 is a dyadic rational
	r.Mul(r, r)
	p := dgParams{a: new(big.Int).Set(r.Num()), b: new(big.Int).Set(r.Denom())}
	p.t = uint64(math.Floor(sigma)) + 1
	p.bt = new(big.Int).Mul(p.b, new(big.Int).SetUint64(p.t))
	p.den = new(big.Int).Mul(p.bt, new(big.Int).SetUint64(p.t))
	p.den.Mul(p.den, p.a)
	p.den.Lsh(p.den, 1)
	return p
}

func checkDiscreteSigma(sigma float64) error {
	if !finite(sigma) || sigma < 0 || sigma > MaxDiscreteSigma {
		return errParam("discrete Gaussian sigma must be in [0, 2^52], got %v", sigma)
	}
	return nil
}

// DiscreteGaussian returns an exact draw from the discrete Gaussian N_Z(0,
// sigma^2), P[x] ∝ exp(-x²/(2σ²)) on the integers, by Canonne, Kamath,
// Steinke (NeurIPS 2020), Algorithm 3, with rational arithmetic throughout.
// Its variance is at most sigma^2 and within a factor 1-1e-15 of it for
// sigma >= 1. An invalid sigma (negative, NaN, infinite, above
// MaxDiscreteSigma) sets Err and returns 0.
func (s *Sampler) DiscreteGaussian(sigma float64) int64 {
	if err := checkDiscreteSigma(sigma); err != nil {
		s.fail(err)
		return 0
	}
	if sigma == 0 {
		return 0
	}
	if s.dg.a == nil || s.dgSigma != sigma {
		s.dg, s.dgSigma = newDGParams(sigma), sigma
	}
	return s.discreteGaussian(s.dg)
}

// DiscreteGaussianVector returns n independent draws from N_Z(0, sigma^2), or
// an error for an invalid sigma or a failed randomness source.
func (s *Sampler) DiscreteGaussianVector(sigma float64, n int) ([]int64, error) {
	if err := checkDiscreteSigma(sigma); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, errParam("vector length must be >= 0, got %d", n)
	}
	out := make([]int64, n)
	if sigma > 0 {
		p := newDGParams(sigma)
		for i := range out {
			out[i] = s.discreteGaussian(p)
		}
	}
	if s.err != nil {
		return nil, s.err
	}
	return out, nil
}

// discreteGaussian is CKS20 Algorithm 3: propose Y from the discrete Laplace
// with scale t = floor(σ)+1 and accept with probability
// exp(-(|Y| - σ²/t)² / (2σ²)), written over the integers as
// exp(-(|Y|·b·t - a)² / (2·a·b·t²)) for σ² = a/b.
func (s *Sampler) discreteGaussian(p dgParams) int64 {
	num := new(big.Int)
	for s.err == nil {
		y := s.discreteLaplace(p.t)
		num.SetUint64(absInt64(y))
		num.Mul(num, p.bt)
		num.Sub(num, p.a)
		num.Mul(num, num)
		if s.bernoulliExpNeg(num, p.den) {
			return y
		}
	}
	return 0
}

func absInt64(x int64) uint64 {
	if x < 0 {
		return uint64(-x)
	}
	return uint64(x)
}
