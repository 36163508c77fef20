package release

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
)

// Limits on a plan: beyond them no analysis is meant, and every loop the
// host runs stays bounded by the plan.
const (
	MaxReleases = 10000 // releases after repetition
	MaxDim      = 4096  // length of a vector release
	MaxBins     = 4096  // bins of a histogram
	MaxRows     = 1 << 40
)

// Mechanism names.
const (
	Count     = "count"     // rows whose function returns a non-zero, non-NaN value
	Sum       = "sum"       // the function's value clipped to bounds, summed
	Histogram = "histogram" // rows per bin of the plan's edges
	Vector    = "vector"    // per-row vectors clipped to L2 norm clip, summed
)

// Plan is the release plan as the buyer writes it in the task: the sequence
// of releases the analysis makes. Every number that sets a sensitivity or a
// noise scale is here, public, before any row is read.
type Plan struct {
	Releases []Release `json:"releases"`
}

// Release is one entry of the plan; Repeat > 1 stands for that many
// identical releases in a row (the steps of DP-SGD, say), each spending
// Epsilon.
type Release struct {
	Name      string    `json:"name"`
	Mechanism string    `json:"mechanism"`
	Function  string    `json:"function"` // the module's export called on each row
	Epsilon   float64   `json:"epsilon"`  // this release's share of the job's ε
	Repeat    int       `json:"repeat,omitempty"`
	Bounds    []float64 `json:"bounds,omitempty"` // sum: [lo, hi]
	Edges     []float64 `json:"edges,omitempty"`  // histogram: bin i is [edges[i], edges[i+1])
	Dim       int       `json:"dim,omitempty"`    // vector: length
	Clip      float64   `json:"clip,omitempty"`   // vector: L2 norm bound
}

var identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

// Decode parses a plan strictly: an unknown field is refused with its name.
func Decode(b []byte) (*Plan, error) {
	var p Plan
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrPlan, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the plan", ErrPlan)
	}
	return &p, p.Check()
}

// Check validates every release's public parameters (not the budget: see
// Schedule).
func (p *Plan) Check() error {
	if len(p.Releases) == 0 {
		return fmt.Errorf("%w: no releases", ErrPlan)
	}
	total := 0
	for i := range p.Releases {
		r := &p.Releases[i]
		if err := r.check(); err != nil {
			return fmt.Errorf("%w: release %d (%q): %v", ErrPlan, i, r.Name, err)
		}
		total += r.times()
		if total > MaxReleases {
			return fmt.Errorf("%w: more than %d releases after repetition", ErrPlan, MaxReleases)
		}
	}
	return nil
}

func (r *Release) times() int { return max(1, r.Repeat) }

func (r *Release) check() error {
	switch {
	case !identifier.MatchString(r.Name):
		return errors.New("name must be 1-64 letters, digits or _ (not starting with a digit)")
	case !identifier.MatchString(r.Function):
		return errors.New("function must name a module export: 1-64 letters, digits or _")
	case !(r.Epsilon > 0 && r.Epsilon <= 1000):
		return fmt.Errorf("epsilon must be in (0, 1000], got %v", r.Epsilon)
	case r.Repeat < 0 || r.Repeat > MaxReleases:
		return fmt.Errorf("repeat must be in [0, %d], got %d", MaxReleases, r.Repeat)
	}
	if _, ok := microUnits(r.Epsilon); !ok {
		return fmt.Errorf("epsilon must be a whole number of micro-ε, got %v", r.Epsilon)
	}
	return r.checkParams()
}

// checkParams checks that exactly the mechanism's parameters are given.
func (r *Release) checkParams() error {
	has := func(b bool, what string) error {
		if b {
			return fmt.Errorf("%s does not apply to mechanism %q", what, r.Mechanism)
		}
		return nil
	}
	switch r.Mechanism {
	case Count:
		return errors.Join(has(r.Bounds != nil, "bounds"), has(r.Edges != nil, "edges"), has(r.Dim != 0, "dim"), has(r.Clip != 0, "clip"))
	case Sum:
		if err := errors.Join(has(r.Edges != nil, "edges"), has(r.Dim != 0, "dim"), has(r.Clip != 0, "clip")); err != nil {
			return err
		}
		return checkBounds(r.Bounds)
	case Histogram:
		if err := errors.Join(has(r.Bounds != nil, "bounds"), has(r.Dim != 0, "dim"), has(r.Clip != 0, "clip")); err != nil {
			return err
		}
		return checkEdges(r.Edges)
	case Vector:
		if err := errors.Join(has(r.Bounds != nil, "bounds"), has(r.Edges != nil, "edges")); err != nil {
			return err
		}
		if r.Dim < 1 || r.Dim > MaxDim {
			return fmt.Errorf("dim must be in [1, %d], got %d", MaxDim, r.Dim)
		}
		if !(r.Clip >= 1e-9 && r.Clip <= 1e9) {
			return fmt.Errorf("clip must be in [1e-9, 1e9], got %v", r.Clip)
		}
		return nil
	}
	return fmt.Errorf("mechanism must be %s, %s, %s or %s, got %q", Count, Sum, Histogram, Vector, r.Mechanism)
}

func checkBounds(b []float64) error {
	if len(b) != 2 {
		return errors.New("bounds must be [lo, hi]")
	}
	lo, hi := b[0], b[1]
	if !(math.Abs(lo) <= 1e15 && math.Abs(hi) <= 1e15 && lo < hi && (hi-lo)/2 >= 1e-9) {
		return fmt.Errorf("bounds must be finite with lo < hi, |lo|, |hi| <= 1e15 and hi - lo >= 2e-9, got [%v, %v]", lo, hi)
	}
	return nil
}

func checkEdges(e []float64) error {
	if len(e) < 2 || len(e) > MaxBins+1 {
		return fmt.Errorf("edges must hold 2 to %d increasing numbers (1 to %d bins), got %d", MaxBins+1, MaxBins, len(e))
	}
	for i, x := range e {
		if math.IsNaN(x) || math.IsInf(x, 0) || (i > 0 && !(x > e[i-1])) {
			return fmt.Errorf("edges must be finite and strictly increasing (edge %d is %v)", i, x)
		}
	}
	return nil
}

// microUnits returns ε in the chain's micro-units when it is a whole number of them.
func microUnits(eps float64) (int64, bool) {
	k := math.Round(eps * 1e6)
	return int64(k), k >= 0 && k < 1<<53 && k/1e6 == eps
}
