package flsim_test

import (
	"flag"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/ml/flsim"
)

var (
	study      = flag.String("study", "", "print a table of docs/fl-accuracy.md: sampling, mlp, grid")
	studySeeds = flag.Int("study.seeds", 5, "seeds (1..n) per cell")
)

// variant is one row of a study table: a task, a config and a sampling rate.
type variant struct {
	label string
	k     task
	cfg   ml.TrainConfig
	q     float64
}

func (v variant) score(t testing.TB, eps float64) (mean, sd float64) {
	var sum, sq float64
	n := *studySeeds
	for seed := uint64(1); seed <= uint64(n); seed++ {
		e := newExperiment(t, v.k, seed, false)
		s := e.privateRate(t, v.k, v.cfg, eps, seed, flsim.DistributedDiscreteGaussian, v.q)
		sum, sq = sum+s, sq+s*s
	}
	mean = sum / float64(n)
	return mean, math.Sqrt(math.Max(sq/float64(n)-mean*mean, 0))
}

func printStudy(t *testing.T, title string, vs []variant, eps []float64) {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s, seeds 1..%d\n\n| variant |", title, *studySeeds)
	for _, e := range eps {
		fmt.Fprintf(&b, " ε=%v |", e)
	}
	b.WriteString("\n|---|" + strings.Repeat("---|", len(eps)) + "\n")
	for _, v := range vs {
		fmt.Fprintf(&b, "| %s |", v.label)
		for _, e := range eps {
			m, sd := v.score(t, e)
			fmt.Fprintf(&b, " %.3f ± %.3f |", m, sd)
		}
		b.WriteString("\n")
		t.Log(b.String())
		b.Reset()
	}
}

func withRounds(cfg ml.TrainConfig, rounds int, lr float64) ml.TrainConfig {
	cfg.Rounds, cfg.LearningRate = rounds, lr
	return cfg
}

// TestStudy prints the subsampling and MLP tables of docs/fl-accuracy.md:
//
//	go test ./ml/flsim -run Study -v -study sampling|mlp|grid [-study.seeds 20]
func TestStudy(t *testing.T) {
	if *study == "" {
		t.Skip("pass -study to print the tables")
	}
	eps := []float64{1, 2, 4, 8}
	logistic, softmax, mlp := ml.DefaultTrainConfig(ml.TypeLogistic), ml.DefaultTrainConfig(ml.TypeSoftmax), ml.DefaultTrainConfig(ml.TypeMLP)
	switch *study {
	case "sampling":
		printStudy(t, "breast_cancer logistic, Poisson sampling", []variant{
			{"full batch, 30 rounds", breastCancer, logistic, 0},
			{"q = 0.3, 30 rounds", breastCancer, logistic, 0.3},
			{"q = 0.3, 100 rounds", breastCancer, withRounds(logistic, 100, 0.3), 0.3},
			{"q = 0.1, 100 rounds", breastCancer, withRounds(logistic, 100, 0.3), 0.1},
			{"q = 0.1, 300 rounds", breastCancer, withRounds(logistic, 300, 0.1), 0.1},
		}, eps)
	case "mlp":
		printStudy(t, "MLP against the linear models", []variant{
			{"breast_cancer logistic", breastCancer, logistic, 0},
			{"breast_cancer mlp 16", asMLP(breastCancer, 16), mlp, 0},
			{"digits-like softmax", digits(ml.TypeSoftmax, 0), softmax, 0},
			{"digits-like mlp 16", digits(ml.TypeMLP, 16), mlp, 0},
			{"digits-like mlp 32", digits(ml.TypeMLP, 32), mlp, 0},
		}, eps)
	case "grid":
		var vs []variant
		for _, h := range []int{8, 16, 32} {
			for _, lr := range []float64{0.02, 0.05, 0.1} {
				for _, r := range []int{30, 60} {
					vs = append(vs, variant{fmt.Sprintf("digits mlp %d lr %v rounds %d", h, lr, r), digits(ml.TypeMLP, h), withRounds(mlp, r, lr), 0})
				}
			}
		}
		printStudy(t, "MLP grid on digits-like", vs, []float64{1, 8, math.Inf(1)})
	}
}
