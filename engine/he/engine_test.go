package he

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/spec"
	"github.com/veil-market/veil/suffstat"
)

const (
	statsTask  = `{"type":"stats","columns":["age","bmi","bp","s5"],"stats":["count","mean","std","corr"]}`
	linregTask = `{"type":"linreg","label":"progression","features":["bmi","bp","s5"]}`
)

var jobPrivacy = spec.Privacy{Epsilon: 4, Delta: 1e-6}

// plaintextResult is the same computation in plaintext over the owners who.
func plaintextResult(t *testing.T, m *market, job *engine.Job, who []int, ridge *float64) *suffstat.Release {
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
func within(t *testing.T, what string, got suffstat.Estimate, want float64) {
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
	if r := reportOf(t, o); r.Threshold != 3 || len(r.Contributors) != 3 || len(r.Participants) != 3 {
		t.Errorf("report: threshold %d, %d participants, %d contributors", r.Threshold, len(r.Participants), len(r.Contributors))
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

// dropAt makes owner `who` fall silent from step on: it neither sends that
// step's message nor any later one (a crash, a lost connection).
func dropAt(who int, step string) func(fromAgg bool, owner int, st string, b []byte) []byte {
	var silent atomic.Bool
	return func(fromAgg bool, owner int, st string, b []byte) []byte {
		if owner != who || fromAgg {
			return b
		}
		if st == step {
			silent.Store(true)
		}
		if silent.Load() {
			return nil
		}
		return b
	}
}

// TestEngineToleratesDropouts: with d = 1, one of 4 owners may drop out at
// any step of the secure aggregation. Before its masked input is in, the
// result covers the 3 others; after (at the consistency check or the
// unmasking), its data is in the sum, secure aggregation completes without
// its help, and every remaining owner confirms the payload.
func TestEngineToleratesDropouts(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 4, 6)
	for _, tc := range []struct {
		step  string
		inSum bool
	}{
		{stepAdvertise, false}, {stepShares, false}, {stepMasked, false}, {stepCheck, true}, {stepUnmask, true},
	} {
		t.Run(tc.step, func(t *testing.T) {
			job := m.job(statsTask, dropoutPrivacy, 0, 1, 2, 3)
			job.Plan.RoundTimeout = time.Second
			net := enginetest.NewMemNet()
			net.Tamper = tamper(dropAt(2, tc.step))
			o := m.run(job, all(4), net)
			if o.aggErr != nil {
				t.Fatalf("aggregator: %v", o.aggErr)
			}
			for _, k := range []int{0, 1, 3} {
				if o.ownerErr[k] != nil || !bytes.Equal(o.payloads[k], o.result.Payload) {
					t.Fatalf("owner %d: %v; payload equal: %v", k, o.ownerErr[k], bytes.Equal(o.payloads[k], o.result.Payload))
				}
			}
			who := []int{0, 1, 3}
			if tc.inSum {
				who = all(4)
			}
			st, _ := m.finalize(job, o)
			want := plaintextResult(t, m, job, who, nil)
			if st.Count != want.Count || st.Owners != len(who) {
				t.Fatalf("count %d from %d owners, want %d from %d", st.Count, st.Owners, want.Count, len(who))
			}
			for j, c := range st.Columns {
				within(t, c.Name+" mean", *c.Mean, want.Columns[j].Mean.Value)
			}
		})
	}
}

// TestEngineTooManyDropouts: two dropouts where one is tolerated end the
// round on every side with an error, never a result.
func TestEngineTooManyDropouts(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 4, 7)
	job := m.job(statsTask, dropoutPrivacy, 0, 1, 2, 3)
	job.Plan.RoundTimeout = time.Second
	net := enginetest.NewMemNet()
	inner := dropAt(1, stepMasked)
	net.Tamper = tamper(func(fromAgg bool, owner int, st string, b []byte) []byte {
		if !fromAgg && owner == 3 && st == stepMasked {
			return nil
		}
		return inner(fromAgg, owner, st, b)
	})
	o := m.run(job, all(4), net)
	if o.aggErr == nil || !errors.Is(o.aggErr, secagg.ErrTooFewSurvivors) {
		t.Fatalf("aggregator: %v, want ErrTooFewSurvivors", o.aggErr)
	}
	for k, p := range o.payloads {
		if p != nil || o.ownerErr[k] == nil {
			t.Errorf("owner %d finished the round (%v)", k, o.ownerErr[k])
		}
	}
}

// TestEngineMissingOwner: with no dropout tolerated, an accepted owner
// that is not connected ends the round at once on every side, with its
// name.
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
	o := runRound(t, job, agg, runs, []int{0, 2})
	missing := job.Owners[1].Address.Hex()
	for _, err := range []error{o.aggErr, o.ownerErr[0], o.ownerErr[2]} {
		if err == nil || !strings.Contains(err.Error(), missing) {
			t.Errorf("error %v does not name the missing owner %s", err, missing)
		}
	}
}
