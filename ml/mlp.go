package ml

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
)

// TypeMLP is a classifier with one hidden layer of ReLU units and a softmax
// output over the classes.
const TypeMLP = "mlp"

// MaxHidden bounds an MLP's hidden width.
const MaxHidden = 1024

// MLP is a one-hidden-layer perceptron: h = relu(W1·x + b1), then softmax
// over W2·h + b2, with the cross-entropy loss; the label is the class index.
// Parameters: for each hidden unit its Features weights and bias, then for
// each class its Hidden weights and bias.
//
// Every product is rounded before it is added (explicit float64
// conversions forbid fused multiply-add) and the softmax uses exactBitsExp,
// a polynomial exponential of basic operations only, so the loss, gradient
// and prediction are the same bits on every platform (math.Exp has
// architecture-specific assembly; ml/internal/stepcheck checks this under
// qemu-aarch64).
type MLP struct{ Features, Hidden, Classes int }

var _ Learner = MLP{}

func (m MLP) NumFeatures() int { return m.Features }
func (m MLP) NumOutputs() int  { return m.Classes }
func (m MLP) NumParams() int   { return m.Hidden*(m.Features+1) + m.Classes*(m.Hidden+1) }

// outOff is where the output layer's parameters start.
func (m MLP) outOff() int { return m.Hidden * (m.Features + 1) }

// forward returns the hidden pre-activations and the output logits.
func (m MLP) forward(params, x []float64) (pre, logits []float64) {
	pre = make([]float64, m.Hidden)
	for h := range pre {
		pre[h] = dot(params[h*(m.Features+1):], x)
	}
	act := make([]float64, m.Hidden)
	for h, a := range pre {
		act[h] = max(a, 0)
	}
	logits = make([]float64, m.Classes)
	for k := range logits {
		logits[k] = dot(params[m.outOff()+k*(m.Hidden+1):], act)
	}
	return pre, logits
}

// dot is w[:len(x)]·x + w[len(x)], every product rounded before the sum.
func dot(w, x []float64) float64 {
	s := w[len(x)]
	for j, v := range x {
		s = float64(s + float64(w[j]*v))
	}
	return s
}

// Loss is +Inf for a label that is not a class index.
func (m MLP) Loss(params, x []float64, y float64) float64 {
	_, z := m.forward(params, x)
	k := int(y)
	if k < 0 || k >= len(z) || float64(k) != y {
		return math.Inf(1)
	}
	return exactLogSumExp(z) - z[k]
}

func (m MLP) PerExampleGradient(params, x []float64, y float64, grad []float64) {
	pre, p := m.forward(params, x)
	exactSoftmax(p)
	out := m.outOff()
	back := make([]float64, m.Hidden) // ∂loss/∂activation
	for k, pk := range p {
		if k == int(y) {
			pk--
		}
		row := out + k*(m.Hidden+1)
		for h, a := range pre {
			grad[row+h] = float64(pk * max(a, 0))
			back[h] = float64(back[h] + float64(params[row+h]*pk))
		}
		grad[row+m.Hidden] = pk
	}
	for h, a := range pre {
		d := back[h]
		if a <= 0 {
			d = 0
		}
		addScaledRow(grad, x, h*(m.Features+1), d)
	}
}

func (m MLP) Predict(params, x, out []float64) {
	_, z := m.forward(params, x)
	copy(out, z)
	exactSoftmax(out[:m.Classes])
}

// InitMLP returns an MLP's starting parameters, drawn from a public seed so
// every participant starts from the same bits: hidden weights uniform in
// ±√(6/Features) (He), output weights uniform in ±√(6/Hidden), biases 0.
// (All-zero parameters would keep every hidden unit identical forever.)
func InitMLP(l MLP, seed [32]byte) []float64 {
	p := make([]float64, l.NumParams())
	stream := seedStream(seed)
	fill := func(off, n int, limit float64) {
		for j := range n {
			u := float64(stream()>>11) / (1 << 53) // exact: 53 random bits
			p[off+j] = float64(float64(2*u-1) * limit)
		}
	}
	for h := range l.Hidden {
		fill(h*(l.Features+1), l.Features, math.Sqrt(6/float64(l.Features)))
	}
	for k := range l.Classes {
		fill(l.outOff()+k*(l.Hidden+1), l.Hidden, math.Sqrt(6/float64(l.Hidden)))
	}
	return p
}

// seedStream returns 64-bit words of SHA-256(seed ‖ counter), the same on
// every platform.
func seedStream(seed [32]byte) func() uint64 {
	var ctr uint64
	var block [32]byte
	pos := 32
	return func() uint64 {
		if pos == 32 {
			h := sha256.New()
			h.Write(seed[:])
			h.Write(binary.BigEndian.AppendUint64(nil, ctr))
			copy(block[:], h.Sum(nil))
			ctr++
			pos = 0
		}
		v := binary.LittleEndian.Uint64(block[pos:])
		pos += 8
		return v
	}
}

// newMLP fills m (type, columns, classes set) with an MLP of s.Hidden units
// drawn by InitMLP from s.Seed.
func newMLP(m *Model, s Spec) (*Model, error) {
	if s.Hidden < 1 || s.Hidden > MaxHidden {
		return nil, fmt.Errorf("ml: mlp hidden width %d outside [1, %d]", s.Hidden, MaxHidden)
	}
	if len(s.Features) == 0 || len(s.Classes) < 2 {
		return nil, fmt.Errorf("ml: an mlp needs features and at least 2 classes, got %d and %d", len(s.Features), len(s.Classes))
	}
	m.Hidden, m.HiddenBias = make([][]float64, s.Hidden), make([]float64, s.Hidden)
	m.Weights, m.Bias = make([][]float64, len(s.Classes)), make([]float64, len(s.Classes))
	l := MLP{Features: len(s.Features), Hidden: s.Hidden, Classes: len(s.Classes)}
	if err := m.setMLPParams(InitMLP(l, s.Seed)); err != nil {
		return nil, err
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

func (m *Model) setMLPParams(p []float64) error {
	d, hidden, classes := len(m.Features), len(m.Hidden), len(m.Weights)
	l := MLP{Features: d, Hidden: hidden, Classes: classes}
	if len(m.HiddenBias) != hidden || len(m.Bias) != classes {
		return fmt.Errorf("ml: mlp has %d hidden rows and %d biases, %d output rows and %d biases", hidden, len(m.HiddenBias), classes, len(m.Bias))
	}
	if len(p) != l.NumParams() {
		return fmt.Errorf("ml: params has %d values, the model needs %d", len(p), l.NumParams())
	}
	if i := firstNonFinite(p); i >= 0 {
		return fmt.Errorf("%w: parameter %d", ErrNonFinite, i)
	}
	for h := range hidden {
		row := p[h*(d+1) : (h+1)*(d+1)]
		m.Hidden[h], m.HiddenBias[h] = slices.Clone(row[:d]), row[d]
	}
	for k := range classes {
		row := p[l.outOff()+k*(hidden+1) : l.outOff()+(k+1)*(hidden+1)]
		m.Weights[k], m.Bias[k] = slices.Clone(row[:hidden]), row[hidden]
	}
	return nil
}

func (m *Model) checkMLPWeights() error {
	hidden := len(m.Hidden)
	switch {
	case hidden < 1 || hidden > MaxHidden:
		return fmt.Errorf("ml: mlp hidden width %d outside [1, %d]", hidden, MaxHidden)
	case len(m.HiddenBias) != hidden:
		return fmt.Errorf("ml: mlp has %d hidden rows and %d hidden biases", hidden, len(m.HiddenBias))
	case len(m.Weights) != len(m.Classes) || len(m.Bias) != len(m.Classes):
		return fmt.Errorf("ml: an mlp needs %d output rows and biases, got %d and %d", len(m.Classes), len(m.Weights), len(m.Bias))
	}
	for h, w := range m.Hidden {
		if len(w) != len(m.Features) {
			return fmt.Errorf("ml: hidden row %d has %d values for %d features", h, len(w), len(m.Features))
		}
	}
	for k, w := range m.Weights {
		if len(w) != hidden {
			return fmt.Errorf("ml: output row %d has %d values for %d hidden units", k, len(w), hidden)
		}
	}
	if i := firstNonFinite(m.Params()); i >= 0 {
		return fmt.Errorf("%w: parameter %d", ErrNonFinite, i)
	}
	return nil
}
