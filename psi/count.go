package psi

import (
	"crypto/rand"
	"fmt"
	"io"

	"github.com/veil-market/veil/dp"
)

// Noise is the counter's own discrete Gaussian of σ, drawn before the
// round (DrawNoise) so that no message's timing depends on it.
type Noise struct{ z int64 }

// DrawNoise draws the counter's noise from rnd (nil: crypto/rand).
func (r Release) DrawNoise(rnd io.Reader) (Noise, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	z, err := dp.NewSampler(rnd).DiscreteGaussianVector(r.Sigma, 1)
	if err != nil {
		return Noise{}, fmt.Errorf("psi: counter noise: %w", err)
	}
	return Noise{z[0]}, nil
}

// Count is the counter's step: it decrypts every list the mixer forwarded
// (list i must hold rows[i] + 2μ ciphertexts), counts the elements present
// in all of them (each list taken as a set), and returns that count plus
// its noise. The result goes to the buyer only; the buyer's estimate is
// Release.Estimate of it. An error means the mixer's message is unusable.
func (ks *KeyShare) Count(lists [][]byte, rows []int, r Release, noise Noise) (int64, error) {
	if ks.role != Counter {
		return 0, fmt.Errorf("psi: only the counter counts")
	}
	if len(lists) != len(rows) || len(lists) < 2 {
		return 0, fmt.Errorf("psi: %d lists for %d owners (need at least 2)", len(lists), len(rows))
	}
	c, err := ks.intersect(lists, rows, r)
	if err != nil {
		return 0, err
	}
	return c + noise.z, nil
}

// intersect is the exact count of elements in every list: c + D.
func (ks *KeyShare) intersect(lists [][]byte, rows []int, r Release) (int64, error) {
	seen := map[string]int{}
	for i, msg := range lists {
		cts, err := parseCiphertexts(msg, rows[i]+int(2*r.Mu))
		if err != nil {
			return 0, fmt.Errorf("psi: list %d from the mixer: %w", i, err)
		}
		plain := make([][]byte, len(cts))
		parallel(len(cts), func(lo, hi int) {
			for j := lo; j < hi; j++ {
				plain[j] = cts[j].decrypt(ks.q)
			}
		})
		for _, p := range plain {
			t := string(p)
			if seen[t] == i { // in every earlier list, not yet in this one
				seen[t] = i + 1
			}
		}
	}
	var c int64
	for _, n := range seen {
		if n == len(lists) {
			c++
		}
	}
	return c, nil
}
