package ml

// Learner is the mathematics of one model type over scaled features: how many
// parameters it has, its per-example loss and gradient, and its prediction.
//
// Parameters are laid out output by output: for each output k, NumFeatures
// weights then one bias, so NumParams = NumOutputs * (NumFeatures + 1).
// Labels are encoded: 0 or 1 for logistic, the class index for softmax, the
// label scaled to [-1, 1] for linear.
//
// Methods do not check slice lengths (they run once per row per round);
// ClipAndSum, Train and the Model methods check them before calling.
type Learner interface {
	NumFeatures() int
	NumOutputs() int
	NumParams() int
	// Loss is the loss of one example.
	Loss(params, x []float64, y float64) float64
	// PerExampleGradient writes the gradient of Loss with respect to params into grad.
	PerExampleGradient(params, x []float64, y float64, grad []float64)
	// Predict writes NumOutputs values into out: P(y=1) for logistic, class
	// probabilities for softmax, the scaled prediction for linear.
	Predict(params, x, out []float64)
}

// Example is one training or evaluation row: scaled features and encoded label.
type Example struct {
	X []float64
	Y float64
}

// affine returns w·x + b for the output whose parameters start at off.
func affine(params, x []float64, off int) float64 {
	d := len(x)
	s := params[off+d]
	for j, v := range x {
		s += params[off+j] * v
	}
	return s
}

// addScaledRow writes coef*[x, 1] into grad starting at off.
func addScaledRow(grad, x []float64, off int, coef float64) {
	for j, v := range x {
		grad[off+j] = coef * v
	}
	grad[off+len(x)] = coef
}
