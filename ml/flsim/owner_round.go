package flsim

import (
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/ml"
)

// roundingBeta is the per-attempt failure probability of conditional
// rounding's norm bound (dp.RoundingNormBound).
const roundingBeta = 1e-6

// ownerRound is what each owner does in a round, and the aggregation of their
// integer vectors.
type ownerRound struct {
	cfg        ml.TrainConfig
	learner    ml.Learner
	shareSigma float64
	sampler    *dp.Sampler
}

// aggregate returns the unscaled sum of every owner's rounded, noised vector.
func (o *ownerRound) aggregate(params []float64, owners [][]ml.Example) ([]float64, error) {
	total := make([]int64, o.learner.NumParams())
	for _, rows := range owners {
		v, err := o.contribute(params, rows)
		if err != nil {
			return nil, err
		}
		for i, x := range v {
			total[i] += x
		}
	}
	return ml.UnscaleSum(total, o.cfg.Gamma)
}

// contribute is one owner's message: round(Gamma * clipped sum) + noise share.
func (o *ownerRound) contribute(params []float64, rows []ml.Example) ([]int64, error) {
	sum, err := ml.ClipAndSum(o.learner, params, rows, o.cfg.Clip)
	if err != nil {
		return nil, err
	}
	bound, err := dp.RoundingNormBound(float64(len(rows))*o.cfg.Clip, o.cfg.Gamma, len(sum), roundingBeta)
	if err != nil {
		return nil, err
	}
	v, err := dp.ScaleAndRound(sum, o.cfg.Gamma, bound, o.sampler)
	if err != nil {
		return nil, err
	}
	if o.shareSigma == 0 {
		return v, nil
	}
	noise, err := o.sampler.DiscreteGaussianVector(o.shareSigma, len(v))
	if err != nil {
		return nil, err
	}
	for i := range v {
		v[i] += noise[i]
	}
	return v, nil
}
