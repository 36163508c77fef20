package ml_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"

	"github.com/veil-market/veil/ml"
)

// learnerCase pairs a learner with a generator of valid encoded labels.
type learnerCase struct {
	name  string
	l     ml.Learner
	label func(r *rand.Rand) float64
}

var learnerCases = []learnerCase{
	{"logistic", ml.Logistic{Features: 5}, func(r *rand.Rand) float64 { return float64(r.IntN(2)) }},
	{"softmax", ml.Softmax{Features: 4, Classes: 3}, func(r *rand.Rand) float64 { return float64(r.IntN(3)) }},
	{"linear", ml.Linear{Features: 6}, func(r *rand.Rand) float64 { return 2*r.Float64() - 1 }},
}

func randomVector(r *rand.Rand, n int, scale float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = scale * (2*r.Float64() - 1)
	}
	return v
}

// TestGradientsMatchFiniteDifferences compares every coordinate of
// PerExampleGradient with the central difference (L(p+h) - L(p-h)) / 2h,
// whose error is O(h^2).
func TestGradientsMatchFiniteDifferences(t *testing.T) {
	const h = 1e-5
	for _, c := range learnerCases {
		t.Run(c.name, func(t *testing.T) {
			r := rand.New(rand.NewPCG(1, 2))
			for trial := range 20 {
				params := randomVector(r, c.l.NumParams(), 2)
				x := randomVector(r, c.l.NumFeatures(), 1)
				y := c.label(r)
				grad := make([]float64, c.l.NumParams())
				c.l.PerExampleGradient(params, x, y, grad)
				for i := range params {
					up, down := append([]float64(nil), params...), append([]float64(nil), params...)
					up[i] += h
					down[i] -= h
					fd := (c.l.Loss(up, x, y) - c.l.Loss(down, x, y)) / (2 * h)
					if math.Abs(fd-grad[i]) > 1e-6 {
						t.Fatalf("trial %d param %d: gradient %v, finite difference %v", trial, i, grad[i], fd)
					}
				}
			}
		})
	}
}

func TestPredictions(t *testing.T) {
	x := []float64{0.5, -1}
	tests := []struct {
		name   string
		l      ml.Learner
		params []float64
		want   []float64
	}{
		// w·x + b = 2*0.5 + 1*(-1) + 0.25 = 0.25.
		{"linear", ml.Linear{Features: 2}, []float64{2, 1, 0.25}, []float64{0.25}},
		{"logistic", ml.Logistic{Features: 2}, []float64{2, 1, 0.25}, []float64{1 / (1 + math.Exp(-0.25))}},
		// Logits 0.25 and 0: probabilities e^0.25/(e^0.25+1) and 1/(e^0.25+1).
		{"softmax", ml.Softmax{Features: 2, Classes: 2}, []float64{2, 1, 0.25, 0, 0, 0},
			[]float64{math.Exp(0.25) / (math.Exp(0.25) + 1), 1 / (math.Exp(0.25) + 1)}},
	}
	for _, tt := range tests {
		out := make([]float64, tt.l.NumOutputs())
		tt.l.Predict(tt.params, x, out)
		for k := range out {
			if math.Abs(out[k]-tt.want[k]) > 1e-15 {
				t.Errorf("%s output %d = %v, want %v", tt.name, k, out[k], tt.want[k])
			}
		}
	}
}

// TestLossesStayFinite checks the stable forms at logits far past where a
// naive exp overflows, and that a two-class softmax whose class 0 has logit z
// has the loss of a logistic model with logit z and the label flipped.
func TestLossesStayFinite(t *testing.T) {
	x := []float64{1}
	for _, z := range []float64{-1000, -40, 0, 40, 1000} {
		for _, y := range []float64{0, 1} {
			loss := ml.Logistic{Features: 1}.Loss([]float64{z, 0}, x, y)
			soft := ml.Softmax{Features: 1, Classes: 2}.Loss([]float64{z, 0, 0, 0}, x, 1-y)
			if math.IsInf(loss, 0) || math.IsNaN(loss) {
				t.Fatalf("z=%v y=%v: logistic loss %v", z, y, loss)
			}
			if math.Abs(loss-soft) > 1e-12*math.Max(1, loss) {
				t.Errorf("z=%v y=%v: logistic loss %v, softmax loss %v", z, y, loss, soft)
			}
		}
	}
}

// TestSoftmaxProbabilitiesSumToOne is a property over random shapes.
func TestSoftmaxProbabilitiesSumToOne(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := rapid.IntRange(1, 6).Draw(t, "features")
		k := rapid.IntRange(2, 5).Draw(t, "classes")
		l := ml.Softmax{Features: d, Classes: k}
		params := rapid.SliceOfN(rapid.Float64Range(-50, 50), l.NumParams(), l.NumParams()).Draw(t, "params")
		x := rapid.SliceOfN(rapid.Float64Range(-1, 1), d, d).Draw(t, "x")
		out := make([]float64, k)
		l.Predict(params, x, out)
		var sum float64
		for _, p := range out {
			if p < 0 || p > 1 {
				t.Fatalf("probability %v outside [0, 1]", p)
			}
			sum += p
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Fatalf("probabilities sum to %v", sum)
		}
	})
}
