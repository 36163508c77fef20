package ml

import "math"

// Logistic is binary logistic regression: P(y=1|x) = sigmoid(w·x + b), with
// the log loss.
type Logistic struct{ Features int }

var _ Learner = Logistic{}

func (l Logistic) NumFeatures() int { return l.Features }
func (l Logistic) NumOutputs() int  { return 1 }
func (l Logistic) NumParams() int   { return l.Features + 1 }

func (l Logistic) Loss(params, x []float64, y float64) float64 {
	z := affine(params, x, 0)
	// log(1+e^z) - y z, written so that neither branch overflows.
	return softplus(z) - y*z
}

func (l Logistic) PerExampleGradient(params, x []float64, y float64, grad []float64) {
	addScaledRow(grad, x, 0, sigmoid(affine(params, x, 0))-y)
}

func (l Logistic) Predict(params, x, out []float64) {
	out[0] = sigmoid(affine(params, x, 0))
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// softplus is log(1 + e^z) without overflow.
func softplus(z float64) float64 {
	if z > 0 {
		return z + math.Log1p(math.Exp(-z))
	}
	return math.Log1p(math.Exp(z))
}
