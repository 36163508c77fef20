package ml_test

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/ml"
)

// exampleModel is the model of testdata/example.model.json.
func exampleModel(t testing.TB) *ml.Model {
	t.Helper()
	m, err := ml.NewModel(ml.Spec{
		Type: ml.TypeLinear, Features: []string{"age", "bmi"}, Label: "progression",
		Bounds: map[string]dataset.Bounds{"age": {Lo: 0, Hi: 100}, "bmi": {Lo: 10, Hi: 50}, "progression": {Lo: 0, Hi: 400}},
	})
	if err != nil {
		t.Fatal(err)
	}
	must(t, m.SetParams([]float64{0.125, 0.75, -0.25}))
	m.Training = &ml.TrainingInfo{
		Engine: "fl", Epsilon: 1, Delta: 1e-5, Accountant: "rdp-classic", NoiseMultiplier: 33.9,
		Config: ml.TrainConfig{Rounds: 50, Optimizer: ml.OptimizerAdam, LearningRate: 0.02, Clip: 0.1, Gamma: 10240,
			Beta1: 0.9, Beta2: 0.999, AdamEpsilon: 1e-8},
		Rows: 331, Owners: 3,
	}
	return m
}

func TestEncodeMatchesGolden(t *testing.T) {
	got, err := exampleModel(t).Encode()
	must(t, err)
	want, err := os.ReadFile("testdata/example.model.json")
	must(t, err)
	if !bytes.Equal(got, want) {
		t.Errorf("Encode =\n%s\nwant (testdata/example.model.json)\n%s", got, want)
	}
	m, err := ml.Decode(want)
	must(t, err)
	again, err := m.Encode()
	must(t, err)
	if !bytes.Equal(again, want) {
		t.Errorf("Decode then Encode changed the file:\n%s", again)
	}
}

func TestEncodeDecodeEveryType(t *testing.T) {
	bounds := map[string]dataset.Bounds{"a": {Lo: -1, Hi: 1}, "b": {Lo: 0, Hi: 5}, "y": {Lo: 0, Hi: 1}}
	for _, spec := range []ml.Spec{
		{Type: ml.TypeLogistic, Features: []string{"a", "b"}, Label: "y", Bounds: bounds, Classes: []float64{0, 1}},
		{Type: ml.TypeSoftmax, Features: []string{"a"}, Label: "y", Bounds: bounds, Classes: []float64{1, 2, 3}},
		{Type: ml.TypeLinear, Features: []string{"b", "a"}, Label: "y", Bounds: bounds},
	} {
		m, err := ml.NewModel(spec)
		must(t, err)
		b, err := m.Encode()
		must(t, err)
		back, err := ml.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v\n%s", spec.Type, err, b)
		}
		if back.Type != spec.Type || len(back.Params()) != len(m.Params()) {
			t.Errorf("%s: decoded %+v", spec.Type, back)
		}
	}
}

// TestDecodeRefuses edits the golden file into each thing a strict decoder
// must refuse.
func TestDecodeRefuses(t *testing.T) {
	golden, err := os.ReadFile("testdata/example.model.json")
	must(t, err)
	g := string(golden)
	tests := []struct{ name, old, new string }{
		{"unknown field", `"type": "linear"`, `"type": "linear", "colour": "red"`},
		{"field in other case", `"type": "linear"`, `"Type": "linear"`},
		{"duplicate field", `"type": "linear"`, `"type": "linear", "type": "logistic"`},
		{"null", `"owners": 3`, `"owners": null`},
		{"trailing value", "}\n", "} {}\n"},
		{"other format", `"veil-model"`, `"other-model"`},
		{"future version", `"version": 1`, `"version": 2`},
		{"other scaling", `"clip-to-bounds-pm1"`, `"standardize"`},
		{"unknown type", `"type": "linear"`, `"type": "tree"`},
		{"bounds reversed", "[0, 100]", "[100, 0]"},
		{"bounds of three", "[0, 100]", "[0, 100, 200]"},
		{"bounds of strings", "[0, 100]", `["0", "100"]`},
		{"label bounds missing", `,
    "bounds": [0, 400]`, ""},
		{"duplicate feature", `"name": "bmi"`, `"name": "age"`},
		{"label is a feature", `"name": "progression"`, `"name": "age"`},
		{"classes on linear", `"bias"`, `"classes": [0, 1], "bias"`},
		{"short weight row", "[0.125, 0.75]", "[0.75]"},
		{"missing bias", `"bias": [-0.25],`, ""},
		{"huge number", "0.75", "1e999"},
		{"fractional rounds", `"rounds": 50`, `"rounds": 50.5`},
		{"negative epsilon", `"epsilon": 1,`, `"epsilon": -1,`},
		{"unknown engine", `"engine": "fl"`, `"engine": "magic"`},
		{"not an object", g, "[]"},
		{"truncated", g, g[:len(g)/2]},
	}
	for _, tt := range tests {
		bad := strings.Replace(g, tt.old, tt.new, 1)
		if bad == g {
			t.Fatalf("%s: edit %q not found in the golden file", tt.name, tt.old)
		}
		if _, err := ml.Decode([]byte(bad)); !errors.Is(err, ml.ErrFormat) {
			t.Errorf("%s: Decode error = %v, want ErrFormat", tt.name, err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	golden, err := os.ReadFile("testdata/example.model.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(golden)
	if mlp, err := os.ReadFile("testdata/example.mlp.json"); err == nil {
		f.Add(mlp)
	}
	f.Add([]byte(`{"format":"veil-model","version":1,"type":"logistic","scaling":"clip-to-bounds-pm1",` +
		`"features":[{"name":"a","bounds":[0,1]}],"label":{"name":"y"},"classes":[0,1],"weights":[[1]],"bias":[0]}`))
	f.Add([]byte(`{"a":{"b":[1,{"c":null}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ml.Decode(data)
		if err != nil {
			return
		}
		out, err := m.Encode()
		if err != nil {
			t.Fatalf("a decoded model does not encode: %v", err)
		}
		back, err := ml.Decode(out)
		if err != nil {
			t.Fatalf("re-decoding failed: %v\n%s", err, out)
		}
		again, err := back.Encode()
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("encoding is not stable: %v\n%s\n%s", err, out, again)
		}
	})
}
