package suffstat

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/veil-market/veil/dataset"
)

func TestValidateTaskRefusals(t *testing.T) {
	tab, meta := loadDataset(t, "diabetes")
	bare, err := dataset.NewMetadata("no bounds", "", tab.Schema(), nil)
	if err != nil {
		t.Fatal(err)
	}
	two := []*dataset.Metadata{meta, meta}
	for _, tc := range []struct {
		name, spec string
		metas      []*dataset.Metadata
		want       string
	}{
		{"unknown field", `{"type":"stats","columns":["bmi"],"stats":["mean"],"colour":1}`, two, `unknown field "colour"`},
		{"trailing data", `{"type":"stats","columns":["bmi"],"stats":["mean"]} {}`, two, "trailing data"},
		{"missing type", `{"columns":["bmi"],"stats":["mean"]}`, two, `"type" is missing`},
		{"unknown type", `{"type":"score"}`, two, `unknown task type "score"`},
		{"unknown statistic", `{"type":"stats","columns":["bmi"],"stats":["median"]}`, two, `unknown statistic "median"`},
		{"no columns", `{"type":"stats","stats":["mean"]}`, two, `"columns" is missing`},
		{"repeated column", `{"type":"stats","columns":["bmi","bmi"],"stats":["mean"]}`, two, `names "bmi" twice`},
		{"unknown column", `{"type":"stats","columns":["weight"],"stats":["mean"]}`, two, `column "weight" is not in the schema of dataset 1`},
		{"column missing in dataset 2", `{"type":"stats","columns":["bmi"],"stats":["mean"]}`, []*dataset.Metadata{meta, otherSchema(t)}, `column "bmi" is not in the schema of dataset 2`},
		{"no bounds anywhere", `{"type":"stats","columns":["bmi"],"stats":["mean"]}`, []*dataset.Metadata{meta, bare}, `column "bmi" has no declared bounds`},
		{"bounds for unused column", `{"type":"stats","columns":["bmi"],"stats":["mean"],"bounds":{"bp":[0,1]}}`, two, `column "bp" is not used`},
		{"bounds not overlapping", `{"type":"stats","columns":["bmi"],"stats":["mean"],"bounds":{"bmi":[60,70]}}`, two, `column "bmi": the task's bounds do not overlap`},
		{"inverted bounds", `{"type":"stats","columns":["bmi"],"stats":["mean"],"bounds":{"bmi":[5,1]}}`, two, "low end must be below"},
		{"hist without bins", `{"type":"stats","columns":["bmi"],"stats":["hist"]}`, two, `"hist" needs bin edges`},
		{"bins without hist", `{"type":"stats","columns":["bmi"],"stats":["mean"],"bins":{"bmi":[0,1]}}`, two, `"hist" not requested`},
		{"bins for other column", `{"type":"stats","columns":["bmi"],"stats":["hist"],"bins":{"bp":[0,1]}}`, two, `column "bp" is not in "columns"`},
		{"one edge", `{"type":"stats","columns":["bmi"],"stats":["hist"],"bins":{"bmi":[1]}}`, two, `column "bmi": 1 edges`},
		{"edges not increasing", `{"type":"stats","columns":["bmi"],"stats":["hist"],"bins":{"bmi":[1,3,3]}}`, two, `edge 2 (3) is not above edge 1 (3)`},
		{"linreg without label", `{"type":"linreg","features":["bmi"]}`, two, `"label" is missing`},
		{"linreg label as feature", `{"type":"linreg","label":"bmi","features":["bmi"]}`, two, `label "bmi" is also a feature`},
		{"linreg unknown label", `{"type":"linreg","label":"cost","features":["bmi"]}`, two, `column "cost" is not in the schema`},
		{"linreg negative ridge", `{"type":"linreg","label":"bp","features":["bmi"],"ridge":-1}`, two, `"ridge"`},
		{"linreg with stats field", `{"type":"linreg","label":"bp","features":["bmi"],"stats":["mean"]}`, two, "belong to stats tasks"},
		{"stats with label", `{"type":"stats","columns":["bmi"],"stats":["mean"],"label":"bp"}`, two, "belong to linreg tasks"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := ValidateTask([]byte(tc.spec), tc.metas)
			if !errors.Is(err, ErrBadTask) || !errorContains(err, tc.want) {
				t.Fatalf("got %v, want ErrBadTask containing %q", err, tc.want)
			}
		})
	}
}

func otherSchema(t *testing.T) *dataset.Metadata {
	t.Helper()
	_, m := loadDataset(t, "breast_cancer")
	return m
}

func TestEffectiveBounds(t *testing.T) {
	tab, meta := loadDataset(t, "diabetes")
	wide, _ := dataset.NewMetadata("wide", "", tab.Schema(), map[string]dataset.Bounds{"bmi": {Lo: 0, Hi: 80}})
	bare, _ := dataset.NewMetadata("bare", "", tab.Schema(), nil)
	for _, tc := range []struct {
		name  string
		spec  string
		metas []*dataset.Metadata
		want  dataset.Bounds
	}{
		{"declared", `{"type":"stats","columns":["bmi"],"stats":["mean"]}`, []*dataset.Metadata{meta}, dataset.Bounds{Lo: 10, Hi: 50}},
		{"hull of declared", `{"type":"stats","columns":["bmi"],"stats":["mean"]}`, []*dataset.Metadata{meta, wide}, dataset.Bounds{Lo: 0, Hi: 80}},
		{"task narrows", `{"type":"stats","columns":["bmi"],"stats":["mean"],"bounds":{"bmi":[15,40]}}`, []*dataset.Metadata{meta}, dataset.Bounds{Lo: 15, Hi: 40}},
		{"task cannot widen", `{"type":"stats","columns":["bmi"],"stats":["mean"],"bounds":{"bmi":[0,100]}}`, []*dataset.Metadata{meta}, dataset.Bounds{Lo: 10, Hi: 50}},
		{"task alone when undeclared", `{"type":"stats","columns":["bmi"],"stats":["mean"],"bounds":{"bmi":[0,100]}}`, []*dataset.Metadata{meta, bare}, dataset.Bounds{Lo: 0, Hi: 100}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plan, err := NewLayout([]byte(tc.spec), tc.metas, Terms{Epsilon: 1, Delta: 1e-5, Owners: 2})
			if err != nil {
				t.Fatal(err)
			}
			if got := plan.cols[0].bounds; got != tc.want {
				t.Fatalf("bounds %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPrivacyRefusals(t *testing.T) {
	_, meta := loadDataset(t, "diabetes")
	for _, tc := range []struct {
		priv Terms
		want string
	}{
		{Terms{Epsilon: 0, Delta: 1e-5, Owners: 3}, "epsilon"},
		{Terms{Epsilon: 1, Delta: 0, Owners: 3}, "delta"},
		{Terms{Epsilon: 1, Delta: 1e-5, Owners: 0}, "owners"},
		{Terms{Epsilon: 1, Delta: 1e-5, Owners: 3, Dropouts: 1, Colluders: 2}, "n-d-c"},
		{Terms{Epsilon: 1, Delta: 1e-5, Owners: MaxOwners + 1}, "owners"},
	} {
		if _, err := NewLayout([]byte(validSpecs[1]), []*dataset.Metadata{meta}, tc.priv); !errorContains(err, tc.want) {
			t.Errorf("%+v: got %v, want an error about %s", tc.priv, err, tc.want)
		}
	}
}

// TestEncodeContributionRefusals: only a table without the task's columns
// is refused (public schema); no value makes an owner fail. A missing or
// non-numeric value counts as the column's midpoint, infinities are
// clipped like any value (the public rule every owner applies).
func TestEncodeContributionRefusals(t *testing.T) {
	_, meta := loadDataset(t, "diabetes")
	plan, err := NewLayout([]byte(validSpecs[1]), []*dataset.Metadata{meta}, defaultPrivacy)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := plan.EncodeContribution(&dataset.Table{Columns: []string{"bmi"}, Rows: [][]float64{{1}}}, nil); !errorContains(err, `no column "age"`) {
		t.Errorf("missing column: %v", err)
	}
	b, _ := meta.Bound("age")
	odd := &dataset.Table{Columns: []string{"age"}, Rows: [][]float64{{30}, {nanValue()}, {math.Inf(1)}, {math.Inf(-1)}, {}}}
	same := &dataset.Table{Columns: []string{"age"}, Rows: [][]float64{{30}, {(b.Lo + b.Hi) / 2}, {b.Hi}, {b.Lo}, {(b.Lo + b.Hi) / 2}}}
	got, err := withoutNoise(plan).EncodeContribution(odd, nil)
	if err != nil {
		t.Fatalf("odd values: %v", err)
	}
	want, _ := withoutNoise(plan).EncodeContribution(same, nil)
	if !slices.Equal(got.Values(), want.Values()) {
		t.Errorf("odd values encode as %v, the public rule gives %v", got.Values(), want.Values())
	}
}

func TestBinOf(t *testing.T) {
	edges := []float64{0, 1, 2, 4}
	for _, tc := range []struct {
		v   float64
		bin int
		ok  bool
	}{{-0.1, 0, false}, {0, 0, true}, {0.99, 0, true}, {1, 1, true}, {3.9, 2, true}, {4, 2, true}, {4.01, 0, false}} {
		b, ok := binOf(edges, tc.v)
		if ok != tc.ok || (ok && b != tc.bin) {
			t.Errorf("binOf(%v) = %d, %v; want %d, %v", tc.v, b, ok, tc.bin, tc.ok)
		}
	}
}
