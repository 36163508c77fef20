package flsim_test

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/ml/flsim"
)

var (
	grid      = flag.Bool("grid", false, "print the tuning grid of docs/fl-accuracy.md")
	gridSeeds = flag.Int("grid.seeds", 40, "seeds (1..n) per grid cell")
)

// gridConfigs are the breast_cancer configurations compared in
// docs/fl-accuracy.md: rounds × learning rate for Adam, other clip norms and
// Adam's β1, and gradient descent with momentum.
func gridConfigs() []ml.TrainConfig {
	base := ml.DefaultTrainConfig(ml.TypeLogistic)
	var out []ml.TrainConfig
	for _, rounds := range []int{20, 30, 40, 50, 70} {
		for _, lr := range []float64{0.2, 0.3, 0.5, 0.7} {
			c := base
			c.Rounds, c.LearningRate = rounds, lr
			out = append(out, c)
		}
	}
	for _, clip := range []float64{0.02, 0.2, 1} {
		c := base
		c.Clip, c.Gamma = clip, 1024/clip
		out = append(out, c)
	}
	for _, beta1 := range []float64{0.5, 0.8} {
		c := base
		c.Beta1 = beta1
		out = append(out, c)
	}
	for _, gd := range []struct{ rounds, lr, momentum float64 }{{30, 16, 0.9}, {50, 8, 0.9}, {80, 8, 0.9}, {50, 16, 0.8}} {
		c := ml.TrainConfig{Rounds: int(gd.rounds), Optimizer: ml.OptimizerGD, LearningRate: gd.lr, Momentum: gd.momentum,
			Clip: base.Clip, Gamma: base.Gamma}
		out = append(out, c)
	}
	return out
}

// TestTuningGrid prints breast_cancer accuracy at ε = 1 and 8 for each grid
// configuration. Run it with
//
//	go test ./ml/flsim -run TuningGrid -v -grid [-grid.seeds 40]
func TestTuningGrid(t *testing.T) {
	if !*grid {
		t.Skip("pass -grid to print the tuning grid")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\nbreast_cancer, IID, seeds 1..%d, accountant %v\n\n", *gridSeeds, flsim.DistributedDiscreteGaussian)
	b.WriteString("| optimizer | rounds | lr | momentum/β1 | clip | ε=1 | ε=8 |\n|---|---|---|---|---|---|---|\n")
	for _, c := range gridConfigs() {
		m1, s1 := meanScore(t, breastCancer, c, 1, flsim.DistributedDiscreteGaussian, false, *gridSeeds)
		m8, s8 := meanScore(t, breastCancer, c, 8, flsim.DistributedDiscreteGaussian, false, *gridSeeds)
		fmt.Fprintf(&b, "| %s | %d | %v | %v | %v | %.3f ± %.3f | %.3f ± %.3f |\n",
			c.Optimizer, c.Rounds, c.LearningRate, c.Momentum+c.Beta1, c.Clip, m1, s1, m8, s8)
	}
	t.Log(b.String())
}
