package stats

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/prio"
)

// Grid is the fixed-point grid of values and squares: Q = 2^16 − 1 steps
// across a column's range.
const (
	GridBits = 16
	Grid     = 1<<GridBits - 1
)

// Limits: columns per task, histogram edges, and the rows of one owner
// (R·Q must fit the 63-bit integers the figures are decoded to, summed
// over 1,024 owners with noise).
const (
	MaxColumns = 256
	MaxEdges   = 1025
	MaxRows    = 1 << 36
	maxOwners  = 1024
	maxSigmaQ  = 1 << 40 // noise std in grid steps
)

// ErrPlan marks a task or privacy setting the plan refuses.
var ErrPlan = errors.New("mpc stats: plan refused")

// Column is a task column with its public clipping range and, for a
// histogram, its public bin edges (nil: no histogram).
type Column struct {
	Name   string
	Lo, Hi float64
	Edges  []float64
}

// Stats the task may ask for.
var Known = []string{"count", "sum", "mean", "var", "std", "hist"}

// Group is one Gaussian mechanism: a set of released figures with one
// sensitivity, in units of the columns' ranges (counts for histograms).
type Group struct {
	Name        string  `json:"name"`
	Figures     int     `json:"figures"`
	Sensitivity float64 `json:"l2_sensitivity"`
	Rho         float64 `json:"rho"`
	Sigma       float64 `json:"sigma"`     // each compute node's noise std
	NoiseStd    float64 `json:"noise_std"` // the released figure's: both nodes' noise
}

// Plan is the layout of the measurements and the noise of one job.
type Plan struct {
	cols    []Column
	sums    bool // Σq needed (sum, mean, var, std)
	squares bool // Σs needed (var, std)
	hists   []int
	rowsMax int
	rho     float64
	groups  []Group
	blocks  []prio.Block
}

// NewPlan lays out the task over the owners' committed row counts and
// calibrates the noise for the job's (ε, δ) (use the spec's calibration
// target).
func NewPlan(cols []Column, stats []string, rows []int, eps, delta float64) (*Plan, error) {
	p := &Plan{cols: cols}
	if err := p.need(stats); err != nil {
		return nil, err
	}
	if err := p.checkRows(rows); err != nil {
		return nil, err
	}
	rho, err := dp.ZCDPFromEpsDelta(eps, delta)
	if err != nil {
		return nil, fmt.Errorf("%w: privacy: %w", ErrPlan, err)
	}
	p.rho = rho
	p.layout()
	return p, p.calibrate()
}

func (p *Plan) need(stats []string) error {
	if len(p.cols) == 0 || len(p.cols) > MaxColumns {
		return fmt.Errorf("%w: %d columns, want 1 to %d", ErrPlan, len(p.cols), MaxColumns)
	}
	for _, s := range stats {
		switch s {
		case "count":
		case "sum", "mean":
			p.sums = true
		case "var", "std":
			p.sums, p.squares = true, true
		case "hist":
		case "cov", "corr":
			return fmt.Errorf("%w: %q needs products of two columns, which no Prio3 circuit here checks; the he engine computes it", ErrPlan, s)
		default:
			return fmt.Errorf("%w: unknown statistic %q (want some of %v)", ErrPlan, s, Known)
		}
	}
	for i, c := range p.cols {
		if err := c.check(); err != nil {
			return err
		}
		if c.Edges != nil {
			p.hists = append(p.hists, i)
		}
	}
	if slices.Contains(stats, "hist") != (len(p.hists) > 0) {
		return fmt.Errorf("%w: \"hist\" needs bin edges for at least one column, and edges need \"hist\"", ErrPlan)
	}
	return nil
}

func (c Column) check() error {
	w := c.Hi - c.Lo
	if !(w > 0) || math.IsInf(w, 0) || math.IsNaN(c.Lo) || math.IsNaN(c.Hi) {
		return fmt.Errorf("%w: column %q: range [%g, %g] is empty or not finite", ErrPlan, c.Name, c.Lo, c.Hi)
	}
	if c.Edges == nil {
		return nil
	}
	if len(c.Edges) < 2 || len(c.Edges) > MaxEdges {
		return fmt.Errorf("%w: column %q: %d bin edges, want 2 to %d", ErrPlan, c.Name, len(c.Edges), MaxEdges)
	}
	for i, e := range c.Edges {
		if math.IsNaN(e) || math.IsInf(e, 0) || (i > 0 && e <= c.Edges[i-1]) {
			return fmt.Errorf("%w: column %q: bin edges must be finite and strictly increasing", ErrPlan, c.Name)
		}
	}
	return nil
}

func (p *Plan) checkRows(rows []int) error {
	if len(rows) == 0 || len(rows) > maxOwners {
		return fmt.Errorf("%w: %d owners, want 1 to %d", ErrPlan, len(rows), maxOwners)
	}
	for i, r := range rows {
		if r < 1 || r > MaxRows {
			return fmt.Errorf("%w: dataset %d has %d rows, want 1 to %d", ErrPlan, i+1, r, MaxRows)
		}
		p.rowsMax = max(p.rowsMax, r)
	}
	return nil
}

// layout builds the Prio3 blocks: values and squares with their
// complements, then histograms with their outside bins.
func (p *Plan) layout() {
	d := len(p.cols)
	pairs := 0
	if p.sums {
		pairs += d
	}
	if p.squares {
		pairs += d
	}
	if pairs > 0 {
		b := prio.Block{Circuit: prio.Circuit{Kind: prio.SumVec, Length: 2 * pairs, Bits: bits.Len64(uint64(p.rowsMax) * Grid)}}
		for i := range pairs {
			b.Groups = append(b.Groups, prio.Group{First: 2 * i, Len: 2})
			b.Release = append(b.Release, 2*i)
		}
		p.blocks = append(p.blocks, b)
	}
	if len(p.hists) > 0 {
		b := prio.Block{Circuit: prio.Circuit{Kind: prio.SumVec, Bits: bits.Len64(uint64(p.rowsMax))}}
		for _, c := range p.hists {
			bins := len(p.cols[c].Edges) - 1
			b.Groups = append(b.Groups, prio.Group{First: b.Circuit.Length, Len: bins + 1})
			for k := range bins {
				b.Release = append(b.Release, b.Circuit.Length+k)
			}
			b.Circuit.Length += bins + 1
		}
		p.blocks = append(p.blocks, b)
	}
}

// calibrate splits ρ over the groups in proportion to √k_g·Δ_g.
func (p *Plan) calibrate() error {
	d := float64(len(p.cols))
	if p.sums {
		p.groups = append(p.groups, Group{Name: "sum", Figures: len(p.cols), Sensitivity: math.Sqrt(d)})
	}
	if p.squares {
		p.groups = append(p.groups, Group{Name: "sumsq", Figures: len(p.cols), Sensitivity: math.Sqrt(d)})
	}
	if len(p.hists) > 0 {
		bins := 0
		for _, c := range p.hists {
			bins += len(p.cols[c].Edges) - 1
		}
		p.groups = append(p.groups, Group{Name: "hist", Figures: bins, Sensitivity: math.Sqrt(2 * float64(len(p.hists)))})
	}
	total := 0.0
	for _, g := range p.groups {
		total += math.Sqrt(float64(g.Figures)) * g.Sensitivity
	}
	for i := range p.groups {
		g := &p.groups[i]
		g.Rho = p.rho * math.Sqrt(float64(g.Figures)) * g.Sensitivity / total
		g.Sigma = dp.GaussianSigmaForRho(g.Rho, g.Sensitivity)
		g.NoiseStd = math.Sqrt2 * g.Sigma
		if s := g.Sigma * p.scale(g.Name); !(s <= maxSigmaQ) {
			return fmt.Errorf("%w: noise group %q needs σ = %.3g grid steps (more than 2^40): ε is too small", ErrPlan, g.Name, s)
		}
	}
	return nil
}

// scale is the number of grid steps in one unit of the group's figures.
func (p *Plan) scale(group string) float64 {
	if group == "hist" {
		return 1
	}
	return Grid
}

// Blocks are the Prio3 blocks every owner shards (prio.NewScheme).
func (p *Plan) Blocks() []prio.Block { return p.blocks }

// Groups describes the noise of the job.
func (p *Plan) Groups() []Group { return slices.Clone(p.groups) }

// Totals are an owner's public constraint totals, from its row count.
func (p *Plan) Totals(rows int) prio.Totals {
	var t prio.Totals
	for b, blk := range p.blocks {
		per := uint64(rows) * Grid
		if b == len(p.blocks)-1 && len(p.hists) > 0 {
			per = uint64(rows)
		}
		t = append(t, slices.Repeat([]uint64{per}, len(blk.Groups)))
	}
	return t
}
