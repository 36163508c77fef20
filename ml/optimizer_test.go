package ml_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"

	"github.com/veil-market/veil/ml"
)

// referenceAdam is Adam as Kingma and Ba write it (Algorithm 1), in plain
// float64 with math.Pow: the bit-exact implementation must agree with it to
// rounding.
func referenceAdam(cfg ml.TrainConfig, params []float64, sums [][]float64, rows int) []float64 {
	p := append([]float64(nil), params...)
	m, v := make([]float64, len(p)), make([]float64, len(p))
	for t, s := range sums {
		for i := range p {
			g := s[i] / float64(rows)
			m[i] = cfg.Beta1*m[i] + (1-cfg.Beta1)*g
			v[i] = cfg.Beta2*v[i] + (1-cfg.Beta2)*g*g
			mHat := m[i] / (1 - math.Pow(cfg.Beta1, float64(t+1)))
			vHat := v[i] / (1 - math.Pow(cfg.Beta2, float64(t+1)))
			p[i] -= cfg.LearningRate * mHat / (math.Sqrt(vHat) + cfg.AdamEpsilon)
		}
	}
	return p
}

func TestAdamMatchesReference(t *testing.T) {
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	r := rand.New(rand.NewPCG(3, 4))
	params := randomVector(r, 7, 1)
	var sums [][]float64
	for range 40 {
		sums = append(sums, randomVector(r, 7, 50))
	}
	want := referenceAdam(cfg, params, sums, 100)
	opt, err := ml.NewOptimizer(cfg, 7)
	must(t, err)
	got := append([]float64(nil), params...)
	for _, s := range sums {
		must(t, opt.Step(got, s, 100))
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-12 {
			t.Errorf("param %d = %.17g, reference %.17g", i, got[i], want[i])
		}
	}
}

// TestAdamFirstStep: after one step the bias-corrected moments are g and
// g^2, so every parameter moves by lr * g/(|g|+eps), about lr against the
// gradient's sign.
func TestAdamFirstStep(t *testing.T) {
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	opt, err := ml.NewOptimizer(cfg, 3)
	must(t, err)
	params := []float64{0, 0, 0}
	must(t, opt.Step(params, []float64{10, -0.001, 0}, 10))
	want := []float64{-cfg.LearningRate * 1 / (1 + cfg.AdamEpsilon), cfg.LearningRate * 1e-4 / (1e-4 + cfg.AdamEpsilon), 0}
	for i := range want {
		if math.Abs(params[i]-want[i]) > 1e-15 {
			t.Errorf("param %d = %v, want %v", i, params[i], want[i])
		}
	}
}

func TestOptimizerRefusesBadInput(t *testing.T) {
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	if _, err := ml.NewOptimizer(cfg, 0); err == nil {
		t.Error("NewOptimizer accepted 0 parameters")
	}
	bad := cfg
	bad.Beta1 = 1
	if _, err := ml.NewOptimizer(bad, 3); err == nil {
		t.Error("NewOptimizer accepted beta1 = 1")
	}
	opt, err := ml.NewOptimizer(cfg, 3)
	must(t, err)
	if err := opt.Step(make([]float64, 4), make([]float64, 4), 1); err == nil {
		t.Error("Adam accepted params of another length than it was made for")
	}
	if err := opt.Step(make([]float64, 3), []float64{0, math.Inf(1), 0}, 1); err == nil {
		t.Error("Adam accepted an infinite sum")
	}
}

func TestTrainConfigCheck(t *testing.T) {
	for _, typ := range []string{ml.TypeLogistic, ml.TypeSoftmax, ml.TypeLinear} {
		if err := ml.DefaultTrainConfig(typ).Check(); err != nil {
			t.Errorf("default %s config: %v", typ, err)
		}
	}
	if err := ml.DefaultTrainConfig("tree").Check(); err == nil {
		t.Error("the config of an unknown model type passed Check")
	}
	mutations := map[string]func(*ml.TrainConfig){
		"rounds":    func(c *ml.TrainConfig) { c.Rounds = 0 },
		"optimizer": func(c *ml.TrainConfig) { c.Optimizer = "sgd" },
		"lr":        func(c *ml.TrainConfig) { c.LearningRate = math.Inf(1) },
		"clip":      func(c *ml.TrainConfig) { c.Clip = -1 },
		"gamma":     func(c *ml.TrainConfig) { c.Gamma = 0 },
		"beta2":     func(c *ml.TrainConfig) { c.Beta2 = math.NaN() },
		"epsilon":   func(c *ml.TrainConfig) { c.AdamEpsilon = 0 },
	}
	for name, mutate := range mutations {
		c := ml.DefaultTrainConfig(ml.TypeLogistic)
		mutate(&c)
		if err := c.Check(); err == nil {
			t.Errorf("bad %s passed Check", name)
		}
	}
}

// TestStepBound: over random and adversarial gradient sequences (constant,
// alternating, spikes after silence, huge and tiny magnitudes), no Adam step
// moves a parameter by more than StepBound·lr; the bound grows with the
// rounds towards 7.27 for the defaults, and is +Inf for plain gradient descent.
func TestStepBound(t *testing.T) {
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	cfg.Rounds = 300
	k := ml.StepBound(cfg)
	long := cfg
	long.Rounds = 1 << 16
	if math.Abs(k-3.70) > 0.01 || math.Abs(ml.StepBound(long)-7.27) > 0.01 {
		t.Fatalf("StepBound(defaults) = %v over 300 rounds, %v over 65536; want ≈ 3.70 and the limit 7.27", k, ml.StepBound(long))
	}
	if gd := (ml.TrainConfig{Optimizer: ml.OptimizerGD, Rounds: 3}); !math.IsInf(ml.StepBound(gd), 1) {
		t.Fatal("plain gradient descent got a finite step bound")
	}
	// The bound is tight: gradients growing as (β2/β1)^t make Cauchy–Schwarz
	// an equality, and the last step comes within 1% of K·lr.
	opt, _ := ml.NewOptimizer(cfg, 1)
	params := []float64{0}
	var last float64
	for r := range cfg.Rounds {
		before := params[0]
		if err := opt.Step(params, []float64{math.Pow(cfg.Beta2/cfg.Beta1, float64(r))}, 1); err != nil {
			t.Fatal(err)
		}
		last = math.Abs(params[0] - before)
	}
	if last < 0.99*k*cfg.LearningRate || last > k*cfg.LearningRate*(1+1e-9) {
		t.Fatalf("worst-case sequence moved %v, bound K·lr = %v", last, k*cfg.LearningRate)
	}
	rapid.Check(t, func(t *rapid.T) {
		opt, err := ml.NewOptimizer(cfg, 1)
		if err != nil {
			t.Fatal(err)
		}
		params := []float64{0}
		scale := math.Pow(10, rapid.Float64Range(-150, 21).Draw(t, "scale"))
		for r := range cfg.Rounds {
			g := rapid.Float64Range(-1, 1).Draw(t, "g") * scale
			switch rapid.IntRange(0, 3).Draw(t, "pattern") {
			case 0:
				g = scale // constant
			case 1:
				if r < cfg.Rounds/2 {
					g = 0 // silence, then a spike
				}
			}
			before := params[0]
			if err := opt.Step(params, []float64{g}, 1); err != nil {
				t.Fatal(err)
			}
			if moved := math.Abs(params[0] - before); moved > k*cfg.LearningRate*(1+1e-9) {
				t.Fatalf("round %d moved %v > K·lr = %v", r+1, moved, k*cfg.LearningRate)
			}
		}
	})
}
