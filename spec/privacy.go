package spec

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/veil-market/veil/secagg"
)

// The chain keeps ε in micro-units and δ in 10⁻¹⁸ units. A spec whose ε or δ
// is not a whole number of those units is refused, so that the ε and δ an
// engine calibrates to are exactly what the chain charges (docs/dp.md §4).
const (
	EpsilonUnitsPerOne = 1e6
	DeltaUnitsPerOne   = 1e18
	// MaxEpsilon and MaxDelta bound a job's (ε, δ): beyond them a "DP"
	// guarantee says nothing (a δ of 10⁻³ already allows publishing one row
	// in a thousand outright).
	MaxEpsilon = 1000
	MaxDelta   = 1e-3
)

// calibrationSlack is the relative margin between the (ε, δ) a job is
// charged and the (ε, δ) engines calibrate to (CalibrationTarget).
const calibrationSlack = 0x1p-40

func (p Privacy) check(n int) error {
	switch {
	case !(p.Epsilon > 0 && p.Epsilon <= MaxEpsilon):
		return fmt.Errorf("spec: field \"privacy.epsilon\" must be in (0, %d], got %v", MaxEpsilon, p.Epsilon)
	case !wholeUnits(p.Epsilon, EpsilonUnitsPerOne):
		return fmt.Errorf("spec: field \"privacy.epsilon\" must be a whole number of micro-ε (at most 6 decimals, as the chain charges it), got %v", p.Epsilon)
	case !(p.Delta >= 0 && p.Delta <= MaxDelta):
		return fmt.Errorf("spec: field \"privacy.delta\" must be in [0, %g], got %v", MaxDelta, p.Delta)
	case !wholeUnits(p.Delta, DeltaUnitsPerOne):
		return fmt.Errorf("spec: field \"privacy.delta\" must be a whole number of 1e-18 (as the chain charges it), got %v", p.Delta)
	case p.Dropouts < 0 || p.Dropouts >= n:
		return fmt.Errorf("spec: field \"privacy.dropouts\" must be in [0, %d) for %d datasets, got %d", n, n, p.Dropouts)
	case p.C() < 0 || p.C() >= n+1:
		return fmt.Errorf("spec: field \"privacy.colluders\" must be in [0, %d], got %d", n, p.C())
	}
	return nil
}

// wholeUnits reports whether v is exactly the float64 nearest k/perOne for
// an integer k: the value the chain's fixed point k stands for.
func wholeUnits(v, perOne float64) bool {
	k := math.Round(v * perOne)
	return k >= 0 && k < 1<<63 && k/perOne == v
}

// CalibrationTarget is the (ε, δ) an engine calibrates its noise to: the
// charged (ε, δ) lowered by a relative 2⁻⁴⁰. The margin covers the float64
// rounding of the decimal values the chain charges (ε = k·10⁻⁶ exactly, the
// float64 ε may be half an ulp above it) and, in δ, events below 2⁻⁴⁰·δ
// that the accounting does not model (the exact sampler's caps, docs/dp.md
// §2); it changes no noise scale by more than a relative 1e-12.
func (p Privacy) CalibrationTarget() (eps, delta float64) {
	return p.Epsilon * (1 - calibrationSlack), p.Delta * (1 - calibrationSlack)
}

// Defaults returns the dropouts d and colluders c a spec gets when it does
// not say, for n owners: c = 1 and d = 1 where secure aggregation's
// threshold allows both (n ≥ 4); for n = 3 one dropout is only possible with
// c = 0 (t > (n + c)/2 must stay ≤ n − d), and the default favours
// surviving an owner's restart: d = 1, c = 0 (docs/jobs.md says what c = 0
// means, and an owner's policy may refuse it with min_colluders); for
// n = 2, d = c = 0; for one owner, d = c = 0.
func Defaults(n int) (d, c int) {
	c = DefaultColluders
	if secagg.MaxDropouts(n, c) < 1 {
		c = 0
	}
	return min(1, max(0, secagg.MaxDropouts(n, c))), c
}

// fillDefaults gives dropouts and colluders their Defaults when the
// document b leaves them out, and notes it.
func (s *Spec) fillDefaults(b []byte) error {
	var given struct {
		Privacy struct {
			Dropouts  json.RawMessage `json:"dropouts"`
			Colluders json.RawMessage `json:"colluders"`
		} `json:"privacy"`
	}
	if err := json.Unmarshal(b, &given); err != nil {
		return fmt.Errorf("spec: %w", err)
	}
	d, c := Defaults(len(s.Datasets))
	if absent(given.Privacy.Dropouts) {
		s.Privacy.Dropouts = d
		s.applied = append(s.applied, fmt.Sprintf("privacy.dropouts = %d (the default for %d datasets)", d, len(s.Datasets)))
	}
	if absent(given.Privacy.Colluders) {
		s.Privacy.Colluders = &c
		note := fmt.Sprintf("privacy.colluders = %d (the default for %d datasets)", c, len(s.Datasets))
		if c < DefaultColluders && len(s.Datasets) > 2 {
			note += fmt.Sprintf(": with c = %d, %d owners could not tolerate a dropout; the noise assumes no owner colludes with the aggregator", DefaultColluders, len(s.Datasets))
		}
		s.applied = append(s.applied, note)
	}
	return nil
}

func absent(v json.RawMessage) bool { return len(v) == 0 || string(v) == "null" }

// DefaultsApplied lists the privacy fields Parse filled in, with why.
func (s *Spec) DefaultsApplied() []string { return s.applied }
