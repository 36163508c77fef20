package flsim

import (
	"io"

	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/ml"
)

// ownerRound is what each owner does in a round, and the aggregation of their
// integer vectors.
type ownerRound struct {
	cfg        ml.TrainConfig
	learner    ml.Learner
	shareSigma float64
	sampler    *dp.Sampler
	random     io.Reader // seeds each owner's rounding (crypto/rand when nil)
	rate       float64   // Poisson sampling rate q; 0 or 1: every row
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

// contribute is one owner's message: the exact fixed-point sum of its rows'
// clipped gradients, each scaled by Gamma and rounded, plus its noise share.
func (o *ownerRound) contribute(params []float64, rows []ml.Example) ([]int64, error) {
	fs, err := dp.NewFixedPointSum(o.learner.NumParams(), o.cfg.Clip, o.cfg.Gamma, o.random)
	if err != nil {
		return nil, err
	}
	keep := func(int) bool { return true }
	if o.rate > 0 && o.rate < 1 {
		kept, err := o.sampler.PoissonSample(len(rows), o.rate)
		if err != nil {
			return nil, err
		}
		keep = func(i int) bool { return kept[i] }
	}
	// Every row's gradient is computed and a row left out adds zeros: the
	// work does not depend on the secret kept count (as in the engine).
	zero, i := make([]float64, o.learner.NumParams()), 0
	err = ml.ClipEach(o.learner, params, rows, o.cfg.Clip, func(g []float64) {
		if keep(i) {
			fs.Add(g)
		} else {
			fs.Add(zero)
		}
		i++
	})
	if err != nil {
		return nil, err
	}
	v := fs.Sum()
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
