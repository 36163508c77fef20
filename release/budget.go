package release

import (
	"fmt"
	"math"

	"github.com/veil-market/veil/dp"
)

// Schedule is a plan checked against a job's (ε, δ) and row count: every
// release in order (repetitions expanded) with its noise scale. Nothing in
// it depends on a row.
type Schedule struct {
	Steps   []Step
	Rho     float64 // the job's zCDP budget, ρ = ZCDPFromEpsDelta(ε, δ)
	Spent   float64 // Σ ρᵢ ≤ Rho
	Rows    int     // public row count of all owners together
	Epsilon float64 // the job's ε the plan was checked against
	Delta   float64
}

// Step is one release of the schedule.
type Step struct {
	Index      int    // position in the schedule
	Name       string // the plan's name; Rep tells repetitions apart
	Rep        int
	Function   string
	Mechanism  string
	Epsilon    float64 // the share of ε the plan gave it
	Rho        float64 // ρᵢ = ρ·εᵢ/ε
	Sigma      float64 // discrete Gaussian σ, in grid units
	NoiseScale float64 // σ in the release's own units
	Width      int     // numbers released
	OutLen     int     // numbers read back from each call
	mech       mechanism
}

// NewSchedule checks the plan against the job: the releases' shares of ε
// must add up to at most eps (exactly, in the chain's micro-units), delta
// must be positive (the zCDP conversion needs it), and each release's σ
// must be one the exact sampler draws. eps and delta are the job's
// calibration target (spec.Privacy.CalibrationTarget) and epsCharged the
// ε the chain charges, against which the shares are added up.
func NewSchedule(p *Plan, epsCharged, eps, delta float64, rows int) (*Schedule, error) {
	if err := p.Check(); err != nil {
		return nil, err
	}
	if rows < 1 || rows > MaxRows {
		return nil, fmt.Errorf("%w: %d rows, need 1 to %d", ErrPlan, rows, MaxRows)
	}
	if err := checkShares(p, epsCharged); err != nil {
		return nil, err
	}
	rho, err := dp.ZCDPFromEpsDelta(eps, delta)
	if err != nil {
		return nil, fmt.Errorf("%w: %v (tee needs δ > 0)", ErrBudget, err)
	}
	s := &Schedule{Rho: rho, Rows: rows, Epsilon: epsCharged, Delta: delta}
	for i := range p.Releases {
		if err := s.add(&p.Releases[i], rho*(1/epsCharged)); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// checkShares adds the shares in integer micro-ε: Σ εᵢ·repeatᵢ ≤ ε exactly.
func checkShares(p *Plan, eps float64) error {
	budget, ok := microUnits(eps)
	if !ok || budget <= 0 {
		return fmt.Errorf("%w: the job's ε %v is not a whole number of micro-ε", ErrBudget, eps)
	}
	var total int64
	for _, r := range p.Releases {
		u, _ := microUnits(r.Epsilon)
		total += u * int64(r.times())
		if total > budget {
			return fmt.Errorf("%w: the releases up to %q spend ε = %s, more than the job's %s",
				ErrBudget, r.Name, microString(total), microString(budget))
		}
	}
	return nil
}

func microString(u int64) string { return fmt.Sprintf("%d.%06d", u/1e6, u%1e6) }

// add appends r's repetitions, each with ρᵢ = rhoPerEps·εᵢ.
func (s *Schedule) add(r *Release, rhoPerEps float64) error {
	m, err := newMechanism(r)
	if err != nil {
		return err
	}
	rhoI := rhoPerEps * r.Epsilon
	sigma := dp.GaussianSigmaForRho(rhoI, m.sensitivity())
	if !(sigma > 0 && sigma <= dp.MaxDiscreteSigma) {
		return fmt.Errorf("%w: release %q: noise σ = %v grid units is outside what the sampler draws (its ε share is too small)", ErrBudget, r.Name, sigma)
	}
	for k := 0; k < r.times(); k++ {
		s.Steps = append(s.Steps, Step{Index: len(s.Steps), Name: r.Name, Rep: k, Function: r.Function,
			Mechanism: r.Mechanism, Epsilon: r.Epsilon, Rho: rhoI, Sigma: sigma,
			NoiseScale: sigma / m.scale(), Width: m.width(), OutLen: m.outLen(), mech: m})
		s.Spent += rhoI
	}
	if s.Spent > s.Rho*(1+1e-12) || math.IsNaN(s.Spent) {
		return fmt.Errorf("%w: ρ spent %v exceeds %v", ErrBudget, s.Spent, s.Rho)
	}
	return nil
}

// Calls is the number of per-row calls the schedule makes: one per row per
// release.
func (s *Schedule) Calls() int { return len(s.Steps) * s.Rows }
