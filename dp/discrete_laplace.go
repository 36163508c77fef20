package dp

import (
	"math"
	"math/big"
)

// discreteLaplace returns an exact draw from the discrete Laplace distribution
// with scale t >= 1, P[x] ∝ exp(-|x|/t) on the integers (CKS20 Algorithm 2
// with s = 1): X = U + t·V with U uniform on {0..t-1} kept with probability
// exp(-U/t) and V geometric with P[V >= v] = exp(-v), then a random sign with
// the double-counted zero rejected.
func (s *Sampler) discreteLaplace(t uint64) int64 {
	bigT := new(big.Int).SetUint64(t)
	u := new(big.Int)
	for s.err == nil {
		uv := s.uniform(t)
		if !s.bernoulliExpNeg1(u.SetUint64(uv), bigT) {
			continue
		}
		v := uint64(0)
		for s.err == nil && s.bernoulliExpNeg1(bigOne, bigOne) {
			v++
		}
		if v > (math.MaxInt64-uv)/t {
			continue // |X| would not fit in int64; probability below exp(-2^11)
		}
		x := int64(uv + t*v)
		negative := s.bit() == 1
		if negative && x == 0 {
			continue
		}
		if negative {
			return -x
		}
		return x
	}
	return 0
}

// DiscreteLaplace returns an exact draw from the discrete Laplace distribution
// P[x] ∝ exp(-|x|/t) for an integer scale t >= 1 (an ε-DP mechanism for
// integer queries of L1 sensitivity Δ when t >= Δ/ε). t = 0 sets Err and
// returns 0.
func (s *Sampler) DiscreteLaplace(t uint64) int64 {
	if t == 0 || t > MaxDiscreteSigma {
		s.fail(errParam("discrete Laplace scale must be in [1, 2^52], got %d", t))
		return 0
	}
	return s.discreteLaplace(t)
}
