package ml

import "math"

// Softmax is multinomial logistic regression over Classes classes with the
// cross-entropy loss; the label is the class index.
type Softmax struct{ Features, Classes int }

var _ Learner = Softmax{}

func (s Softmax) NumFeatures() int { return s.Features }
func (s Softmax) NumOutputs() int  { return s.Classes }
func (s Softmax) NumParams() int   { return s.Classes * (s.Features + 1) }

// Loss is +Inf for a label that is not a class index.
func (s Softmax) Loss(params, x []float64, y float64) float64 {
	z := s.logits(params, x)
	k := int(y)
	if k < 0 || k >= len(z) || float64(k) != y {
		return math.Inf(1)
	}
	return logSumExp(z) - z[k]
}

func (s Softmax) PerExampleGradient(params, x []float64, y float64, grad []float64) {
	p := s.logits(params, x)
	softmaxInPlace(p)
	stride := s.Features + 1
	for k, pk := range p {
		if k == int(y) {
			pk--
		}
		addScaledRow(grad, x, k*stride, pk)
	}
}

func (s Softmax) Predict(params, x, out []float64) {
	copy(out, s.logits(params, x))
	softmaxInPlace(out[:s.Classes])
}

func (s Softmax) logits(params, x []float64) []float64 {
	z := make([]float64, s.Classes)
	stride := s.Features + 1
	for k := range z {
		z[k] = affine(params, x, k*stride)
	}
	return z
}

func logSumExp(z []float64) float64 { return logSumExpWith(z, math.Exp) }

// logSumExpWith is log Σ exp(z) with the maximum factored out.
func logSumExpWith(z []float64, exp func(float64) float64) float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	var s float64
	for _, v := range z {
		s = float64(s + exp(v-m))
	}
	return m + math.Log(s)
}

func softmaxInPlace(z []float64) {
	lse := logSumExp(z)
	for k, v := range z {
		z[k] = math.Exp(v - lse)
	}
}
