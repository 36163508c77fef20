package flsim_test

import (
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/ml/flsim"
)

// BenchmarkTrain measures a whole default breast_cancer job (30 rounds, three
// owners: clipping, randomized rounding, discrete Gaussian shares, Adam)
// against the baseline of the same 30 rounds of clipped sums and steps with
// no rounding and no noise drawn.
func BenchmarkTrain(b *testing.B) {
	e := newExperiment(b, breastCancer, 1, false)
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	b.Run("baseline-clip-and-step", func(b *testing.B) {
		var rows []ml.Example
		for _, o := range e.owners {
			r, err := e.model.Examples(o)
			must(b, err)
			rows = append(rows, r...)
		}
		l, _ := e.model.Learner()
		for b.Loop() {
			opt, err := ml.NewOptimizer(cfg, l.NumParams())
			must(b, err)
			params := e.model.Params()
			for range cfg.Rounds {
				sum, err := ml.ClipAndSum(l, params, rows, cfg.Clip)
				must(b, err)
				must(b, opt.Step(params, sum, len(rows)))
			}
		}
		b.ReportMetric(float64(cfg.Rounds*b.N)/b.Elapsed().Seconds(), "rounds/s")
	})
	b.Run("mechanism-eps1", func(b *testing.B) {
		for b.Loop() {
			_, err := flsim.Train(flsim.Run{Model: e.model, Owners: e.owners, Config: cfg, Privacy: flsim.DefaultPrivacy(1),
				Random: rand.NewChaCha8(seedBytes(1))})
			must(b, err)
		}
		b.ReportMetric(float64(cfg.Rounds*b.N)/b.Elapsed().Seconds(), "rounds/s")
	})
}
