package he

import (
	"fmt"
	"math"
	"sort"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
)

// EncodeContribution computes an owner's statistics vector on its own rows:
// each value clipped to the plan's bounds and normalised to [-1, 1], the
// sufficient statistics summed, and this owner's share of the DP noise added
// to every figure except the owner and row counts (so that no party, the
// aggregator included, ever sees an un-noised aggregate). The result is
// what EncryptInput encrypts. s draws the noise (crypto/rand when nil).
func (p *Plan) EncodeContribution(t *dataset.Table, s *dp.Sampler) ([]float64, error) {
	if t == nil {
		return nil, fmt.Errorf("he: no table")
	}
	idx, err := p.columnIndexes(t)
	if err != nil {
		return nil, err
	}
	vec := make([]float64, p.length)
	vec[slotOwners] = 1
	vec[slotRows] = float64(len(t.Rows))
	z := make([]float64, len(p.cols))
	x := make([]float64, len(p.cols))
	for r, row := range t.Rows {
		for i, c := range p.cols {
			if idx[i] >= len(row) || math.IsNaN(row[idx[i]]) || math.IsInf(row[idx[i]], 0) {
				return nil, fmt.Errorf("he: row %d, column %q: missing or not a finite number", r+1, c.name)
			}
			x[i] = c.bounds.Clamp(row[idx[i]])
			z[i] = c.normalise(row[idx[i]])
		}
		p.accumulate(vec, z, x)
	}
	if err := p.addNoiseShare(vec, s); err != nil {
		return nil, err
	}
	return vec, nil
}

func (p *Plan) columnIndexes(t *dataset.Table) ([]int, error) {
	idx := make([]int, len(p.cols))
	for i, c := range p.cols {
		j := -1
		for k, name := range t.Columns {
			if name == c.name {
				j = k
				break
			}
		}
		if j < 0 {
			return nil, fmt.Errorf("he: the table has no column %q", c.name)
		}
		idx[i] = j
	}
	return idx, nil
}

// accumulate adds one row (z normalised, x clipped) to the statistics.
func (p *Plan) accumulate(vec, z, x []float64) {
	if p.task.Type == TypeLinreg {
		p.accumulateLinreg(vec, z)
		return
	}
	d := len(z)
	if g, ok := p.group("sum"); ok {
		for j := range d {
			vec[g.offset+j] += z[j]
		}
	}
	if g, ok := p.group("sumsq"); ok {
		for j := range d {
			vec[g.offset+j] += z[j] * z[j]
		}
	}
	if g, ok := p.group("cross"); ok {
		k := g.offset
		for j := range d {
			for l := j + 1; l < d; l++ {
				vec[k] += z[j] * z[l]
				k++
			}
		}
	}
	for _, h := range p.hists {
		if b, ok := binOf(h.edges, x[h.col]); ok {
			vec[h.offset+b]++
		}
	}
}

// binOf returns the bin [e_b, e_b+1) holding v (the last bin is closed);
// false for a value outside the edges.
func binOf(edges []float64, v float64) (int, bool) {
	last := len(edges) - 1
	if v < edges[0] || v > edges[last] {
		return 0, false
	}
	b := sort.Search(len(edges), func(i int) bool { return edges[i] > v }) - 1 // last edge <= v
	return min(b, last-1), true
}

func (p *Plan) accumulateLinreg(vec, z []float64) {
	d := len(z) - 1 // the label is last
	y := z[d]
	sum, _ := p.group("sum")
	xx, _ := p.group("xx")
	xy, _ := p.group("xy")
	yy, _ := p.group("yy")
	k := xx.offset
	for j := range d {
		vec[sum.offset+j] += z[j]
		vec[xy.offset+j] += z[j] * y
		for l := j; l < d; l++ {
			vec[k] += z[j] * z[l]
			k++
		}
	}
	vec[sum.offset+d] += y
	vec[yy.offset] += y * y
}

// addNoiseShare adds this owner's Gaussian share to every noised slot.
func (p *Plan) addNoiseShare(vec []float64, s *dp.Sampler) error {
	if s == nil {
		s = dp.NewSampler(nil)
	}
	for _, g := range p.groups {
		for i := g.offset; i < g.offset+g.len; i++ {
			vec[i] += s.Gaussian(g.shareSigma)
		}
	}
	if err := s.Err(); err != nil {
		return fmt.Errorf("he: drawing noise: %w", err)
	}
	return nil
}
