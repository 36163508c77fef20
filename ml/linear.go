package ml

// Linear is least-squares linear regression on the scaled label: prediction
// w·x + b, loss (prediction - y)^2 / 2.
type Linear struct{ Features int }

var _ Learner = Linear{}

func (l Linear) NumFeatures() int { return l.Features }
func (l Linear) NumOutputs() int  { return 1 }
func (l Linear) NumParams() int   { return l.Features + 1 }

func (l Linear) Loss(params, x []float64, y float64) float64 {
	r := affine(params, x, 0) - y
	return r * r / 2
}

func (l Linear) PerExampleGradient(params, x []float64, y float64, grad []float64) {
	addScaledRow(grad, x, 0, affine(params, x, 0)-y)
}

func (l Linear) Predict(params, x, out []float64) {
	out[0] = affine(params, x, 0)
}
