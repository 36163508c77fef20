package suffstat

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
)

// Terms are a job's privacy terms as a layout uses them.
type Terms struct {
	Epsilon   float64 // > 0: the whole job's budget
	Delta     float64 // in (0, 1)
	Owners    int     // n: owners asked for an input
	Dropouts  int     // d: owners whose input may be missing
	Colluders int     // c: owners that may collude with the aggregator
}

// Layout is a validated task with its vector layout and noise calibration.
// Owners, aggregator and buyer build the same Layout from the same spec and
// metadata; it is immutable.
type Layout struct {
	task    *Task
	cols    []column
	privacy Terms
	rho     float64
	groups  []group
	hists   []histogram
	length  int
	rows    int // the datasets' public row counts, summed: bounds every sum
}

// MaxOwners bounds the owners whose vectors a layout sums.
const MaxOwners = 1 << 10

// Fixed slots: every owner contributes 1 to slotOwners and its row count to
// slotRows. Both are public and released exactly, without noise.
const (
	slotOwners = iota
	slotRows
	fixedSlots
)

// group is a block of statistics that share one Gaussian mechanism.
type group struct {
	name        string
	offset, len int
	sensitivity float64 // L2, in normalised units, replace-one neighbours
	rho         float64 // zCDP budget share
	sigma       float64 // DP noise std of the summed figure
	shareSigma  float64 // std each owner adds
	grid        int     // figures and noise live on the grid 2^-grid (fixedpoint_grid.go)
}

// histogram is one column's bin layout.
type histogram struct {
	col    int
	edges  []float64
	offset int
}

// NewLayout validates the task (as ValidateTask) and the privacy terms, lays
// out the statistics vector and calibrates the noise.
func NewLayout(raw []byte, metas []*dataset.Metadata, priv Terms) (*Layout, error) {
	t, err := ParseTask(raw)
	if err != nil {
		return nil, err
	}
	cols, err := resolveColumns(t, metas)
	if err != nil {
		return nil, err
	}
	rho, err := checkPrivacy(priv)
	if err != nil {
		return nil, err
	}
	p := &Layout{task: t, cols: cols, privacy: priv, rho: rho, length: fixedSlots, rows: totalRows(metas)}
	if t.Type == TypeStats {
		p.layoutStats()
	} else {
		p.layoutLinreg()
	}
	if err := p.calibrate(); err != nil {
		return nil, err
	}
	return p, nil
}

func checkPrivacy(priv Terms) (float64, error) {
	if priv.Owners < 1 || priv.Owners > MaxOwners {
		return 0, fmt.Errorf("suffstat: privacy: owners must be in [1, %d], got %d", MaxOwners, priv.Owners)
	}
	if _, err := dp.ShareVariance(1, priv.Owners, priv.Dropouts, priv.Colluders); err != nil {
		return 0, fmt.Errorf("suffstat: privacy: %w", err)
	}
	rho, err := dp.ZCDPFromEpsDelta(priv.Epsilon, priv.Delta)
	if err != nil {
		return 0, fmt.Errorf("suffstat: privacy: %w", err)
	}
	return rho, nil
}

// addGroup appends a group of k figures with the given L2 sensitivity.
func (p *Layout) addGroup(name string, k int, sensitivity float64) {
	if k == 0 {
		return
	}
	p.groups = append(p.groups, group{name: name, offset: p.length, len: k, sensitivity: sensitivity})
	p.length += k
}

func (p *Layout) layoutStats() {
	d := len(p.cols)
	need := func(stats ...string) bool {
		return slices.ContainsFunc(stats, func(s string) bool { return slices.Contains(p.task.Stats, s) })
	}
	if need("sum", "mean", "var", "std", "cov", "corr") {
		p.addGroup("sum", d, 2*math.Sqrt(float64(d))) // z in [-1,1]: a replaced row moves each sum by <= 2
	}
	if need("var", "std", "cov", "corr") {
		p.addGroup("sumsq", d, math.Sqrt(float64(d))) // z^2 in [0,1]
	}
	if pairs := d * (d - 1) / 2; need("cov", "corr") && pairs > 0 {
		p.addGroup("cross", pairs, 2*math.Sqrt(float64(pairs))) // z_j z_k in [-1,1]
	}
	if need("hist") {
		p.layoutHist()
	}
}

func (p *Layout) layoutHist() {
	start, bins := p.length, 0
	for i, c := range p.cols {
		edges, ok := p.task.Bins[c.name]
		if !ok {
			continue
		}
		p.hists = append(p.hists, histogram{col: i, edges: edges, offset: start + bins})
		bins += len(edges) - 1
	}
	// A replaced row leaves one bin and enters another in each histogram.
	p.addGroup("hist", bins, math.Sqrt(2*float64(len(p.hists))))
}

func (p *Layout) layoutLinreg() {
	d := len(p.task.Features)
	p.addGroup("sum", d+1, 2*math.Sqrt(float64(d+1)))                       // Σz_j and Σy
	p.addGroup("xx", d*(d+1)/2, math.Sqrt(float64(d)+4*float64(d*(d-1)/2))) // Σz_j z_k, j<=k
	p.addGroup("xy", d, 2*math.Sqrt(float64(d)))                            // Σz_j y
	p.addGroup("yy", 1, 1)                                                  // Σy^2
}

// calibrate splits ρ over the groups in proportion to sqrt(k_g)·Δ_g, which
// minimises the summed noise variance of all figures, and derives each
// group's σ and the per-owner share of it.
func (p *Layout) calibrate() error {
	total := 0.0
	for _, g := range p.groups {
		total += math.Sqrt(float64(g.len)) * g.sensitivity
	}
	for i := range p.groups {
		g := &p.groups[i]
		g.rho = p.rho * math.Sqrt(float64(g.len)) * g.sensitivity / total
		g.sigma = dp.GaussianSigmaForRho(g.rho, g.sensitivity)
		v, err := dp.ShareVariance(g.sigma*g.sigma, p.privacy.Owners, p.privacy.Dropouts, p.privacy.Colluders)
		if err != nil {
			return fmt.Errorf("suffstat: noise shares: %w", err)
		}
		g.shareSigma = math.Sqrt(v)
		if g.grid, err = gridFor(g.shareSigma, p.rows); err != nil {
			return fmt.Errorf("suffstat: noise group %q: %w", g.name, err)
		}
	}
	return nil
}

// ColumnBounds is a column's effective clipping range.
type ColumnBounds struct {
	Name   string     `json:"name"`
	Bounds [2]float64 `json:"bounds"`
}

// Columns lists the columns the task reads, in vector order, with the
// clipping ranges every owner applies.
func (p *Layout) Columns() []ColumnBounds {
	out := make([]ColumnBounds, len(p.cols))
	for i, c := range p.cols {
		out[i] = ColumnBounds{Name: c.name, Bounds: [2]float64{c.bounds.Lo, c.bounds.Hi}}
	}
	return out
}

// Terms returns the privacy terms the layout was calibrated for.
func (p *Layout) Terms() Terms { return p.privacy }

// Len is the length of the statistics vector.
func (p *Layout) Len() int { return p.length }

// Task returns a copy of the parsed task.
func (p *Layout) Task() Task {
	t := *p.task
	t.Columns, t.Stats, t.Features = slices.Clone(t.Columns), slices.Clone(t.Stats), slices.Clone(t.Features)
	t.Bins, t.Bounds = maps.Clone(t.Bins), maps.Clone(t.Bounds)
	for k, v := range t.Bins {
		t.Bins[k] = slices.Clone(v)
	}
	return t
}

func (p *Layout) group(name string) (group, bool) {
	i := slices.IndexFunc(p.groups, func(g group) bool { return g.name == name })
	if i < 0 {
		return group{}, false
	}
	return p.groups[i], true
}

// CheckPrecision refuses a layout whose figures would not be at least ten
// times noisier from DP than from the worst case of rounding every row's
// contribution to the fixed-point grid (2^-(grid+1) per row and figure);
// summing on the grid itself is exact (see gridFor).
func (p *Layout) CheckPrecision() error {
	for _, g := range p.groups {
		if worst := float64(p.rows) * math.Exp2(-float64(g.grid+1)); worst*10 > g.sigma {
			return fmt.Errorf("suffstat: epsilon %g is too large for the fixed-point grid: group %q has DP noise std %.3g, rounding %d rows to 2^-%d can add %.3g",
				p.privacy.Epsilon, g.name, g.sigma, p.rows, g.grid, worst)
		}
	}
	return nil
}

// Mechanism describes each noise group when `owners` inputs are summed.
func (p *Layout) Mechanism(owners int) []GroupNoise {
	out := make([]GroupNoise, 0, len(p.groups))
	for _, g := range p.groups {
		out = append(out, GroupNoise{Name: g.name, Figures: g.len, Sensitivity: g.sensitivity,
			Rho: g.rho, Sigma: g.sigma, NoiseStd: math.Sqrt(float64(owners)) * g.shareSigma})
	}
	return out
}
