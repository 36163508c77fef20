package he

import (
	"errors"
	"fmt"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/spec"
	"github.com/veil-market/veil/suffstat"
)

// PlanDetail is the he engine's plan as shown to the buyer (engine.Plan's
// Detail): the parameter set, the vector's size, each column's clipping
// range and each noise group's calibration. NoiseStd assumes every dataset
// of the spec contributes; the result reports the std actually present.
type PlanDetail struct {
	Params      string                  `json:"params"`
	Values      int                     `json:"values"`
	Ciphertexts int                     `json:"ciphertexts"`
	Columns     []suffstat.ColumnBounds `json:"columns"`
	Mechanism   []suffstat.GroupNoise   `json:"mechanism"`
}

const (
	// maxJobOwners bounds the datasets of a job: the secure aggregation's
	// messages grow with it (key lists, shares), the rest does not.
	maxJobOwners = 1024
	// maxJobMessage bounds the largest message of a job (a masked input,
	// or the opening sent to every owner): tasks beyond it are refused
	// rather than run out of memory.
	maxJobMessage = 512 << 20
	// assumedRate is the slowest link the round timeout allows for: the
	// aggregator sends the largest message to every owner within a step.
	assumedRate = 10 << 20 // bytes per second
	maxTimeout  = 30 * time.Minute
)

// Plan implements engine.Engine: suffstat.ValidateTask, NewLayout and CheckPrecision,
// plus what this engine needs beyond what the contract checks (δ > 0, an
// honest owner left after dropouts and colluders, a secure aggregation
// that can run with n, d and c, at most maxJobOwners datasets). A spec it
// accepts runs: no value in the owners' rows can make the job fail. Every
// refusal names the spec field.
func (e Engine) Plan(s *spec.Spec, metas []*dataset.Metadata) (engine.Plan, error) {
	if err := checkSpecForHE(s, len(metas)); err != nil {
		return engine.Plan{}, err
	}
	if _, ok := s.Buyer.Key(Name); ok {
		if _, err := buyerKeyRef(s, e.hp()); err != nil {
			return engine.Plan{}, err
		}
	}
	if err := suffstat.ValidateTask(s.Task, metas); err != nil {
		return engine.Plan{}, err
	}
	p, err := suffstat.NewLayout(s.Task, metas, privacyOf(s))
	if err != nil {
		return engine.Plan{}, err
	}
	hp := e.hp()
	if err := p.CheckPrecision(); err != nil {
		return engine.Plan{}, err
	}
	if p.Len() > mhe.MaxCiphertexts*hp.Slots() {
		return engine.Plan{}, fmt.Errorf(`he: field "task": it needs %d values, more than %d ciphertexts hold`, p.Len(), mhe.MaxCiphertexts)
	}
	n := len(s.Datasets)
	largest := largestMessage(hp, n, hp.Ciphertexts(p.Len()))
	if largest > maxJobMessage {
		return engine.Plan{}, fmt.Errorf(`he: field "task": its %d values in %d ciphertexts from %d datasets need messages of %d MiB, limit %d MiB`,
			p.Len(), hp.Ciphertexts(p.Len()), n, largest>>20, maxJobMessage>>20)
	}
	return engine.Plan{Rounds: 1, MaxMessage: uint64(largest), RoundTimeout: roundTimeout(largest, n),
		Epsilon: s.Privacy.Epsilon, Detail: detail(p, hp)}, nil
}

func checkSpecForHE(s *spec.Spec, metas int) error {
	n := len(s.Datasets)
	switch {
	case metas != n:
		return fmt.Errorf("he: %d metadata documents for %d datasets", metas, n)
	case n > maxJobOwners:
		return fmt.Errorf(`he: field "datasets": %d datasets, the he engine pools at most %d`, n, maxJobOwners)
	case !(s.Privacy.Delta > 0):
		return errors.New(`he: field "privacy.delta" must be > 0: the he engine adds Gaussian noise, which needs δ > 0`)
	case n-s.Privacy.Dropouts-s.Privacy.C() < 1:
		return fmt.Errorf(`he: field "privacy.colluders": %d datasets less %d dropouts and %d colluders leaves no honest owner to carry the noise`,
			n, s.Privacy.Dropouts, s.Privacy.C())
	}
	if err := secagg.CheckParams(n, s.Privacy.Dropouts, s.Privacy.C()); err != nil {
		return fmt.Errorf(`he: fields "datasets", "privacy.dropouts", "privacy.colluders": secure aggregation cannot run this job: %w`, err)
	}
	return nil
}

// largestMessage is the size of the largest message of a job with n owners
// and k ciphertexts per input: a secure-aggregation message (the masked
// input and the opening are the largest, about 0.94 × the ciphertexts'
// size) or the buyer's public key, plus the reply byte.
func largestMessage(p mhe.Params, n, k int) int {
	buyer := p.PublicKeySize()
	sa := secagg.Params{N: n, Segments: p.Segments(k)}
	return 1 + max(buyer, sa.MaxMessageSize())
}

// roundTimeout is each step's deadline: two minutes, plus the time to
// send the largest message to every owner at assumedRate (the opening
// goes to every owner).
func roundTimeout(largest, n int) time.Duration {
	t := defaultStepTimeout + time.Duration(float64(largest)*float64(n)/assumedRate*float64(time.Second))
	return min(t, maxTimeout)
}

// detail summarises the plan for the buyer.
func detail(p *suffstat.Layout, hp mhe.Params) PlanDetail {
	return PlanDetail{Params: hp.Name(), Values: p.Len(), Ciphertexts: hp.Ciphertexts(p.Len()),
		Columns: p.Columns(), Mechanism: p.Mechanism(p.Terms().Owners)}
}
