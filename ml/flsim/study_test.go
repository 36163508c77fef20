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
	// owners and dropouts, when set, split the training rows among that
	// many owners, d of which may drop (c = 1 as everywhere).
	owners, dropouts int
}

func (v variant) score(t testing.TB, eps float64) (mean, sd float64) {
	var sum, sq float64
	n := *studySeeds
	if v.owners > 0 {
		ownerCount = v.owners
		defer func() { ownerCount = 3 }()
	}
	for seed := uint64(1); seed <= uint64(n); seed++ {
		e := newExperiment(t, v.k, seed, false)
		privacy := flsim.DefaultPrivacy(eps)
		privacy.SampleRate, privacy.Dropouts = v.q, v.dropouts
		s := e.trainScore(t, v.k, v.cfg, privacy, seed)
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
//	go test ./ml/flsim -run Study -v -study sampling|mlp|mlp-lr|owners|grid [-study.seeds 20]
func TestStudy(t *testing.T) {
	if *study == "" {
		t.Skip("pass -study to print the tables")
	}
	eps := []float64{1, 2, 4, 8}
	logistic, softmax, mlp := ml.DefaultTrainConfig(ml.TypeLogistic), ml.DefaultTrainConfig(ml.TypeSoftmax), ml.DefaultTrainConfig(ml.TypeMLP)
	switch *study {
	case "sampling":
		printStudy(t, "breast_cancer logistic, Poisson sampling", []variant{
			{label: "full batch, 30 rounds", k: breastCancer, cfg: logistic},
			{label: "q = 0.3, 30 rounds", k: breastCancer, cfg: logistic, q: 0.3},
			{label: "q = 0.3, 100 rounds", k: breastCancer, cfg: withRounds(logistic, 100, 0.3), q: 0.3},
			{label: "q = 0.1, 100 rounds", k: breastCancer, cfg: withRounds(logistic, 100, 0.3), q: 0.1},
			{label: "q = 0.1, 300 rounds", k: breastCancer, cfg: withRounds(logistic, 300, 0.1), q: 0.1},
		}, eps)
		printStudy(t, "digits-like, Poisson sampling", []variant{
			{label: "softmax, full batch, 30 rounds", k: digits(ml.TypeSoftmax, 0), cfg: softmax},
			{label: "softmax, q = 0.3, 60 rounds", k: digits(ml.TypeSoftmax, 0), cfg: withRounds(softmax, 60, 0.5), q: 0.3},
			{label: "mlp 32, full batch, 40 rounds", k: digits(ml.TypeMLP, 32), cfg: mlp},
			{label: "mlp 32, q = 0.3, 60 rounds", k: digits(ml.TypeMLP, 32), cfg: withRounds(mlp, 60, 0.05), q: 0.3},
			{label: "mlp 32, q = 0.1, 120 rounds", k: digits(ml.TypeMLP, 32), cfg: withRounds(mlp, 120, 0.05), q: 0.1},
		}, eps)
	case "mlp":
		printStudy(t, "MLP against the linear models", []variant{
			{label: "breast_cancer logistic", k: breastCancer, cfg: logistic},
			{label: "breast_cancer mlp 16", k: asMLP(breastCancer, 16), cfg: mlp},
			{label: "digits-like softmax", k: digits(ml.TypeSoftmax, 0), cfg: softmax},
			{label: "digits-like mlp 16", k: digits(ml.TypeMLP, 16), cfg: mlp},
			{label: "digits-like mlp 32", k: digits(ml.TypeMLP, 32), cfg: mlp},
			{label: "digits-like mlp 32, q = 0.3, 60 rounds", k: digits(ml.TypeMLP, 32), cfg: withRounds(mlp, 60, 0.05), q: 0.3},
		}, eps)
	case "owners":
		printStudy(t, "breast_cancer logistic, 3 owners against 100 (d = 10)", []variant{
			{label: "3 owners, d = 0, c = 1", k: breastCancer, cfg: logistic},
			{label: "100 owners, d = 10, c = 1", k: breastCancer, cfg: logistic, owners: 100, dropouts: 10},
		}, []float64{1, 8})
	case "mlp-lr":
		var vs []variant
		for _, lr := range []float64{0.5, 0.2, 0.05, 0.02} {
			vs = append(vs, variant{label: fmt.Sprintf("digits-like mlp 16, lr %v", lr), k: digits(ml.TypeMLP, 16), cfg: withRounds(mlp, mlp.Rounds, lr)})
		}
		printStudy(t, "MLP learning rate, 40 rounds", vs, []float64{1, 8})
	case "grid":
		var vs []variant
		for _, h := range []int{8, 16, 32} {
			for _, lr := range []float64{0.02, 0.05, 0.1} {
				for _, r := range []int{30, 60} {
					vs = append(vs, variant{label: fmt.Sprintf("digits mlp %d lr %v rounds %d", h, lr, r), k: digits(ml.TypeMLP, h), cfg: withRounds(mlp, r, lr)})
				}
			}
		}
		printStudy(t, "MLP grid on digits-like", vs, []float64{1, 8, math.Inf(1)})
	}
}
