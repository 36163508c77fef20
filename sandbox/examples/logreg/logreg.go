// Package logreg is an example `tee` analysis: logistic regression trained
// by DP-SGD over releases. Each release is the sum of per-row gradients at
// the current model, clipped by the host to the plan's norm and noised;
// the model is recomputed from the releases so far (public) before each
// one, by the same Adam steps the `fl` engine takes.
//
// Arguments (public, from the spec): [learning rate, row count, lo₁, hi₁, …,
// lo_d, hi_d]: features are clipped to [lo, hi] and mapped to [−1, 1]. A row
// is [x₁, …, x_d, label]; the label is 0 or 1.
//
// It is plain Go, compiled both natively (benchmarks) and to WebAssembly
// (./wasm).
package logreg

import "math"

// Config is what the arguments say.
type Config struct {
	LearningRate float64
	Rows         float64
	Lo, Hi       []float64
}

// ParseArgs reads the arguments; a short or odd list gives no features.
func ParseArgs(args []float64) Config {
	c := Config{LearningRate: 0.5, Rows: 1}
	if len(args) < 2 {
		return c
	}
	c.LearningRate, c.Rows = args[0], math.Max(args[1], 1)
	for i := 2; i+1 < len(args); i += 2 {
		c.Lo, c.Hi = append(c.Lo, args[i]), append(c.Hi, args[i+1])
	}
	return c
}

// Dim is the model's length: one weight per feature and a bias.
func (c Config) Dim() int { return len(c.Lo) + 1 }

// Replay returns the model after one Adam step per released gradient sum.
func (c Config) Replay(released []float64) []float64 {
	d := c.Dim()
	theta, m, v := make([]float64, d), make([]float64, d), make([]float64, d)
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for t := 1; t*d <= len(released); t++ {
		g := released[(t-1)*d : t*d]
		c1, c2 := 1-math.Pow(b1, float64(t)), 1-math.Pow(b2, float64(t))
		for i := range theta {
			gi := g[i] / c.Rows
			m[i] = b1*m[i] + (1-b1)*gi
			v[i] = b2*v[i] + (1-b2)*gi*gi
			theta[i] -= c.LearningRate * (m[i] / c1) / (math.Sqrt(v[i]/c2) + eps)
		}
	}
	return theta
}

// Features maps a row's features to [−1, 1] and appends the bias input 1.
func (c Config) Features(row []float64) []float64 {
	x := make([]float64, c.Dim())
	for j := range c.Lo {
		v := 0.0
		if j < len(row) {
			v = row[j]
		}
		v = math.Min(math.Max(v, c.Lo[j]), c.Hi[j])
		x[j] = 2*(v-c.Lo[j])/(c.Hi[j]-c.Lo[j]) - 1
	}
	x[len(c.Lo)] = 1
	return x
}

// Grad writes the gradient of the log loss at theta for one row into out.
func (c Config) Grad(theta, row, out []float64) {
	x := c.Features(row)
	y := 0.0
	if len(row) > len(c.Lo) && row[len(c.Lo)] >= 0.5 {
		y = 1
	}
	r := Sigmoid(dot(theta, x)) - y
	for i := range out {
		out[i] = 0
		if i < len(x) {
			out[i] = r * x[i]
		}
	}
}

// Predict is the model's probability of label 1.
func (c Config) Predict(theta, row []float64) float64 { return Sigmoid(dot(theta, c.Features(row))) }

// Sigmoid is the logistic function.
func Sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range min(len(a), len(b)) {
		s += a[i] * b[i]
	}
	return s
}
