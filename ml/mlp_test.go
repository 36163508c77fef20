package ml

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/veil-market/veil/dataset"
)

// The MLP's analytic per-example gradient matches central finite
// differences of its loss, for random parameters, rows and labels (points
// where a hidden unit sits at the ReLU kink are skipped: the loss is not
// differentiable there).
func TestMLPGradientMatchesFiniteDifferences(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	for trial := range 20 {
		l := MLP{Features: 1 + r.IntN(6), Hidden: 1 + r.IntN(8), Classes: 2 + r.IntN(4)}
		params := InitMLP(l, [32]byte{byte(trial)})
		for i := range params {
			params[i] += 0.3 * (2*r.Float64() - 1) // biases off zero too
		}
		x := make([]float64, l.Features)
		for j := range x {
			x[j] = 2*r.Float64() - 1
		}
		y := float64(r.IntN(l.Classes))
		if nearKink(l, params, x) {
			continue
		}
		grad := make([]float64, l.NumParams())
		l.PerExampleGradient(params, x, y, grad)
		const h = 1e-6
		for i := range params {
			up, down := slices.Clone(params), slices.Clone(params)
			up[i] += h
			down[i] -= h
			fd := (l.Loss(up, x, y) - l.Loss(down, x, y)) / (2 * h)
			if math.Abs(fd-grad[i]) > 1e-6*math.Max(1, math.Abs(fd)) {
				t.Fatalf("trial %d %+v: ∂loss/∂θ[%d] = %.9g analytic, %.9g by finite differences", trial, l, i, grad[i], fd)
			}
		}
	}
}

func nearKink(l MLP, params, x []float64) bool {
	pre, _ := l.forward(params, x)
	for _, a := range pre {
		if math.Abs(a) < 1e-4 {
			return true
		}
	}
	return false
}

// exactBitsExp is within 4 ulps of math.Exp over the range that matters.
func TestExactBitsExp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		x := 1400*r.Float64() - 700
		got, want := exactBitsExp(x), math.Exp(x)
		if math.Abs(got-want) > 4*ulp(want) {
			t.Fatalf("exp(%v) = %v, math.Exp %v", x, got, want)
		}
	}
	if exactBitsExp(710) != math.Inf(1) || exactBitsExp(-746) != 0 || !math.IsNaN(exactBitsExp(math.NaN())) || exactBitsExp(0) != 1 {
		t.Fatal("exactBitsExp edge cases")
	}
}

func ulp(x float64) float64 { return math.Nextafter(x, math.Inf(1)) - x }

// An MLP model round-trips through the file format, keeps its parameters
// in the Learner layout, and a file with another activation or without
// its hidden layer is refused.
func TestMLPModelFile(t *testing.T) {
	m, err := NewModel(Spec{Type: TypeMLP, Features: []string{"a", "b", "c"}, Label: "y", Classes: []float64{0, 1, 2},
		Bounds: map[string]dataset.Bounds{"a": {Lo: 0, Hi: 1}, "b": {Lo: -1, Hi: 1}, "c": {Lo: 0, Hi: 10}}, Hidden: 4, Seed: [32]byte{9}})
	if err != nil {
		t.Fatal(err)
	}
	l, _ := m.Learner()
	if got := len(m.Params()); got != l.NumParams() || got != 4*4+3*5 {
		t.Fatalf("%d params", got)
	}
	if !slices.Equal(m.Params(), InitMLP(l.(MLP), [32]byte{9})) {
		t.Fatal("NewModel does not start from InitMLP")
	}
	data, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(back.Params(), m.Params()) {
		t.Fatal("decoded parameters differ")
	}
	for _, bad := range []struct{ from, to string }{{`"relu"`, `"tanh"`}, {`"type": "mlp"`, `"type": "softmax"`}} {
		if _, err := Decode([]byte(strings.Replace(string(data), bad.from, bad.to, 1))); err == nil {
			t.Errorf("Decode accepted the file with %s for %s", bad.to, bad.from)
		}
	}
	if _, err := NewModel(Spec{Type: TypeMLP, Features: []string{"a"}, Label: "y", Classes: []float64{0, 1},
		Bounds: map[string]dataset.Bounds{"a": {Lo: 0, Hi: 1}}, Hidden: 0}); err == nil {
		t.Fatal("hidden width 0 accepted")
	}
}

// An MLP learns XOR, which no linear model can: trained with full-batch
// Adam on the four corners it classifies all of them, softmax does not.
func TestMLPLearnsXOR(t *testing.T) {
	rows := []Example{{X: []float64{-1, -1}, Y: 0}, {X: []float64{1, 1}, Y: 0}, {X: []float64{-1, 1}, Y: 1}, {X: []float64{1, -1}, Y: 1}}
	acc := func(l Learner, params []float64) int {
		cfg := DefaultTrainConfig(TypeSoftmax)
		cfg.Rounds, cfg.LearningRate = 300, 0.05
		opt, err := NewOptimizer(cfg, l.NumParams())
		if err != nil {
			t.Fatal(err)
		}
		for range cfg.Rounds {
			sum, err := ClipAndSum(l, params, rows, 100)
			if err != nil {
				t.Fatal(err)
			}
			if err := opt.Step(params, sum, len(rows)); err != nil {
				t.Fatal(err)
			}
		}
		right := 0
		out := make([]float64, 2)
		for _, r := range rows {
			l.Predict(params, r.X, out)
			if float64(argmax(out)) == r.Y {
				right++
			}
		}
		return right
	}
	mlp := MLP{Features: 2, Hidden: 8, Classes: 2}
	if got := acc(mlp, InitMLP(mlp, [32]byte{3})); got != 4 {
		t.Fatalf("mlp classified %d of 4 XOR corners", got)
	}
	if got := acc(Softmax{Features: 2, Classes: 2}, make([]float64, 6)); got == 4 {
		t.Fatal("softmax solved XOR: the test cannot tell the models apart")
	}
}
