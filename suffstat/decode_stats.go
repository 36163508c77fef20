package suffstat

import (
	"math"
	"slices"
)

// pairIndex is the position of pair (j, k), j < k, in the row-major upper
// triangle (without diagonal) of a d×d matrix.
func pairIndex(d, j, k int) int { return j*d - j*(j+1)/2 + (k - j - 1) }

// statsView reads figures of a decoded stats vector in original units.
type statsView struct {
	p                *Layout
	sum, sumsq, pair group
}

func (v statsView) n(s []float64) float64 { return s[slotRows] }

// zVar is the normalised variance of column j: S2/n - (S1/n)².
func (v statsView) zVar(s []float64, j int) float64 {
	m := s[v.sum.offset+j] / v.n(s)
	return s[v.sumsq.offset+j]/v.n(s) - m*m
}

// zCov is the normalised covariance of columns j != k.
func (v statsView) zCov(s []float64, j, k int) float64 {
	if j > k {
		j, k = k, j
	}
	n := v.n(s)
	c := s[v.pair.offset+pairIndex(len(v.p.cols), j, k)]
	return c/n - s[v.sum.offset+j]/n*s[v.sum.offset+k]/n
}

func (v statsView) idx(j, k int) []int {
	out := []int{v.sum.offset + j, v.sumsq.offset + j}
	if k >= 0 && k != j {
		a, b := min(j, k), max(j, k)
		out = append(out, v.sum.offset+k, v.sumsq.offset+k, v.pair.offset+pairIndex(len(v.p.cols), a, b))
	}
	return out
}

func (p *Layout) decodeStats(res *Release, s, sd []float64) {
	v := statsView{p: p}
	v.sum, _ = p.group("sum")
	v.sumsq, _ = p.group("sumsq")
	v.pair, _ = p.group("cross")
	want := func(name string) bool { return slices.Contains(p.task.Stats, name) }
	for j, c := range p.cols {
		cs := ColumnStats{Name: c.name, Bounds: [2]float64{c.bounds.Lo, c.bounds.Hi}}
		n, h, i := v.n(s), c.half(), v.sum.offset+j
		if want("sum") {
			e := estimate(n*c.center()+h*s[i], h*sd[i])
			cs.Sum = &e
		}
		if want("mean") {
			e := estimate(c.center()+h*s[i]/n, h*sd[i]/n)
			cs.Mean = &e
		}
		if want("var") {
			e := v.variance(s, sd, j)
			cs.Var = &e
		}
		if want("std") {
			e := v.stddev(s, sd, j)
			cs.Std = &e
		}
		cs.Hist = p.decodeHist(s, sd, j)
		res.Columns = append(res.Columns, cs)
	}
	if want("cov") {
		res.Cov = v.matrix(s, sd, v.covariance)
	}
	if want("corr") {
		res.Corr = v.matrix(s, sd, v.correlation)
	}
}

func (v statsView) variance(s, sd []float64, j int) Estimate {
	h2 := v.p.cols[j].half() * v.p.cols[j].half()
	f := func(x []float64) float64 { return h2 * v.zVar(x, j) }
	e := estimate(f(s), deltaStd(scalar(f), s, sd, v.idx(j, -1))[0])
	if e.Value < 0 {
		e.Value, e.Note = 0, "clamped to 0: the noisy variance was negative"
	}
	return e
}

func (v statsView) stddev(s, sd []float64, j int) Estimate {
	h := v.p.cols[j].half()
	f := func(x []float64) float64 { return h * math.Sqrt(v.zVar(x, j)) }
	if v.zVar(s, j) <= 0 {
		return Estimate{Note: "clamped to 0: the noisy variance was not positive"}
	}
	return estimate(f(s), deltaStd(scalar(f), s, sd, v.idx(j, -1))[0])
}

func (v statsView) covariance(s, sd []float64, j, k int) Estimate {
	if j == k {
		return v.variance(s, sd, j)
	}
	hh := v.p.cols[j].half() * v.p.cols[k].half()
	f := func(x []float64) float64 { return hh * v.zCov(x, j, k) }
	return estimate(f(s), deltaStd(scalar(f), s, sd, v.idx(j, k))[0])
}

func (v statsView) correlation(s, sd []float64, j, k int) Estimate {
	if j == k {
		return Estimate{Value: 1}
	}
	f := func(x []float64) float64 { return v.zCov(x, j, k) / math.Sqrt(v.zVar(x, j)*v.zVar(x, k)) }
	e := estimate(f(s), deltaStd(scalar(f), s, sd, v.idx(j, k))[0])
	if math.Abs(e.Value) > 1 {
		e.Value, e.Note = math.Copysign(1, e.Value), "clamped to ±1"
	}
	return e
}

func (v statsView) matrix(s, sd []float64, f func(s, sd []float64, j, k int) Estimate) *Matrix {
	m := &Matrix{}
	for j, c := range v.p.cols {
		m.Columns = append(m.Columns, c.name)
		row := make([]Estimate, len(v.p.cols))
		for k := range v.p.cols {
			row[k] = f(s, sd, j, k)
		}
		m.Values = append(m.Values, row)
	}
	return m
}

func (p *Layout) decodeHist(s, sd []float64, col int) *Histogram {
	i := slices.IndexFunc(p.hists, func(h histogram) bool { return h.col == col })
	if i < 0 {
		return nil
	}
	h := p.hists[i]
	out := &Histogram{Edges: slices.Clone(h.edges)}
	for b := range len(h.edges) - 1 {
		out.Counts = append(out.Counts, estimate(s[h.offset+b], sd[h.offset+b]))
	}
	return out
}
