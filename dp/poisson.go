package dp

import "math/big"

// PoissonSample returns which of rows rows a round keeps: each
// independently with probability exactly q (the dyadic rational the
// float64 q is: each trial compares a lazily drawn uniform with q's binary
// expansion), from the sampler's randomness source. q must be in (0, 1].
//
// The kept count is data-independent but secret (the accountant's
// amplification depends on it staying hidden): callers must not let any
// message size or timing depend on it — the fl engine computes every row's
// gradient and adds zero for the rows left out.
func (s *Sampler) PoissonSample(rows int, q float64) ([]bool, error) {
	if !finite(q) || q <= 0 || q > 1 {
		return nil, errParam("sampling rate must be in (0, 1], got %v", q)
	}
	if err := checkCount("rows", rows); err != nil && rows != 0 {
		return nil, err
	}
	r := new(big.Rat).SetFloat64(q)
	num, den := r.Num(), r.Denom()
	keep := make([]bool, rows)
	for i := range keep {
		keep[i] = s.bernoulli(num, den)
	}
	if s.err != nil {
		return nil, s.err
	}
	return keep, nil
}
