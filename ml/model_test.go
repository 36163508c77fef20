package ml_test

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/ml"
)

var tinyBounds = map[string]dataset.Bounds{"a": {Lo: 0, Hi: 10}, "b": {Lo: -1, Hi: 1}, "y": {Lo: 0, Hi: 100}}

func TestNewModelRefuses(t *testing.T) {
	tests := []struct {
		name string
		spec ml.Spec
		want string
	}{
		{"unknown type", ml.Spec{Type: "tree", Features: []string{"a"}, Label: "y", Bounds: tinyBounds}, `unknown model type "tree"`},
		{"no bounds", ml.Spec{Type: ml.TypeLinear, Features: []string{"c"}, Label: "y", Bounds: tinyBounds}, `no bounds for feature "c"`},
		{"no label bounds", ml.Spec{Type: ml.TypeLinear, Features: []string{"a"}, Label: "z", Bounds: tinyBounds}, `no bounds for label "z"`},
		{"no features", ml.Spec{Type: ml.TypeLinear, Label: "y", Bounds: tinyBounds}, "no features"},
		{"duplicate feature", ml.Spec{Type: ml.TypeLinear, Features: []string{"a", "a"}, Label: "y", Bounds: tinyBounds}, `feature "a" appears twice`},
		{"label as feature", ml.Spec{Type: ml.TypeLogistic, Features: []string{"a", "y"}, Label: "y", Bounds: tinyBounds, Classes: []float64{0, 1}}, `label "y" is also a feature`},
		{"three classes for logistic", ml.Spec{Type: ml.TypeLogistic, Features: []string{"a"}, Label: "y", Bounds: tinyBounds, Classes: []float64{0, 1, 2}}, "exactly 2 classes"},
		{"classes for linear", ml.Spec{Type: ml.TypeLinear, Features: []string{"a"}, Label: "y", Bounds: tinyBounds, Classes: []float64{0, 1}}, "takes no classes"},
		{"repeated class", ml.Spec{Type: ml.TypeSoftmax, Features: []string{"a"}, Label: "y", Bounds: tinyBounds, Classes: []float64{1, 1}}, "class 1 appears twice"},
		{"NaN class", ml.Spec{Type: ml.TypeSoftmax, Features: []string{"a"}, Label: "y", Bounds: tinyBounds, Classes: []float64{1, math.NaN()}}, "non-finite"},
	}
	for _, tt := range tests {
		_, err := ml.NewModel(tt.spec)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to mention %q", tt.name, err, tt.want)
		}
	}
}

func TestExamplesScaleAndEncode(t *testing.T) {
	m, err := ml.NewModel(ml.Spec{Type: ml.TypeLinear, Features: []string{"b", "a"}, Label: "y", Bounds: tinyBounds})
	must(t, err)
	// Columns in another order than the model's features, an extra column,
	// and values outside the bounds (clipped).
	tab := &dataset.Table{Columns: []string{"a", "extra", "y", "b"}, Rows: [][]float64{{5, 9, 25, 0.5}, {-3, 9, 400, -7}}}
	rows, err := m.Examples(tab)
	must(t, err)
	want := []ml.Example{{X: []float64{0.5, 0}, Y: -0.5}, {X: []float64{-1, -1}, Y: 1}}
	for i := range want {
		if rows[i].Y != want[i].Y || rows[i].X[0] != want[i].X[0] || rows[i].X[1] != want[i].X[1] {
			t.Errorf("row %d = %+v, want %+v", i, rows[i], want[i])
		}
	}
}

// TestExamplesInPlaceMatchesExamples: the in-place conversion gives the same
// examples as the copying one, with X aliasing the table's rows.
func TestExamplesInPlaceMatchesExamples(t *testing.T) {
	m, err := ml.NewModel(ml.Spec{Type: ml.TypeLinear, Features: []string{"b", "a"}, Label: "y", Bounds: tinyBounds})
	must(t, err)
	tab := &dataset.Table{Columns: []string{"a", "extra", "y", "b"}, Rows: [][]float64{{5, 9, 25, 0.5}, {-3, 9, 400, -7}}}
	want, err := m.Examples(tab.Clone())
	must(t, err)
	got, err := m.ExamplesInPlace(tab)
	must(t, err)
	for i := range want {
		if got[i].Y != want[i].Y || !slices.Equal(got[i].X, want[i].X) || &got[i].X[0] != &tab.Rows[i][0] {
			t.Errorf("row %d = %+v, want %+v, aliasing the table's row", i, got[i], want[i])
		}
	}
}

func TestExamplesRefuse(t *testing.T) {
	m, err := ml.NewModel(ml.Spec{Type: ml.TypeLogistic, Features: []string{"a"}, Label: "y", Bounds: tinyBounds, Classes: []float64{0, 1}})
	must(t, err)
	for _, tt := range []struct {
		name string
		tab  *dataset.Table
		want string
	}{
		{"missing feature", &dataset.Table{Columns: []string{"y"}, Rows: [][]float64{{1}}}, `no column "a"`},
		{"missing label", &dataset.Table{Columns: []string{"a"}, Rows: [][]float64{{1}}}, `no column "y"`},
		{"ragged row", &dataset.Table{Columns: []string{"a", "y"}, Rows: [][]float64{{1}}}, "row 0 has 1 values for 2 columns"},
	} {
		_, err := m.Examples(tt.tab)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to mention %q", tt.name, err, tt.want)
		}
		_, err = m.ExamplesInPlace(tt.tab)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s, in place: err = %v, want it to mention %q", tt.name, err, tt.want)
		}
	}
}

// TestExamplesMapLabelsToNearestClass: a label outside the classes (a value
// the buyer's narrowed bounds exclude, a fraction in an integer column, NaN)
// is never an error: it becomes its nearest class, ties to the larger one.
func TestExamplesMapLabelsToNearestClass(t *testing.T) {
	soft, err := ml.NewModel(ml.Spec{Type: ml.TypeSoftmax, Features: []string{"a"}, Label: "y", Bounds: tinyBounds, Classes: []float64{2, 3, 4}})
	must(t, err)
	logistic, err := ml.NewModel(ml.Spec{Type: ml.TypeLogistic, Features: []string{"a"}, Label: "y", Bounds: tinyBounds, Classes: []float64{0, 1}})
	must(t, err)
	for _, tc := range []struct {
		m    *ml.Model
		y    float64
		want float64 // class index
	}{
		{soft, 2, 0}, {soft, 4, 2}, {soft, 9, 2}, {soft, -100, 0}, {soft, 2.5, 1}, {soft, 3.49, 1}, {soft, 3.5, 2},
		{soft, math.NaN(), 0}, {soft, math.Inf(1), 2},
		{logistic, 0.5, 1}, {logistic, 0.49, 0}, {logistic, 7, 1}, {logistic, -1, 0},
	} {
		rows, err := tc.m.Examples(&dataset.Table{Columns: []string{"a", "y"}, Rows: [][]float64{{1, tc.y}}})
		if err != nil {
			t.Fatal(err)
		}
		if rows[0].Y != tc.want {
			t.Errorf("%s label %v: class %v, want %v", tc.m.Type, tc.y, rows[0].Y, tc.want)
		}
	}
}

func TestPredictAndEvaluate(t *testing.T) {
	tab := &dataset.Table{Columns: []string{"a", "b", "y"}, Rows: [][]float64{{0, 0, 0}, {10, 0, 1}, {10, 1, 1}, {2, 0, 1}}}
	logistic, err := ml.NewModel(ml.Spec{Type: ml.TypeLogistic, Features: []string{"a", "b"}, Label: "y", Bounds: tinyBounds, Classes: []float64{0, 1}})
	must(t, err)
	// Logit 4*a' where a' = a/5 - 1: negative below a = 5.
	must(t, logistic.SetParams([]float64{4, 0, 0}))
	pred, err := ml.Predict(logistic, tab)
	must(t, err)
	if want := []float64{0, 1, 1, 0}; !equalFloats(pred, want) {
		t.Errorf("logistic predictions %v, want %v", pred, want)
	}
	met, err := ml.Evaluate(logistic, tab, "")
	must(t, err)
	if met.Accuracy != 0.75 || met.AUC != 1 || met.Rows != 4 {
		t.Errorf("metrics %+v, want accuracy 0.75, AUC 1, 4 rows", met)
	}

	linear, err := ml.NewModel(ml.Spec{Type: ml.TypeLinear, Features: []string{"a"}, Label: "y", Bounds: tinyBounds})
	must(t, err)
	must(t, linear.SetParams([]float64{0, 0.5})) // scaled 0.5 is 75 in [0, 100]
	pred, err = ml.Predict(linear, tab)
	must(t, err)
	if pred[0] != 75 {
		t.Errorf("linear prediction %v, want 75", pred[0])
	}
	met, err = ml.Evaluate(linear, tab, "y")
	must(t, err)
	// Truth 0, 1, 1, 1 against 75 each: RMSE sqrt((75² + 3·74²)/4).
	if want := math.Sqrt((75*75 + 3*74*74) / 4.0); math.Abs(met.RMSE-want) > 1e-12 {
		t.Errorf("RMSE %v, want %v", met.RMSE, want)
	}
}

func TestEvaluateNamesMissingColumn(t *testing.T) {
	m, err := ml.NewModel(ml.Spec{Type: ml.TypeLogistic, Features: []string{"a", "b"}, Label: "y", Bounds: tinyBounds, Classes: []float64{0, 1}})
	must(t, err)
	tab := &dataset.Table{Columns: []string{"a", "y"}, Rows: [][]float64{{1, 0}}}
	if _, err := ml.Evaluate(m, tab, ""); err == nil || !strings.Contains(err.Error(), `"b"`) {
		t.Errorf("Evaluate error %v, want it to name column b", err)
	}
	if _, err := ml.Predict(m, tab); err == nil || !strings.Contains(err.Error(), `"b"`) {
		t.Errorf("Predict error %v, want it to name column b", err)
	}
	if _, err := ml.Evaluate(m, &dataset.Table{Columns: []string{"a", "b"}, Rows: [][]float64{{1, 0}}}, "truth"); err == nil || !strings.Contains(err.Error(), `"truth"`) {
		t.Errorf("Evaluate error %v, want it to name the label column", err)
	}
	bad := *m
	bad.Type = "tree"
	if _, err := ml.Predict(&bad, tab); !errors.Is(err, ml.ErrUnknownType) {
		t.Errorf("Predict with an unknown type: %v", err)
	}
}

func TestMetricsJSON(t *testing.T) {
	b, err := ml.Metrics{Type: ml.TypeLogistic, Rows: 3, Accuracy: 1, AUC: math.NaN()}.MarshalJSON()
	must(t, err)
	if want := `{"accuracy":1,"auc":null,"log_loss":0,"macro_f1":0,"rows":3,"type":"logistic"}`; string(b) != want {
		t.Errorf("JSON %s, want %s", b, want)
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestIntegerClasses(t *testing.T) {
	tests := []struct {
		b    dataset.Bounds
		want []float64
	}{
		{dataset.Bounds{Lo: 0, Hi: 1}, []float64{0, 1}},
		{dataset.Bounds{Lo: 0.5, Hi: 3.5}, []float64{1, 2, 3}},
		{dataset.Bounds{Lo: -2, Hi: 0}, []float64{-2, -1, 0}},
	}
	for _, tt := range tests {
		got, err := ml.IntegerClasses(tt.b)
		must(t, err)
		if !equalFloats(got, tt.want) {
			t.Errorf("IntegerClasses(%v) = %v, want %v", tt.b, got, tt.want)
		}
	}
	for _, b := range []dataset.Bounds{{Lo: 0.2, Hi: 0.8}, {Lo: 0, Hi: 1e6}, {Lo: 1, Hi: 0}} {
		if _, err := ml.IntegerClasses(b); err == nil {
			t.Errorf("IntegerClasses(%v) accepted", b)
		}
	}
}
