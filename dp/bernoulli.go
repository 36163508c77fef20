package dp

import "math/big"

// Exact Bernoulli trials with rational parameters, the building blocks of
// Canonne, Kamath, Steinke (NeurIPS 2020), Algorithm 1. No floating point is
// involved: each trial compares the binary expansion of a uniform U in [0, 1),
// drawn lazily bit by bit, with the binary expansion of the rational p, so it
// returns true with probability exactly p (expected two random bits).

// bernoulli returns true with probability num/den, for 0 <= num and den > 0
// (num >= den gives true).
func (s *Sampler) bernoulli(num, den *big.Int) bool {
	if num.Sign() <= 0 {
		return false
	}
	if num.Cmp(den) >= 0 {
		return true
	}
	if den.IsUint64() && den.Uint64() < 1<<62 {
		return s.bernoulliUint64(num.Uint64(), den.Uint64())
	}
	rem := new(big.Int).Set(num)
	for s.err == nil {
		rem.Lsh(rem, 1)
		var pbit uint64
		if rem.Cmp(den) >= 0 {
			pbit = 1
			rem.Sub(rem, den)
		}
		if u := s.bit(); u != pbit {
			return u < pbit
		}
	}
	return false
}

// bernoulliUint64 is bernoulli for 0 < num < den < 2^62, without allocation.
func (s *Sampler) bernoulliUint64(num, den uint64) bool {
	rem := num
	for s.err == nil {
		rem <<= 1
		var pbit uint64
		if rem >= den {
			pbit = 1
			rem -= den
		}
		if u := s.bit(); u != pbit {
			return u < pbit
		}
	}
	return false
}

// bernoulliExpNeg1 returns true with probability exp(-num/den) for
// 0 <= num/den <= 1 (CKS20 Algorithm 1, first part): with A_k ~ Bern(γ/k),
// the first k with A_k = 0 is odd with probability exactly exp(-γ).
func (s *Sampler) bernoulliExpNeg1(num, den *big.Int) bool {
	if num.IsUint64() && den.IsUint64() && den.Uint64() < 1<<31 {
		return s.bernoulliExpNeg1Uint64(num.Uint64(), den.Uint64())
	}
	k := int64(1)
	kden := new(big.Int)
	for s.err == nil {
		kden.Mul(den, big.NewInt(k))
		if !s.bernoulli(num, kden) {
			break
		}
		k++
	}
	return k%2 == 1
}

// bernoulliExpNeg1Uint64 is bernoulliExpNeg1 for num <= den < 2^31, where
// den·k stays below 2^62 for every k the loop can reach in practice (k > 2^31
// has probability below 1/(2^31)!).
func (s *Sampler) bernoulliExpNeg1Uint64(num, den uint64) bool {
	k := uint64(1)
	for s.err == nil && k < 1<<31 {
		if num >= den*k {
			k++ // probability-1 trial, as in bernoulli
			continue
		}
		if num == 0 || !s.bernoulliUint64(num, den*k) {
			break
		}
		k++
	}
	return k%2 == 1
}

var bigOne = big.NewInt(1)

// bernoulliExpNeg returns true with probability exp(-num/den) for any
// num/den >= 0 (CKS20 Algorithm 1, second part): exp(-γ) is the product of
// floor(γ) factors exp(-1) and one factor exp(-(γ - floor γ)).
func (s *Sampler) bernoulliExpNeg(num, den *big.Int) bool {
	whole, frac := new(big.Int).QuoRem(num, den, new(big.Int))
	for ; whole.Sign() > 0 && s.err == nil; whole.Sub(whole, bigOne) {
		if !s.bernoulliExpNeg1(bigOne, bigOne) {
			return false
		}
	}
	return s.bernoulliExpNeg1(frac, den)
}
