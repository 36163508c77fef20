package ml

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/veil-market/veil/dataset"
)

// Model types, as written in a job spec and in the model file.
const (
	TypeLogistic = "logistic" // binary classification
	TypeSoftmax  = "softmax"  // multiclass classification
	TypeLinear   = "linear"   // regression
)

// ErrUnknownType is returned for a model type other than the three above.
var ErrUnknownType = errors.New("ml: unknown model type")

// Column names a feature or the label together with its public bounds.
type Column struct {
	Name   string         `json:"name"`
	Bounds dataset.Bounds `json:"bounds"`
}

// Model is a trained (or freshly initialised) model: what the buyer receives.
// Weights are over the SCALED features (Bounds.Scale of each raw value);
// Weights[k] and Bias[k] belong to output k (one output for logistic and
// linear, one per class for softmax). docs/model-format.md documents the file.
type Model struct {
	Type     string
	Features []Column
	// Label names the label column; its Bounds are used by linear models only
	// (to scale the label for training and unscale predictions) and are zero
	// for classifiers.
	Label   Column
	Classes []float64 // the label values, in order; class k has index k
	Weights [][]float64
	Bias    []float64
	// Hidden and HiddenBias are an MLP's hidden layer (nil otherwise): one
	// row of weights over the scaled features per ReLU unit. An MLP's
	// Weights then have one row per class over the hidden units.
	Hidden     [][]float64
	HiddenBias []float64
	Training   *TrainingInfo // nil for an untrained model
}

// Spec says what model to build.
type Spec struct {
	Type     string
	Features []string
	Label    string
	// Bounds holds public bounds for every feature and, for linear models, the label.
	Bounds map[string]dataset.Bounds
	// Classes lists the label values of a classifier (2 for logistic, at least
	// 2 for softmax and mlp); it must be empty for linear models.
	Classes []float64
	// Hidden is an MLP's hidden width (1 to MaxHidden); Seed the public
	// randomness its starting weights are drawn from (InitMLP).
	Hidden int
	Seed   [32]byte
}

// NewModel returns a model with all weights zero.
func NewModel(s Spec) (*Model, error) {
	m := &Model{Type: s.Type, Label: Column{Name: s.Label}, Classes: slices.Clone(s.Classes)}
	for _, name := range s.Features {
		b, ok := s.Bounds[name]
		if !ok {
			return nil, fmt.Errorf("ml: no bounds for feature %q", name)
		}
		m.Features = append(m.Features, Column{Name: name, Bounds: b})
	}
	if s.Type == TypeLinear {
		b, ok := s.Bounds[s.Label]
		if !ok {
			return nil, fmt.Errorf("ml: no bounds for label %q", s.Label)
		}
		m.Label.Bounds = b
	}
	if s.Type == TypeMLP {
		return newMLP(m, s)
	}
	outputs := 1
	if s.Type == TypeSoftmax {
		outputs = len(s.Classes)
	}
	m.Weights = make([][]float64, outputs)
	for k := range m.Weights {
		m.Weights[k] = make([]float64, len(s.Features))
	}
	m.Bias = make([]float64, outputs)
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// Learner returns the mathematics of m's type and shape.
func (m *Model) Learner() (Learner, error) {
	d := len(m.Features)
	switch m.Type {
	case TypeLogistic:
		return Logistic{Features: d}, nil
	case TypeSoftmax:
		return Softmax{Features: d, Classes: len(m.Classes)}, nil
	case TypeLinear:
		return Linear{Features: d}, nil
	case TypeMLP:
		return MLP{Features: d, Hidden: len(m.Hidden), Classes: len(m.Classes)}, nil
	}
	return nil, fmt.Errorf("%w %q (want %s, %s, %s or %s)", ErrUnknownType, m.Type, TypeLogistic, TypeSoftmax, TypeLinear, TypeMLP)
}

// Params returns the weights and biases as one vector in the Learner layout
// (meaningless, but safe, for a model that fails Validate).
func (m *Model) Params() []float64 {
	var p []float64
	for h := range min(len(m.Hidden), len(m.HiddenBias)) {
		p = append(p, m.Hidden[h]...)
		p = append(p, m.HiddenBias[h])
	}
	for k := range min(len(m.Weights), len(m.Bias)) {
		p = append(p, m.Weights[k]...)
		p = append(p, m.Bias[k])
	}
	return p
}

// SetParams replaces the weights and biases with p (Learner layout).
func (m *Model) SetParams(p []float64) error {
	if m.Type == TypeMLP {
		return m.setMLPParams(p)
	}
	d := len(m.Features)
	if len(m.Bias) != len(m.Weights) {
		return fmt.Errorf("ml: model has %d weight rows and %d biases", len(m.Weights), len(m.Bias))
	}
	if len(p) != len(m.Weights)*(d+1) {
		return fmt.Errorf("ml: params has %d values, the model needs %d", len(p), len(m.Weights)*(d+1))
	}
	if i := firstNonFinite(p); i >= 0 {
		return fmt.Errorf("%w: parameter %d", ErrNonFinite, i)
	}
	for k := range m.Weights {
		row := p[k*(d+1) : (k+1)*(d+1)]
		m.Weights[k] = slices.Clone(row[:d])
		m.Bias[k] = row[d]
	}
	return nil
}

// Validate checks that m is internally consistent: a known type, unique
// non-empty column names, valid bounds, classes that fit the type, and weights
// of the right shape with finite values.
func (m *Model) Validate() error {
	if _, err := m.Learner(); err != nil {
		return err
	}
	if err := m.checkColumns(); err != nil {
		return err
	}
	if err := m.checkClasses(); err != nil {
		return err
	}
	if err := m.checkWeights(); err != nil {
		return err
	}
	if m.Training != nil {
		return m.Training.Check()
	}
	return nil
}

func (m *Model) checkColumns() error {
	if len(m.Features) == 0 {
		return errors.New("ml: model has no features")
	}
	seen := map[string]bool{}
	for i, c := range m.Features {
		if c.Name == "" {
			return fmt.Errorf("ml: feature %d has an empty name", i)
		}
		if seen[c.Name] {
			return fmt.Errorf("ml: feature %q appears twice", c.Name)
		}
		seen[c.Name] = true
		if err := c.Bounds.Validate(); err != nil {
			return fmt.Errorf("ml: feature %q: %w", c.Name, err)
		}
	}
	return m.checkLabel(seen)
}

func (m *Model) checkLabel(features map[string]bool) error {
	switch {
	case m.Label.Name == "":
		return errors.New("ml: model has no label name")
	case features[m.Label.Name]:
		return fmt.Errorf("ml: label %q is also a feature", m.Label.Name)
	case m.Type == TypeLinear:
		if err := m.Label.Bounds.Validate(); err != nil {
			return fmt.Errorf("ml: label %q: %w", m.Label.Name, err)
		}
	case m.Label.Bounds != (dataset.Bounds{}):
		return fmt.Errorf("ml: label %q of a %s model must not have bounds", m.Label.Name, m.Type)
	}
	return nil
}

func (m *Model) checkClasses() error {
	want := map[string]string{TypeLogistic: "exactly 2", TypeSoftmax: "at least 2", TypeMLP: "at least 2", TypeLinear: "no"}[m.Type]
	n := len(m.Classes)
	multi := m.Type == TypeSoftmax || m.Type == TypeMLP
	if (m.Type == TypeLogistic && n != 2) || (multi && n < 2) || (m.Type == TypeLinear && n != 0) {
		return fmt.Errorf("ml: a %s model takes %s classes, got %d", m.Type, want, n)
	}
	for i, c := range m.Classes {
		if math.IsNaN(c) || math.IsInf(c, 0) {
			return fmt.Errorf("%w: class %d", ErrNonFinite, i)
		}
		if slices.Index(m.Classes, c) != i {
			return fmt.Errorf("ml: class %v appears twice", c)
		}
	}
	return nil
}

func (m *Model) checkWeights() error {
	if m.Type == TypeMLP {
		return m.checkMLPWeights()
	}
	if m.Hidden != nil || m.HiddenBias != nil {
		return fmt.Errorf("ml: a %s model has no hidden layer", m.Type)
	}
	outputs := 1
	if m.Type == TypeSoftmax {
		outputs = len(m.Classes)
	}
	if len(m.Weights) != outputs || len(m.Bias) != outputs {
		return fmt.Errorf("ml: a %s model needs %d weight rows and biases, got %d and %d",
			m.Type, outputs, len(m.Weights), len(m.Bias))
	}
	for k, w := range m.Weights {
		if len(w) != len(m.Features) {
			return fmt.Errorf("ml: weight row %d has %d values for %d features", k, len(w), len(m.Features))
		}
	}
	if i := firstNonFinite(m.Params()); i >= 0 {
		return fmt.Errorf("%w: parameter %d", ErrNonFinite, i)
	}
	return nil
}
