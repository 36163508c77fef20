package psi

import (
	"crypto/rand"
	"fmt"
	"io"

	"github.com/veil-market/veil/dp"
)

// TagList is one owner's encrypted tags, as the mixer received them.
type TagList struct{ cts []ciphertext }

// ParseTags decodes an owner's tag list, which must hold exactly rows
// ciphertexts (its committed row count).
func ParseTags(msg []byte, rows int) (TagList, error) {
	cts, err := parseCiphertexts(msg, rows)
	return TagList{cts}, err
}

// Dummies is the mixer's secret dummy count D = clamp(μ + Z, 0, 2μ), Z a
// discrete Gaussian of σ: the counter's view of the intersection is c + D.
// It must stay secret, and is drawn before the round (DrawDummies) so that
// no message's timing depends on it.
type Dummies struct{ d int64 }

// DrawDummies draws D from rnd (nil: crypto/rand).
func (r Release) DrawDummies(rnd io.Reader) (Dummies, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	d, err := r.dummies(dp.NewSampler(rnd))
	return Dummies{d}, err
}

// Mix is the mixer's step: to every owner's list it adds D encryptions of
// the same fresh random elements (they match in every list) and 2μ − D
// encryptions of elements of their own (they match nothing), then shuffles
// each list. Every list grows by exactly 2μ, so its size says nothing
// about D.
func (r Release) Mix(counter PublicKey, lists []TagList, dummies Dummies, rnd io.Reader) ([][]byte, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	d := dummies.d
	matching := make([]ciphertext, 0, d)
	for range d {
		matching = append(matching, ciphertext{v: g.RandomElement(rnd)})
	}
	out := make([][]byte, len(lists))
	for i, l := range lists {
		cts := append([]ciphertext(nil), l.cts...)
		for _, m := range matching {
			cts = append(cts, encrypt(m.v, counter.Q, rnd))
		}
		for int64(len(cts)) < int64(len(l.cts))+2*r.Mu {
			cts = append(cts, encrypt(g.RandomElement(rnd), counter.Q, rnd))
		}
		if err := shuffle(len(cts), func(i, j int) { cts[i], cts[j] = cts[j], cts[i] }, rnd); err != nil {
			return nil, err
		}
		out[i] = encodeCiphertexts(cts)
	}
	return out, nil
}

// dummies draws D = clamp(μ + Z, 0, 2μ).
func (r Release) dummies(s *dp.Sampler) (int64, error) {
	z, err := s.DiscreteGaussianVector(r.Sigma, 1)
	if err != nil {
		return 0, fmt.Errorf("psi: mixer noise: %w", err)
	}
	return min(max(r.Mu+z[0], 0), 2*r.Mu), nil
}
