package ml

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"

	"github.com/veil-market/veil/dataset"
)

// The model file's fixed header values (docs/model-format.md).
const (
	FormatName    = "veil-model"
	FormatVersion = 1
	// ScalingPM1 names the feature scaling of version 1: clip each raw value
	// to its column's bounds, then map [lo, hi] affinely onto [-1, 1].
	ScalingPM1 = "clip-to-bounds-pm1"
	// MaxModelBytes bounds what Decode reads.
	MaxModelBytes = 16 << 20
)

// ErrFormat is wrapped by every Decode error about the file's shape.
var ErrFormat = errors.New("ml: bad model file")

type modelFile struct {
	Format   string        `json:"format"`
	Version  int           `json:"version"`
	Type     string        `json:"type"`
	Scaling  string        `json:"scaling"`
	Features []Column      `json:"features"`
	Label    labelFile     `json:"label"`
	Classes  []float64     `json:"classes,omitempty"`
	Weights  [][]float64   `json:"weights"`
	Bias     []float64     `json:"bias"`
	Hidden   *hiddenFile   `json:"hidden,omitempty"`
	Training *TrainingInfo `json:"training,omitempty"`
}

// hiddenFile is an MLP's hidden layer.
type hiddenFile struct {
	Activation string      `json:"activation"`
	Weights    [][]float64 `json:"weights"`
	Bias       []float64   `json:"bias"`
}

// ActivationReLU is the only hidden activation of format version 1.
const ActivationReLU = "relu"

type labelFile struct {
	Name   string          `json:"name"`
	Bounds *dataset.Bounds `json:"bounds,omitempty"`
}

// Encode writes m as an indented JSON document with a trailing newline. The
// output is deterministic: the same model always gives the same bytes.
func (m *Model) Encode() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	f := modelFile{
		Format: FormatName, Version: FormatVersion, Type: m.Type, Scaling: ScalingPM1,
		Features: m.Features, Label: labelFile{Name: m.Label.Name}, Classes: m.Classes,
		Weights: m.Weights, Bias: m.Bias, Training: m.Training,
	}
	if m.Type == TypeLinear {
		b := m.Label.Bounds
		f.Label.Bounds = &b
	}
	if m.Type == TypeMLP {
		f.Hidden = &hiddenFile{Activation: ActivationReLU, Weights: m.Hidden, Bias: m.HiddenBias}
	}
	out, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("ml: encoding model: %w", err)
	}
	return append(compactNumberArrays(out), '\n'), nil
}

// numberArray matches an array of numbers as MarshalIndent writes it, one
// element per line. A JSON string cannot hold a raw newline, so the match
// never starts inside a feature name.
var numberArray = regexp.MustCompile(`\[\n\s*-?[0-9][-+.eE0-9]*(,\n\s*-?[0-9][-+.eE0-9]*)*\n\s*\]`)

var spaces = regexp.MustCompile(`\s+`)

// compactNumberArrays puts each array of numbers on one line, so a weight row
// reads as one line of the file.
func compactNumberArrays(b []byte) []byte {
	return numberArray.ReplaceAllFunc(b, func(a []byte) []byte {
		a = spaces.ReplaceAll(a, nil)
		return bytes.ReplaceAll(a, []byte(","), []byte(", "))
	})
}

// Decode parses a model file strictly: one JSON object, no unknown,
// duplicate, differently-cased or null fields, the known format name,
// version and scaling, and a model that passes Validate.
func Decode(data []byte) (*Model, error) {
	if len(data) > MaxModelBytes {
		return nil, fmt.Errorf("%w: %d bytes is over the %d byte limit", ErrFormat, len(data), MaxModelBytes)
	}
	if err := checkStrictJSON(data, modelKeys); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	var f modelFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	if err := f.checkHeader(); err != nil {
		return nil, err
	}
	m := &Model{Type: f.Type, Features: f.Features, Label: Column{Name: f.Label.Name},
		Classes: f.Classes, Weights: f.Weights, Bias: f.Bias, Training: f.Training}
	if f.Label.Bounds != nil {
		m.Label.Bounds = *f.Label.Bounds
	}
	if m.Type == TypeLinear && f.Label.Bounds == nil {
		return nil, fmt.Errorf("%w: linear model label %q has no bounds", ErrFormat, m.Label.Name)
	}
	switch {
	case m.Type == TypeMLP && f.Hidden == nil:
		return nil, fmt.Errorf("%w: mlp model has no hidden layer", ErrFormat)
	case m.Type != TypeMLP && f.Hidden != nil:
		return nil, fmt.Errorf("%w: a %s model has no hidden layer", ErrFormat, m.Type)
	case f.Hidden != nil && f.Hidden.Activation != ActivationReLU:
		return nil, fmt.Errorf("%w: hidden activation %q is not supported (want %q)", ErrFormat, f.Hidden.Activation, ActivationReLU)
	case f.Hidden != nil:
		m.Hidden, m.HiddenBias = f.Hidden.Weights, f.Hidden.Bias
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return m, nil
}

func (f *modelFile) checkHeader() error {
	switch {
	case f.Format != FormatName:
		return fmt.Errorf("%w: format is %q, want %q", ErrFormat, f.Format, FormatName)
	case f.Version != FormatVersion:
		return fmt.Errorf("%w: version %d is not supported (want %d)", ErrFormat, f.Version, FormatVersion)
	case f.Scaling != ScalingPM1:
		return fmt.Errorf("%w: scaling %q is not supported (want %q)", ErrFormat, f.Scaling, ScalingPM1)
	}
	return nil
}

// modelKeys is every object key the format uses, at any depth.
var modelKeys = map[string]bool{
	"format": true, "version": true, "type": true, "scaling": true, "features": true,
	"label": true, "classes": true, "weights": true, "bias": true, "training": true,
	"name": true, "bounds": true, "hidden": true, "activation": true,
	"engine": true, "epsilon": true, "delta": true, "accountant": true, "noise_multiplier": true,
	"config": true, "rows": true, "owners": true,
	"rounds": true, "optimizer": true, "learning_rate": true, "clip": true, "gamma": true,
	"beta1": true, "beta2": true, "adam_epsilon": true,
}
