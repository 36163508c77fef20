package fl

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/ml"
)

// BenchmarkContribution is one owner's round on a third of breast_cancer
// (190 rows, 31 parameters): the exact fixed-point sum the engine computes,
// beside the float sum it replaced (same clipping and noise, the sum rounded
// once), measured in the same run. docs/benchmarks.md has the figures.
func BenchmarkContribution(b *testing.B) {
	job, parts := breastJob(b, 3, 1, 0, 2)
	st := job.Plan.Detail.(*Setup)
	o, err := newOwner(Engine{}, job, st, 0, parts[0], engine.Env{Rand: seeded{rand.NewChaCha8([32]byte{1})}})
	if err != nil {
		b.Fatal(err)
	}
	params := st.initial.Params()
	b.Run("fixed-point", func(b *testing.B) {
		for range b.N {
			if _, err := o.contribution(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(o.rows)), "ns/row")
	})
	b.Run("float-sum-baseline", func(b *testing.B) {
		for range b.N {
			sum, err := ml.ClipAndSum(o.learner, params, o.rows, st.Config.Clip)
			if err != nil {
				b.Fatal(err)
			}
			noise, err := o.sampler.DiscreteGaussianVector(st.ShareSigma, len(sum))
			if err != nil {
				b.Fatal(err)
			}
			for i, v := range sum {
				noise[i] += int64(math.Round(v * st.Config.Gamma))
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(o.rows)), "ns/row")
	})
}
