package fl

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/spec"
)

// TestPlanRefusesWhatCannotRun: values that would make a round fail or a
// parameter overflow are refused at Plan, naming the field (the issue-10
// example is "learning_rate": 1e308).
func TestPlanRefusesWhatCannotRun(t *testing.T) {
	for _, tc := range []struct{ task, privacy, want string }{
		{`"learning_rate":1e308`, ``, `field "task.learning_rate" must be in [1e-09, 10], got 1e+308`},
		{`"learning_rate":-1`, ``, `field "task.learning_rate" must be in`},
		{`"learning_rate":1e-300`, ``, `field "task.learning_rate" must be in`},
		{`"clip":1e300`, ``, `field "task.clip" must be in [1e-06, 1e+06], got 1e+300`},
		{`"clip":1e-300`, ``, `field "task.clip" must be in`},
		{`"rounds":1000000`, ``, `field "task.rounds" must be in [1, 1000], got 1000000`},
		{`"rounds":-3`, ``, `field "task.rounds" must be in [1, 1000]`},
		{`"bounds":{"x":[0,1e309]}`, ``, `task`},
		{``, `"epsilon":1e308`, `field "privacy.epsilon" must be in (0, 1000]`},
		{``, `"epsilon":0.5000001`, `field "privacy.epsilon" must be a whole number of micro-ε`},
		{``, `"delta":0.5`, `field "privacy.delta" must be in [0, 0.001]`},
	} {
		task := `{"type":"train","label":"y"` + prefixComma(tc.task) + `}`
		priv := withFields(t, `{"epsilon":1,"delta":1e-5,"colluders":1}`, tc.privacy)
		_, err := planFor(t, task, priv, 3, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("task %s privacy %s: Plan = %v, want %q", tc.task, tc.privacy, err, tc.want)
		}
	}
}

// withFields is the JSON object base with the fields extra ("k":v,...) set
// (replaced, not repeated: specs refuse duplicate keys).
func withFields(t *testing.T, base, extra string) string {
	t.Helper()
	var m, e map[string]json.RawMessage
	if err := json.Unmarshal([]byte(base), &m); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte("{"+extra+"}"), &e); err != nil {
		t.Fatal(err)
	}
	for k, v := range e {
		m[k] = v
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func prefixComma(s string) string {
	if s == "" {
		return ""
	}
	return "," + s
}

// planFor plans a job over n datasets of columns x, z (real, [0, 1] unless
// bounds says) and y (integer, [0, 3]).
func planFor(t interface{ Fatal(...any) }, task, privacy string, n int, bounds map[string]dataset.Bounds) (*engine.Job, error) {
	raw := fmt.Sprintf(`{"engine":"fl","datasets":[%s],"task":%s,"privacy":%s,"compute":["0x00000000000000000000000000000000000000c1"]}`,
		ids(n), task, privacy)
	s, err := spec.Parse([]byte(raw))
	if err != nil {
		return nil, err
	}
	if bounds == nil {
		bounds = map[string]dataset.Bounds{"x": {Lo: 0, Hi: 1}, "z": {Lo: 0, Hi: 1}, "y": {Lo: 0, Hi: 3}}
	}
	schema := &dataset.Schema{Rows: 12, Columns: []dataset.Column{{Name: "x", Type: dataset.TypeReal}, {Name: "z", Type: dataset.TypeReal}, {Name: "y", Type: dataset.TypeInteger}}}
	job := &engine.Job{ID: 3, Spec: s}
	var metas []*dataset.Metadata
	for range n {
		m, err := dataset.NewMetadata("t", "", schema, bounds)
		if err != nil {
			t.Fatal(err)
		}
		metas = append(metas, m)
		job.Owners = append(job.Owners, engine.Owner{Metadata: m})
	}
	job.Plan, err = (Engine{}).Plan(s, metas)
	return job, err
}

func ids(n int) string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprint(i + 1)
	}
	return strings.Join(out, ",")
}

// logUniform draws from [lo, hi] evenly in log scale, with the ends likely.
func logUniform(t *rapid.T, lo, hi float64, label string) float64 {
	switch rapid.IntRange(0, 4).Draw(t, label+" end") {
	case 0:
		return lo
	case 1:
		return hi
	}
	return math.Exp(rapid.Float64Range(math.Log(lo), math.Log(hi)).Draw(t, label))
}

// TestAcceptedPlansNeverGoNonFinite is issue 10's property: for any task and
// privacy fields that Plan accepts — learning rate, clip, rounds and bounds
// anywhere in their ranges, including the extremes — and whatever sums a
// dishonest aggregator releases (any int64, any claimed row count), every
// round's replayed parameters stay finite and within the plan's drift
// bound, every owner's contribution succeeds, and the final payload exists.
func TestAcceptedPlansNeverGoNonFinite(t *testing.T) {
	rapid.Check(t, func(rt *rapid.T) {
		model := rapid.SampledFrom([]string{"logistic", "softmax", "linreg"}).Draw(rt, "model")
		rounds := rapid.SampledFrom([]int{1, 2, 7, 30, 200, MaxRounds}).Draw(rt, "rounds")
		lr := logUniform(rt, MinLearningRate, MaxLearningRate, "lr")
		clip := logUniform(rt, MinClip, MaxClip, "clip")
		width := logUniform(rt, 1e-300, 1e300, "width")
		label := "y"
		if model == "logistic" {
			label = "x" // any column works as long as its metadata says binary: use x below
		}
		task, _ := json.Marshal(map[string]any{"type": "train", "model": model, "label": label, "rounds": rounds, "learning_rate": lr, "clip": clip})
		bounds := map[string]dataset.Bounds{"x": {Lo: 0, Hi: 1}, "z": {Lo: -width / 2, Hi: width / 2}, "y": {Lo: 0, Hi: 3}}
		job, err := planFor(rt, string(task), `{"epsilon":2,"delta":1e-6,"colluders":1,"dropouts":0}`, 3, bounds)
		if model == "logistic" {
			if err == nil {
				rt.Fatalf("logistic on a real column was accepted")
			}
			return
		}
		if err != nil {
			rt.Skip(err)
		}
		checkRounds(rt, job)
	})
}

// checkRounds replays job's rounds with adversarial releases and runs an
// owner's contribution at a few of them.
func checkRounds(t *rapid.T, job *engine.Job) {
	st := job.Plan.Detail.(*Setup)
	table := &dataset.Table{Columns: []string{"x", "z", "y"}}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 12 {
		table.Rows = append(table.Rows, []float64{rng.Float64(), rng.NormFloat64() * 1e300, float64(rng.IntN(9) - 3)})
	}
	o, err := newOwner(Engine{}, job, st, 0, table, engine.Env{Rand: seeded{rand.NewChaCha8([32]byte{9})}})
	if err != nil {
		t.Fatalf("NewOwner: %v", err)
	}
	extremes := []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1 << 62, -(1 << 62)}
	drift := float64(st.Config.Rounds) * st.Config.LearningRate * ml.StepBound(st.Config)
	for r := 1; r <= st.Config.Rounds; r++ {
		sum := make([]int64, st.Params)
		for i := range sum {
			if rapid.Bool().Draw(t, "extreme") {
				sum[i] = rapid.SampledFrom(extremes).Draw(t, "v")
			} else {
				sum[i] = rapid.Int64().Draw(t, "v")
			}
		}
		rows := rapid.SampledFrom([]uint32{1, 2, 36, math.MaxUint32}).Draw(t, "rows")
		if err := o.hist.add(release{Round: uint32(r), Rows: rows, Sum: sum}); err != nil {
			t.Fatal(err)
		}
		if r%max(1, st.Config.Rounds/4) != 0 && r != st.Config.Rounds {
			continue
		}
		params, err := o.hist.params(st)
		if err != nil {
			t.Fatalf("round %d: the accepted plan produced %v", r, err)
		}
		for i, p := range params {
			if math.IsNaN(p) || math.Abs(p) > drift*(1+1e-9) {
				t.Fatalf("round %d: parameter %d = %v beyond the drift bound %v", r, i, p, drift)
			}
		}
		if _, err := o.contribution(); err != nil {
			t.Fatalf("round %d: the owner's contribution failed: %v", r, err)
		}
	}
	if _, err := o.hist.payload(st); err != nil {
		t.Fatalf("payload: %v", err)
	}
}
