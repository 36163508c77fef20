package he

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

const (
	statsTask  = `{"type":"stats","columns":["age","bmi","bp","s5"],"stats":["count","mean","std","corr"]}`
	linregTask = `{"type":"linreg","label":"progression","features":["bmi","bp","s5"]}`
)

var jobPrivacy = spec.Privacy{Epsilon: 4, Delta: 1e-6}

// plaintextResult is the same computation in plaintext over the owners who.
func plaintextResult(t *testing.T, m *market, job *engine.Job, who []int, ridge *float64) *Result {
	t.Helper()
	var tables []*dataset.Table
	for _, i := range who {
		tables = append(tables, m.tables[i])
	}
	res, err := PlaintextForTest(job, tables, ridge)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// within fails unless got is within 5 of its noise stds of want.
func within(t *testing.T, what string, got Estimate, want float64) {
	t.Helper()
	if math.IsNaN(got.Value) || math.Abs(got.Value-want) > 5*got.NoiseStd+1e-9 {
		t.Errorf("%s = %.6g ± %.3g, plaintext %.6g", what, got.Value, got.NoiseStd, want)
	}
}

// checkSame fails unless every owner confirms the aggregator's payload.
func checkSame(t *testing.T, o *outcome) {
	t.Helper()
	if o.aggErr != nil {
		t.Fatalf("aggregator: %v", o.aggErr)
	}
	for k, err := range o.ownerErr {
		if err != nil {
			t.Fatalf("owner %d: %v", k, err)
		}
		if !bytes.Equal(o.payloads[k], o.result.Payload) {
			t.Fatalf("owner %d computed another payload than the aggregator", k)
		}
	}
}

func reportOf(t *testing.T, o *outcome) report {
	t.Helper()
	var r report
	if err := json.Unmarshal(o.result.Report, &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestEngineStatsJob(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 1)
	job := m.job(statsTask, jobPrivacy, 0, 1, 2)
	o := m.run(job, all(3), nil)
	checkSame(t, o)
	st, out := m.finalize(job, o)
	want := plaintextResult(t, m, job, all(3), nil)
	if st.Count != 442 || st.Owners != 3 || len(st.Contributors) != 3 {
		t.Fatalf("count %d from %d owners (%d contributors), want 442 from 3", st.Count, st.Owners, len(st.Contributors))
	}
	for j, c := range st.Columns {
		within(t, c.Name+" mean", *c.Mean, want.Columns[j].Mean.Value)
		within(t, c.Name+" std", *c.Std, want.Columns[j].Std.Value)
	}
	within(t, "corr(bmi,s5)", st.Corr.Values[1][3], want.Corr.Values[1][3].Value)
	if !strings.Contains(out.Summary, "442 rows from 3 owners") || out.Extension != ".json" {
		t.Errorf("summary %q, extension %q", out.Summary, out.Extension)
	}
	if r := reportOf(t, o); r.Key != "generated" || len(r.Contributors) != 3 {
		t.Errorf("report: key %q, %d contributors", r.Key, len(r.Contributors))
	}
}

func TestEngineLinregJob(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 2)
	job := m.job(linregTask, spec.Privacy{Epsilon: 16, Delta: 1e-6}, 0, 1, 2)
	o := m.run(job, all(3), nil)
	checkSame(t, o)
	st, _ := m.finalize(job, o)
	got := st.Linreg
	if got == nil || len(got.Coefficients) != 3 {
		t.Fatalf("linreg result %+v", got)
	}
	want := plaintextResult(t, m, job, all(3), &got.Ridge).Linreg
	for j, c := range got.Coefficients {
		within(t, "coefficient of "+got.Features[j], c, want.Coefficients[j].Value)
	}
	within(t, "intercept", got.Intercept, want.Intercept.Value)
	within(t, "R²", got.R2, want.R2.Value)
}

// stepLog records which steps crossed the network.
type stepLog struct {
	mu    sync.Mutex
	steps []string
}

func (l *stepLog) tamper(fromAgg bool, owner int, step string, b []byte) []byte {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !slices.Contains(l.steps, step) {
		l.steps = append(l.steps, step)
	}
	return b
}

func TestEngineReusesCommitteeKeys(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 3)
	cases := []struct {
		name string
		who  []int
		key  string
	}{
		{"first job: key generation", []int{0, 1, 2}, "generated"},
		{"same committee: key reused", []int{0, 1, 2}, "reused"},
		{"another committee: key generation", []int{0, 1}, "generated"},
		{"first committee again: key still cached", []int{0, 1, 2}, "reused"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			job := m.job(statsTask, jobPrivacy, tc.who...)
			net := newMemNet(len(tc.who))
			log := &stepLog{}
			net.tamper = log.tamper
			o := m.run(job, tc.who, net)
			checkSame(t, o)
			if got := reportOf(t, o).Key; got != tc.key {
				t.Errorf("collective key %s, want %s", got, tc.key)
			}
			if ran := slices.Contains(log.steps, stepCKG); ran != (tc.key == "generated") {
				t.Errorf("key generation ran: %v (steps %v)", ran, log.steps)
			}
			m.finalize(job, o)
		})
	}
}

// TestEngineLostKeyRegenerates: one owner lost its store, so the committee
// runs key generation again, and the new keys work.
func TestEngineLostKeyRegenerates(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 4)
	checkSame(t, m.run(m.job(statsTask, jobPrivacy, 0, 1, 2), all(3), nil))
	m.stores[1] = newMemKV()
	job := m.job(statsTask, jobPrivacy, 0, 1, 2)
	o := m.run(job, all(3), nil)
	checkSame(t, o)
	if got := reportOf(t, o).Key; got != "generated" {
		t.Fatalf("collective key %s after an owner lost it, want generated", got)
	}
	m.finalize(job, o)
}

// TestEngineMissingOwner: an accepted owner that is not connected ends the
// round at once on every side, with its name (the key switch is N-of-N).
func TestEngineMissingOwner(t *testing.T) {
	eng := testEngine(t, 10)
	m := diabetesMarket(t, eng, 3, 5)
	job := m.job(statsTask, jobPrivacy, 0, 1, 2)
	agg, err := eng.NewAggregator(job, m.aggregatorEnv())
	if err != nil {
		t.Fatal(err)
	}
	runs := make([]engine.OwnerRun, 3)
	for k := range runs {
		if runs[k], err = eng.NewOwner(job, k, m.tables[k], m.ownerEnv(k, uint64(k))); err != nil {
			t.Fatal(err)
		}
	}
	o := runRound(agg, runs, newMemNet(3), []int{0, 2})
	missing := job.Owners[1].Address.Hex()
	for _, err := range []error{o.aggErr, o.ownerErr[0], o.ownerErr[2]} {
		if err == nil || !strings.Contains(err.Error(), missing) {
			t.Errorf("error %v does not name the missing owner %s", err, missing)
		}
	}
}
