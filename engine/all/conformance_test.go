package all_test

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	_ "github.com/veil-market/veil/engine/all"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/engine/fl"
	"github.com/veil-market/veil/engine/he"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/spec"
)

// rows is the conformance table: one fixture per registered engine
// (docs/engines.md). An engine registered without a row fails
// TestConformance.
var rows = map[string]func(t *testing.T) enginetest.Fixture{
	"fl":   flRow,
	"he":   heRow,
	"mpc":  mpcRow,
	"pair": pairRow,
	"tee":  teeRow,
}

// pairPlatform attests the pair engine's helper.
var pairPlatform = enginetest.NewFakePlatform(1, enginetest.PairMeasurement)

// The pair test engine stands for a third engine added by the steps of
// docs/engines.md: two compute parties, the helper attested. It is
// registered in this test binary only (a shipped engine's line is in all.go).
func init() {
	engine.Register(enginetest.Pair{EngineName: "pair", Root: pairPlatform.Root(), Measurement: enginetest.PairMeasurement})
}

// TestConformance runs the conformance suite on every registered engine, and
// fails for an engine without its row.
func TestConformance(t *testing.T) {
	for _, name := range engine.Names() {
		t.Run(name, func(t *testing.T) {
			row, ok := rows[name]
			if !ok {
				t.Fatalf("engine %q is registered but has no row in engine/all/conformance_test.go (docs/engines.md, step 3)", name)
			}
			enginetest.Run(t, row(t))
		})
	}
}

// TestEveryShippedEngineHasARow: the table covers what all.go registers,
// and nothing else (a row without an engine is a stale row).
func TestEveryShippedEngineHasARow(t *testing.T) {
	names := engine.Names()
	for name := range rows {
		if !slices.Contains(names, name) {
			t.Errorf("row %q names no registered engine", name)
		}
	}
	for _, name := range []string{"fl", "he", "mpc", "tee"} {
		if _, ok := rows[name]; !ok || !slices.Contains(names, name) {
			t.Errorf("shipped engine %q: registered %v, row %v", name, slices.Contains(names, name), ok)
		}
	}
}

// flRow: breast_cancer split across four owners, a short training with
// generous ε, d = 1, c = 1.
func flRow(t *testing.T) enginetest.Fixture {
	table := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	return enginetest.Fixture{
		Engine: fl.Engine{RoundTimeout: 3 * time.Second, ComputeWindow: 20 * time.Millisecond},
		Spec: func(datasets []uint64) *spec.Spec {
			c := 1
			return &spec.Spec{Engine: "fl", Datasets: datasets,
				Task:    json.RawMessage(`{"type":"train","model":"logistic","label":"benign","rounds":6}`),
				Privacy: spec.Privacy{Epsilon: 1000, Delta: 1e-5, Dropouts: 1, Colluders: &c}}
		},
		Tables:        func(n int) []*dataset.Table { return table.SplitIID(n, rand.New(rand.NewPCG(5, 5))) },
		Metadata:      metadata(t, "breast cancer part", bounds),
		Check:         checkModel,
		MaxDropouts:   1,
		SignsMessages: true,
	}
}

// checkModel: the buyer's model classifies the contributing owners' rows well.
func checkModel(t *testing.T, out *engine.Output, tables []*dataset.Table) {
	m, err := ml.Decode(out.Data)
	if err != nil {
		t.Fatalf("the output is not a model: %v", err)
	}
	for i, tb := range tables {
		met, err := ml.Evaluate(m, tb, "benign")
		if err != nil {
			t.Fatal(err)
		}
		if met.Accuracy < 0.85 {
			t.Errorf("owner %d's rows: accuracy %.3f, want ≥ 0.85", i, met.Accuracy)
		}
	}
}

// heColumns are the columns whose means the he row's jobs compute.
var heColumns = []string{"age", "bmi", "bp"}

// heRow: the engine users run (production parameters, N = 2^14) on diabetes
// split across four owners, d = 1, c = 1 (threshold 3), so one owner may
// drop out or be refused.
func heRow(t *testing.T) enginetest.Fixture {
	table := markettest.Table(t, "../../testdata/diabetes.csv")
	bounds := markettest.Bounds(t, "../../testdata/diabetes.bounds.json")
	return enginetest.Fixture{
		Engine: he.Engine{},
		Spec: func(datasets []uint64) *spec.Spec {
			return &spec.Spec{Engine: "he", Datasets: datasets, Privacy: spec.Privacy{Epsilon: 50, Delta: 1e-6, Dropouts: 1},
				Task: json.RawMessage(`{"type":"stats","columns":["age","bmi","bp"],"stats":["count","mean"]}`)}
		},
		Tables:   func(n int) []*dataset.Table { return table.SplitIID(n, rand.New(rand.NewPCG(11, 0x5eed))) },
		Metadata: metadata(t, "diabetes part", bounds),
		Check: func(t *testing.T, out *engine.Output, tables []*dataset.Table) {
			checkMeans(t, out, tables, bounds)
		},
		Covered:       heCovered,
		MaxDropouts:   1,
		SignsMessages: true,
		Owners:        4,
	}
}

func heCovered(out *engine.Output) ([]common.Address, error) {
	var st he.Statistics
	if err := json.Unmarshal(out.Data, &st); err != nil {
		return nil, err
	}
	return addresses(st.Contributors), nil
}

func addresses(hex []string) []common.Address {
	var addrs []common.Address
	for _, c := range hex {
		addrs = append(addrs, common.HexToAddress(c))
	}
	return addrs
}

// checkMeans compares the buyer's means and count with the plaintext ones
// of exactly these tables (values clipped to the bounds).
func checkMeans(t *testing.T, out *engine.Output, tables []*dataset.Table, bounds map[string]dataset.Bounds) {
	var st he.Statistics
	if err := json.Unmarshal(out.Data, &st); err != nil {
		t.Fatal(err)
	}
	means := make([]*estimate, len(st.Columns))
	for j, c := range st.Columns {
		if c.Mean != nil {
			means[j] = &estimate{c.Mean.Value, c.Mean.NoiseStd}
		}
	}
	checkCountAndMeans(t, st.Count, means, tables, bounds, 0)
}

// estimate is a released figure with its noise std.
type estimate struct{ value, noiseStd float64 }

// checkCountAndMeans: the count is the tables' rows and each mean of
// heColumns is the plaintext one within 5 noise stds (plus slack).
func checkCountAndMeans(t *testing.T, count int64, means []*estimate, tables []*dataset.Table, bounds map[string]dataset.Bounds, slack float64) {
	t.Helper()
	rows := 0
	for _, tab := range tables {
		rows += tab.Len()
	}
	if count != int64(rows) || len(means) != len(heColumns) {
		t.Fatalf("count %d with %d columns, want %d rows and %d columns", count, len(means), rows, len(heColumns))
	}
	for j, name := range heColumns {
		sum := 0.0
		for _, tab := range tables {
			col, _ := tab.Column(name)
			for _, v := range col {
				sum += bounds[name].Clamp(v)
			}
		}
		got, want := means[j], sum/float64(rows)
		if got == nil || math.Abs(got.value-want) > 5*got.noiseStd+1e-9+slack*bounds[name].Width() {
			t.Errorf("mean of %s = %+v, plaintext %.6g", name, got, want)
		}
	}
}

// pairRow: the pair test engine over two compute nodes, the helper on the
// platform the engine pins.
func pairRow(t *testing.T) enginetest.Fixture {
	table := markettest.Table(t, "../../testdata/diabetes.csv")
	return enginetest.Fixture{
		Engine: enginetest.Pair{EngineName: "pair", Root: pairPlatform.Root(), Measurement: enginetest.PairMeasurement,
			RoundTimeout: 2 * time.Second},
		Spec: func(datasets []uint64) *spec.Spec {
			return &spec.Spec{Engine: "pair", Datasets: datasets, Task: json.RawMessage(`{"rounds":2}`),
				Privacy: spec.Privacy{Epsilon: 1, Dropouts: 1}}
		},
		Tables:      func(n int) []*dataset.Table { return table.SplitIID(n, rand.New(rand.NewPCG(1, 2))) },
		Metadata:    metadata(t, "diabetes part", nil),
		Check:       enginetest.CheckRows,
		MaxDropouts: 1,
		Compute:     2,
		Platform:    pairPlatform,
	}
}

func metadata(t *testing.T, title string, bounds map[string]dataset.Bounds) func(*dataset.Table) *dataset.Metadata {
	return func(part *dataset.Table) *dataset.Metadata {
		m, err := dataset.NewMetadata(title, "", part.Schema(), bounds)
		if err != nil {
			t.Fatal(fmt.Errorf("%s: %w", title, err))
		}
		return m
	}
}

// rowlessEnv makes this test binary register an engine without a row.
const rowlessEnv = "VEIL_ALL_ROWLESS"

func init() {
	if os.Getenv(rowlessEnv) != "" {
		engine.Register(enginetest.Toy{EngineName: "rowless"})
	}
}

// TestAMissingRowFails: an engine registered without a conformance row makes
// TestConformance fail, naming the step it skipped (run in a child process:
// a failing test cannot be observed from inside its own binary).
func TestAMissingRowFails(t *testing.T) {
	if os.Getenv(rowlessEnv) != "" {
		t.Skip("this is the child process")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestConformance$/^rowless$", "-test.v")
	cmd.Env = append(os.Environ(), rowlessEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), `engine "rowless" is registered but has no row`) {
		t.Fatalf("want TestConformance to fail for the rowless engine; exit %v, output:\n%s", err, out)
	}
}
