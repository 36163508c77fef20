package suffstat

import (
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
)

// Contribution is an owner's statistics vector on the layout's fixed-point
// grid: slot i holds data[i] + noise[i] in units of 2^-grid(i). The two
// parts are kept apart so that neither sum can overflow an int64; they are
// added modulo each prime when encrypted (mhe.EncryptOnGrid).
type Contribution struct {
	data, noise []int64
	grids       []int
}

// Len is the number of slots.
func (c *Contribution) Len() int { return len(c.data) }

// Values returns the noised statistics as reals (data + noise at each
// slot's grid): what the buyer's decryption yields for this owner alone.
func (c *Contribution) Values() []float64 {
	out := make([]float64, len(c.data))
	for i := range out {
		out[i] = math.Ldexp(float64(c.data[i]), -c.grids[i]) + math.Ldexp(float64(c.noise[i]), -c.grids[i])
	}
	return out
}

// Grid returns slot i's grid exponent and its two integer parts, so that
// slot i is exactly (data[i] + noise[i])·2^-grids[i]. The slices are copies.
func (c *Contribution) Grid() (grids []int, data, noise []int64) {
	return slices.Clone(c.grids), slices.Clone(c.data), slices.Clone(c.noise)
}

// EncodeContribution computes an owner's statistics on its own rows: each
// value clipped to the layout's bounds (a missing or non-numeric value counts
// as the midpoint) and normalised to [-1, 1], each row's figures rounded to
// the group's grid and summed exactly, and this owner's share of the DP
// noise drawn from the exact discrete Gaussian on that grid. The owner and
// row counts get no noise. Nothing here depends on a value for success or
// running time beyond the row count: a table with the layout's columns always
// encodes. s draws the noise (crypto/rand when nil).
func (p *Layout) EncodeContribution(t *dataset.Table, s *dp.Sampler) (*Contribution, error) {
	c, err := p.encodeData(t)
	if err != nil {
		return nil, err
	}
	if err := p.addNoiseShare(c.noise, s); err != nil {
		return nil, err
	}
	return c, nil
}

// encodeData is EncodeContribution without the noise share.
func (p *Layout) encodeData(t *dataset.Table) (*Contribution, error) {
	if t == nil {
		return nil, fmt.Errorf("suffstat: no table")
	}
	idx, err := p.columnIndexes(t)
	if err != nil {
		return nil, err
	}
	c := &Contribution{data: make([]int64, p.length), noise: make([]int64, p.length), grids: make([]int, p.length)}
	for i := range c.grids {
		c.grids[i] = p.grid(i)
	}
	c.data[slotOwners] = 1
	c.data[slotRows] = int64(len(t.Rows))
	z := make([]float64, len(p.cols))
	x := make([]float64, len(p.cols))
	for _, row := range t.Rows {
		for i, col := range p.cols {
			v := math.NaN()
			if idx[i] < len(row) {
				v = row[idx[i]]
			}
			x[i], z[i] = col.clip(v), col.normalise(v)
		}
		p.accumulate(c.data, z, x)
	}
	return c, nil
}

func (p *Layout) columnIndexes(t *dataset.Table) ([]int, error) {
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
			return nil, fmt.Errorf("suffstat: the table has no column %q", c.name)
		}
		idx[i] = j
	}
	return idx, nil
}

// accumulate adds one row (z normalised, x clipped) to the statistics,
// each figure rounded to its group's grid.
func (p *Layout) accumulate(vec []int64, z, x []float64) {
	if p.task.Type == TypeLinreg {
		p.accumulateLinreg(vec, z)
		return
	}
	d := len(z)
	if g, ok := p.group("sum"); ok {
		for j := range d {
			vec[g.offset+j] += onGrid(z[j], g.grid)
		}
	}
	if g, ok := p.group("sumsq"); ok {
		for j := range d {
			vec[g.offset+j] += onGrid(z[j]*z[j], g.grid)
		}
	}
	if g, ok := p.group("cross"); ok {
		k := g.offset
		for j := range d {
			for l := j + 1; l < d; l++ {
				vec[k] += onGrid(z[j]*z[l], g.grid)
				k++
			}
		}
	}
	if len(p.hists) > 0 {
		g, _ := p.group("hist")
		for _, h := range p.hists {
			if b, ok := binOf(h.edges, x[h.col]); ok {
				vec[h.offset+b] += onGrid(1, g.grid)
			}
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

func (p *Layout) accumulateLinreg(vec []int64, z []float64) {
	d := len(z) - 1 // the label is last
	y := z[d]
	sum, _ := p.group("sum")
	xx, _ := p.group("xx")
	xy, _ := p.group("xy")
	yy, _ := p.group("yy")
	k := xx.offset
	for j := range d {
		vec[sum.offset+j] += onGrid(z[j], sum.grid)
		vec[xy.offset+j] += onGrid(z[j]*y, xy.grid)
		for l := j; l < d; l++ {
			vec[k] += onGrid(z[j]*z[l], xx.grid)
			k++
		}
	}
	vec[sum.offset+d] += onGrid(y, sum.grid)
	vec[yy.offset] += onGrid(y*y, yy.grid)
}

// addNoiseShare draws this owner's discrete Gaussian share, in grid units,
// for every noised slot.
func (p *Layout) addNoiseShare(noise []int64, s *dp.Sampler) error {
	if s == nil {
		s = dp.NewSampler(nil)
	}
	for _, g := range p.groups {
		v, err := s.DiscreteGaussianVector(math.Ldexp(g.shareSigma, g.grid), g.len)
		if err != nil {
			return fmt.Errorf("suffstat: drawing noise: %w", err)
		}
		copy(noise[g.offset:], v)
	}
	return nil
}
