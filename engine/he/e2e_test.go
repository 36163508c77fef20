package he_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/he"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/suffstat"
)

// The whole he engine through real daemons on the embedded chain, at the
// production parameters (N = 2^14): three owners publish splits of
// diabetes.csv with declared bounds, the buyer submits a stats job and a
// linreg job, both settle, and the buyer's decoded figures are within a few
// noise stds of the plaintext answers over the full table.

type devMarket struct {
	*markettest.Market
	table *dataset.Table
}

func startDevMarket(t *testing.T) *devMarket {
	t.Helper()
	m := &devMarket{Market: markettest.Start(t, 3, 10*time.Second)}
	m.table = markettest.Table(t, "../../testdata/diabetes.csv")
	bounds := markettest.Bounds(t, "../../testdata/diabetes.bounds.json")
	m.Publish(m.table.SplitIID(3, rand.New(rand.NewPCG(11, 12))), bounds, chain.EngineHE, big.NewInt(1e16))
	m.Run("owner1", "owner2", "owner3", "compute1")
	m.WaitServing("compute1")
	return m
}

func (m *devMarket) submit(task string, epsilon float64) uint64 {
	s := m.Spec("he", task, fmt.Sprintf(`{"epsilon":%g,"delta":1e-6}`, epsilon))
	return m.Submit(s)
}

// fetch downloads and decodes job id's result, and computes the same
// figures in plaintext over the full table (with the released ridge λ).
func (m *devMarket) fetch(id uint64) (got, want *suffstat.Release, key string) {
	m.T.Helper()
	b := m.Members["buyer"]
	ctx := context.Background()
	res, err := buyer.Fetch(ctx, b.Market, chain.NewRegistry(b.Market), b.Home, b.Secrets, id)
	if err != nil {
		m.T.Fatal(err)
	}
	var st he.Statistics
	if err := json.Unmarshal(res.Output.Data, &st); err != nil {
		m.T.Fatal(err)
	}
	m.T.Logf("job %d: %s", id, res.Output.Summary)
	var rep struct {
		Contributors []string `json:"contributors"`
		Threshold    int      `json:"threshold"`
	}
	if err := json.Unmarshal(res.Document.Report, &rep); err != nil {
		m.T.Fatal(err)
	}
	job, err := buyer.LoadJob(ctx, b.Market, b.Home.Config.DeployBlock, id)
	if err != nil {
		m.T.Fatal(err)
	}
	var ridge *float64
	if st.Linreg != nil {
		ridge = &st.Linreg.Ridge
	}
	want, err = he.PlaintextForTest(job, []*dataset.Table{m.table}, ridge)
	if err != nil {
		m.T.Fatal(err)
	}
	// With the spec's defaults for 3 datasets (d = 1, c = 0) the threshold is 2.
	wantT := secagg.RoundThreshold(3, 3, job.Spec.Privacy.Dropouts, job.Spec.Privacy.C())
	return &st.Release, want, fmt.Sprintf("%d contributors, threshold %d (want %d)", len(rep.Contributors), rep.Threshold, wantT)
}

// near checks a figure against the plaintext within 4 of its noise stds.
// A figure the result marks with a note (a noisy variance that came out
// negative and was clamped: about one job in twelve at ε = 2 on 442 rows)
// has no noise std to compare with, and is skipped.
func near(t *testing.T, what string, got suffstat.Estimate, want float64) {
	t.Helper()
	if got.Note != "" {
		t.Logf("%s = %.6g (%s)", what, got.Value, got.Note)
		return
	}
	if math.Abs(got.Value-want) > 4*got.NoiseStd+1e-9 {
		t.Errorf("%s = %.6g ± %.3g, plaintext over the full table %.6g", what, got.Value, got.NoiseStd, want)
	}
}

func TestDaemonsRunHEJobs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs four daemons on the embedded chain")
	}
	m := startDevMarket(t)
	stats := m.submit(`{"type":"stats","columns":["age","bmi","bp","s5"],"stats":["count","mean","std"]}`, 2)
	m.WaitState(stats, chain.JobSettled, 3*time.Minute)
	linreg := m.submit(`{"type":"linreg","label":"progression","features":["bmi","bp","s5"]}`, 6)
	m.WaitState(linreg, chain.JobSettled, 3*time.Minute)

	got, want, agg := m.fetch(stats)
	if got.Count != 442 || got.Owners != 3 || agg != "3 contributors, threshold 2 (want 2)" {
		t.Fatalf("stats: %d rows from %d owners, %s; want 442 from 3, 3 contributors, threshold 2", got.Count, got.Owners, agg)
	}
	for j, c := range got.Columns {
		near(t, c.Name+" mean", *c.Mean, want.Columns[j].Mean.Value)
		near(t, c.Name+" std", *c.Std, want.Columns[j].Std.Value)
	}
	got, want, _ = m.fetch(linreg)
	if got.Linreg == nil || got.Count != 442 {
		t.Fatalf("linreg: %+v over %d rows", got.Linreg, got.Count)
	}
	for j, c := range got.Linreg.Coefficients {
		near(t, "coefficient of "+got.Linreg.Features[j], c, want.Linreg.Coefficients[j].Value)
	}
	near(t, "intercept", got.Linreg.Intercept, want.Linreg.Intercept.Value)
}
