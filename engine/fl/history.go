package fl

import (
	"errors"
	"fmt"

	"github.com/veil-market/veil/ml"
)

// release is one round's public output: the unmasked noisy integer sum and the
// public row count of the owners in it.
type release struct {
	Round uint32
	Rows  uint32
	Sum   []int64
}

// history is every round's release so far; the model is a deterministic
// function of it, which every party recomputes bit for bit.
type history struct {
	known    uint32 // outcomes of rounds 1..known are known (a skipped round has no release)
	releases []release
}

func (h *history) add(r release) error {
	if r.Round <= h.known {
		return fmt.Errorf("fl: round %d released twice", r.Round)
	}
	h.releases = append(h.releases, r)
	h.known = r.Round
	return nil
}

// params replays the releases from the initial model.
func (h *history) params(st *Setup) ([]float64, error) {
	params := st.initial.Params()
	opt, err := ml.NewOptimizer(st.Config, len(params))
	if err != nil {
		return nil, err
	}
	for _, r := range h.releases {
		if len(r.Sum) != len(params) {
			return nil, fmt.Errorf("fl: round %d released %d values, the model has %d", r.Round, len(r.Sum), len(params))
		}
		if r.Rows == 0 {
			return nil, fmt.Errorf("fl: round %d released a sum over zero rows", r.Round)
		}
		sum, err := ml.UnscaleSum(r.Sum, st.Config.Gamma)
		if err != nil {
			return nil, err
		}
		if err := opt.Step(params, sum, st.batch(r.Rows)); err != nil {
			return nil, fmt.Errorf("fl: round %d: %w", r.Round, err)
		}
	}
	return params, nil
}

var errIncomplete = errors.New("fl: this owner missed the outcome of the last round and cannot recompute the model")

// payload is the canonical encoding of the final model's parameters.
func (h *history) payload(st *Setup) ([]byte, error) {
	if h.known < uint32(st.Config.Rounds) {
		return nil, errIncomplete
	}
	p, err := h.params(st)
	if err != nil {
		return nil, err
	}
	return ml.CanonicalParams(p), nil
}
