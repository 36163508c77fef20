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
	curve           = flag.Bool("curve", false, "print the accuracy curves of docs/fl-accuracy.md")
	curveSeeds      = flag.Int("curve.seeds", 5, "seeds (1..n) per point of the curve")
	curveClassic    = flag.Bool("curve.classic", false, "calibrate with the classic RDP accountant instead of dp.DistributedGaussian")
	curveTaskFilter = flag.String("curve.task", "", "only tasks whose name contains this")
)

// central is the column of non-private, centralized gradient descent.
var central = math.NaN()

// curveColumns are the ε of the curve; +Inf runs the mechanism without noise.
var curveColumns = []float64{central, math.Inf(1), 0.5, 1, 2, 4, 8}

// meanScore is the mean and standard deviation over seeds 1..n of the task's
// test score at eps (central training when eps is NaN).
func meanScore(t testing.TB, k task, cfg ml.TrainConfig, eps float64, a flsim.Accountant, nonIID bool, n int) (mean, sd float64) {
	var sum, sq float64
	for seed := uint64(1); seed <= uint64(n); seed++ {
		e := newExperiment(t, k, seed, nonIID)
		var s float64
		if math.IsNaN(eps) {
			s = e.central(t, k)
		} else {
			s = e.privateWith(t, k, cfg, eps, seed, a)
		}
		sum, sq = sum+s, sq+s*s
	}
	mean = sum / float64(n)
	return mean, math.Sqrt(math.Max(sq/float64(n)-mean*mean, 0))
}

// TestTargets checks the accuracy targets of the brief with the default
// config: mean breast_cancer test accuracy over 5 seeds >= 0.90 at ε = 1 and
// >= 0.95 at ε = 8, IID owners.
func TestTargets(t *testing.T) {
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	for _, target := range []struct{ eps, min float64 }{{1, 0.90}, {8, 0.95}} {
		mean, sd := meanScore(t, breastCancer, cfg, target.eps, flsim.DistributedDiscreteGaussian, false, 5)
		t.Logf("eps=%v: accuracy %.4f ± %.4f", target.eps, mean, sd)
		if mean < target.min {
			t.Errorf("eps=%v: mean accuracy %.4f, want >= %.2f", target.eps, mean, target.min)
		}
	}
}

// TestAccuracyCurve prints, as markdown, each task's test score (accuracy or
// R²) at each ε for IID and non-IID owners, next to centralized non-private
// gradient descent and to the mechanism without noise (ε = ∞). Run it with
//
//	go test ./ml/flsim -run AccuracyCurve -v -curve [-curve.seeds 100] [-curve.classic] [-curve.task breast]
func TestAccuracyCurve(t *testing.T) {
	if !*curve {
		t.Skip("pass -curve to print the accuracy curves")
	}
	acct := flsim.DistributedDiscreteGaussian
	if *curveClassic {
		acct = flsim.ClassicRDP
	}
	for _, k := range []task{breastCancer, diabetesLinear, diabetesClasses} {
		if !strings.Contains(k.name, *curveTaskFilter) {
			continue
		}
		cfg := ml.DefaultTrainConfig(k.typ)
		var b strings.Builder
		fmt.Fprintf(&b, "\n%s, seeds 1..%d, accountant %v, config %+v\n\n| owners | central | ε=∞ |", k.name, *curveSeeds, acct, cfg)
		for _, eps := range curveColumns[2:] {
			fmt.Fprintf(&b, " ε=%v |", eps)
		}
		b.WriteString("\n|---|" + strings.Repeat("---|", len(curveColumns)) + "\n")
		for _, nonIID := range []bool{false, true} {
			fmt.Fprintf(&b, "| %s |", map[bool]string{false: "IID", true: "non-IID"}[nonIID])
			for _, eps := range curveColumns {
				mean, sd := meanScore(t, k, cfg, eps, acct, nonIID, *curveSeeds)
				fmt.Fprintf(&b, " %.3f ± %.3f |", mean, sd)
			}
			b.WriteString("\n")
		}
		t.Log(b.String())
	}
}
