package stats

import (
	"fmt"
	"math"
	"sort"

	"github.com/veil-market/veil/dp"
)

// quantize is the public rule for one value: clipped to the range (a value
// that is not a number counts as the midpoint) and rounded to the grid.
func (c Column) quantize(x float64) uint64 {
	if math.IsNaN(x) {
		x = (c.Lo + c.Hi) / 2
	}
	z := (min(max(x, c.Lo), c.Hi) - c.Lo) / (c.Hi - c.Lo)
	return uint64(min(max(math.Round(z*Grid), 0), Grid))
}

// square is q's square on the same grid.
func square(q uint64) uint64 {
	z := float64(q) / Grid
	return uint64(min(max(math.Round(z*z*Grid), 0), Grid))
}

// bin is the histogram bin of x: [e_i, e_i+1), the last closed; values
// outside the edges (and non-numbers) go to the extra bin len(edges)−1.
func (c Column) bin(x float64) int {
	e := c.Edges
	outside := len(e) - 1
	if math.IsNaN(x) || x < e[0] || x > e[len(e)-1] {
		return outside
	}
	i := sort.SearchFloat64s(e, x) // the first edge ≥ x
	if e[i] == x {
		return min(i, len(e)-2)
	}
	return i - 1
}

// Encode turns an owner's rows (values[j] is column j, every column with
// the owner's committed row count) into its measurements, one per block.
// Every row is used; no value makes it fail.
func (p *Plan) Encode(values [][]float64) ([][]uint64, error) {
	if len(values) != len(p.cols) {
		return nil, fmt.Errorf("mpc stats: %d columns of values for %d task columns", len(values), len(p.cols))
	}
	rows := len(values[0])
	for j, v := range values {
		if len(v) != rows {
			return nil, fmt.Errorf("mpc stats: column %q has %d values, column %q %d", p.cols[j].Name, len(v), p.cols[0].Name, rows)
		}
	}
	var meas [][]uint64
	if len(p.blocks) > 0 && (p.sums || p.squares) {
		meas = append(meas, p.encodeSums(values, uint64(rows)))
	}
	if len(p.hists) > 0 {
		meas = append(meas, p.encodeHists(values))
	}
	return meas, nil
}

func (p *Plan) encodeSums(values [][]float64, rows uint64) []uint64 {
	var m []uint64
	pair := func(s uint64) { m = append(m, s, rows*Grid-s) }
	if p.sums {
		for j, c := range p.cols {
			var s uint64
			for _, x := range values[j] {
				s += c.quantize(x)
			}
			pair(s)
		}
	}
	if p.squares {
		for j, c := range p.cols {
			var s uint64
			for _, x := range values[j] {
				s += square(c.quantize(x))
			}
			pair(s)
		}
	}
	return m
}

func (p *Plan) encodeHists(values [][]float64) []uint64 {
	var m []uint64
	for _, j := range p.hists {
		counts := make([]uint64, len(p.cols[j].Edges))
		for _, x := range values[j] {
			counts[p.cols[j].bin(x)]++
		}
		m = append(m, counts...)
	}
	return m
}

// Noise draws one compute node's noise for its aggregate share: per block,
// one integer per released entry, each a discrete Gaussian of its group's
// σ in grid steps.
func (p *Plan) Noise(s *dp.Sampler) ([][]int64, error) {
	var out [][]int64
	for _, g := range p.groups {
		z, err := s.DiscreteGaussianVector(g.Sigma*p.scale(g.Name), g.Figures)
		if err != nil {
			return nil, fmt.Errorf("mpc stats: noise for %q: %w", g.Name, err)
		}
		if g.Name == "hist" || len(out) == 0 {
			out = append(out, z)
		} else {
			out[0] = append(out[0], z...)
		}
	}
	return out, nil
}
