package stats

import (
	"fmt"
	"math"
)

// Result is the buyer's document: the same shape as the he engine's
// statistics, with the noise calibration of both compute nodes.
type Result struct {
	Type      string        `json:"type"` // "stats"
	Engine    string        `json:"engine"`
	Owners    int           `json:"owners"` // owners whose measurements are in the aggregate
	Count     int64         `json:"count"`  // their rows, exact (row counts are public)
	Epsilon   float64       `json:"epsilon"`
	Delta     float64       `json:"delta"`
	Rho       float64       `json:"rho"`
	Mechanism []Group       `json:"mechanism"`
	Columns   []ColumnStats `json:"columns"`
}

// Estimate is one released figure with the std of the noise in it.
type Estimate struct {
	Value    float64 `json:"value"`
	NoiseStd float64 `json:"noise_std"`
	Note     string  `json:"note,omitempty"`
}

// ColumnStats are one column's figures in its original units.
type ColumnStats struct {
	Name   string     `json:"name"`
	Bounds [2]float64 `json:"bounds"`
	Sum    *Estimate  `json:"sum,omitempty"`
	Mean   *Estimate  `json:"mean,omitempty"`
	Var    *Estimate  `json:"var,omitempty"` // population variance
	Std    *Estimate  `json:"std,omitempty"`
	Hist   *Histogram `json:"hist,omitempty"`
}

// Histogram holds noisy counts of the bins [e_i, e_i+1), the last closed,
// unclamped (unbiased).
type Histogram struct {
	Edges    []float64 `json:"edges"`
	Counts   []float64 `json:"counts"`
	NoiseStd float64   `json:"noise_std"`
}

// Decode reads the unsharded aggregate (prio's Unshard: per block, the
// released entries) into figures, for owners owners with rows rows in all.
func (p *Plan) Decode(agg [][]int64, owners int, rows int64, eps, delta float64) (*Result, error) {
	if len(agg) != len(p.blocks) {
		return nil, fmt.Errorf("mpc stats: %d blocks decoded, the plan has %d", len(agg), len(p.blocks))
	}
	for b, blk := range p.blocks {
		if len(agg[b]) != len(blk.Release) {
			return nil, fmt.Errorf("mpc stats: block %d has %d figures, the plan %d", b, len(agg[b]), len(blk.Release))
		}
	}
	if rows < 1 {
		return nil, fmt.Errorf("mpc stats: no rows in the aggregate")
	}
	r := &Result{Type: "stats", Engine: "mpc", Owners: owners, Count: rows, Epsilon: eps, Delta: delta, Rho: p.rho, Mechanism: p.Groups()}
	n := float64(rows)
	for j, c := range p.cols {
		cs := ColumnStats{Name: c.Name, Bounds: [2]float64{c.Lo, c.Hi}}
		if p.sums {
			p.decodeMoments(&cs, c, agg[0], j, n)
		}
		r.Columns = append(r.Columns, cs)
	}
	if len(p.hists) > 0 {
		p.decodeHists(r, agg[len(agg)-1])
	}
	return r, nil
}

func (p *Plan) group(name string) Group {
	for _, g := range p.groups {
		if g.Name == name {
			return g
		}
	}
	return Group{}
}

// decodeMoments sets sum and mean (and var and std with squares): with
// S = Σq/Q and T = Σs/Q in units of the range h = hi − lo, sum = n·lo + h·S,
// mean = lo + h·S/n, var = h²(T/n − (S/n)²), and the noise std of each by
// the delta method from the stds of S and T.
func (p *Plan) decodeMoments(cs *ColumnStats, c Column, fig []int64, j int, n float64) {
	h := c.Hi - c.Lo
	S := float64(fig[j]) / Grid
	sdS := p.group("sum").NoiseStd
	cs.Sum = &Estimate{Value: n*c.Lo + h*S, NoiseStd: h * sdS}
	cs.Mean = &Estimate{Value: c.Lo + h*S/n, NoiseStd: h * sdS / n}
	if !p.squares {
		return
	}
	T := float64(fig[len(p.cols)+j]) / Grid
	sdT := p.group("sumsq").NoiseStd
	m := S / n
	v := h * h * (T/n - m*m)
	sdV := h * h * math.Hypot(2*m/n*sdS, sdT/n)
	cs.Var = &Estimate{Value: v, NoiseStd: sdV}
	if v < 0 {
		cs.Var.Value, cs.Var.Note = 0, "negative noisy variance clamped to 0"
	}
	sd := math.Sqrt(cs.Var.Value)
	cs.Std = &Estimate{Value: sd, NoiseStd: sdV / (2 * max(sd, math.SmallestNonzeroFloat64))}
	if sd == 0 {
		cs.Std.NoiseStd, cs.Std.Note = math.Sqrt(sdV), "std at 0: the delta method does not apply; noise std is √(var's)"
	}
}

func (p *Plan) decodeHists(r *Result, fig []int64) {
	sd := p.group("hist").NoiseStd
	k := 0
	for _, j := range p.hists {
		c := p.cols[j]
		hist := &Histogram{Edges: c.Edges, NoiseStd: sd}
		for range len(c.Edges) - 1 {
			hist.Counts = append(hist.Counts, float64(fig[k]))
			k++
		}
		r.Columns[j].Hist = hist
	}
}
