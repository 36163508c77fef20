package suffstat

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/dataset"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

var diabetesFeatures = []string{"age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"}

// syntheticDiabetes draws rows from the Gaussian with diabetes.csv's means
// and covariance (label included).
func syntheticDiabetes(t tester, rows int, seed uint64) *dataset.Table {
	tab, _ := loadDataset(t, "diabetes")
	d := len(tab.Columns)
	data := mat.NewDense(len(tab.Rows), d, nil)
	for i, r := range tab.Rows {
		data.SetRow(i, r)
	}
	mean := make([]float64, d)
	for j := range d {
		mean[j] = stat.Mean(mat.Col(nil, j, data), nil)
	}
	var cov mat.SymDense
	stat.CovarianceMatrix(&cov, data, nil)
	var chol mat.Cholesky
	if !chol.Factorize(&cov) {
		t.Fatal("diabetes covariance is not positive definite")
	}
	var l mat.TriDense
	chol.LTo(&l)
	rng := rand.New(rand.NewPCG(seed, 11))
	out := &dataset.Table{Columns: tab.Columns}
	z, x := mat.NewVecDense(d, nil), mat.NewVecDense(d, nil)
	for range rows {
		for j := range d {
			z.SetVec(j, rng.NormFloat64())
		}
		x.MulVec(&l, z)
		row := make([]float64, d)
		for j := range d {
			row[j] = mean[j] + x.AtVec(j)
		}
		out.Rows = append(out.Rows, row)
	}
	return out
}

// r2Of evaluates intercept+coefficients on the clipped rows of tab.
func r2Of(ref []refColumn, fit []float64) float64 {
	d := len(ref) - 1
	sse, sst := 0.0, 0.0
	for i := range ref[d].x {
		pred := fit[0]
		for j := range d {
			pred += fit[j+1] * ref[j].x[i]
		}
		sse += math.Pow(ref[d].x[i]-pred, 2)
		sst += math.Pow(ref[d].x[i]-ref[d].mean, 2)
	}
	return 1 - sse/sst
}

// r2Trial is one DP fit: the R² the result reports and the R² its
// coefficients reach on the (clipped) data.
type r2Trial struct{ reported, reportedStd, achieved float64 }

func linregTrials(t tester, tab *dataset.Table, meta *dataset.Metadata, eps float64, owners, trials int) ([]r2Trial, float64) {
	plan, err := NewLayout(linregSpec("progression", diabetesFeatures, nil), repeatMeta(meta, owners),
		Terms{Epsilon: eps, Delta: 1e-5, Owners: owners})
	if err != nil {
		t.Fatal(err)
	}
	ref := reference(t, tab, meta, append(diabetesFeatures, "progression"))
	parts := split(tab, owners, 5)
	var out []r2Trial
	for k := range trials {
		res, err := plan.Decode(sumVectors(contributions(t, plan, parts, uint64(7919*k+1))))
		if err != nil {
			t.Fatal(err)
		}
		fit := []float64{res.Linreg.Intercept.Value}
		for _, c := range res.Linreg.Coefficients {
			fit = append(fit, c.Value)
		}
		out = append(out, r2Trial{res.Linreg.R2.Value, res.Linreg.R2.NoiseStd, r2Of(ref, fit)})
	}
	return out, refOLS(t, ref)[len(diabetesFeatures)+1]
}

// TestLinregSyntheticR2: at ε = 8 on 20,000 synthetic rows over 3 owners,
// the R² that the DP coefficients achieve on the pooled (clipped) rows is
// within 0.02 of plaintext OLS in each of 20 noise draws. The R² the result
// reports is itself a noisy estimate: within 0.02 of OLS on average, and
// each draw within 3 of its stated noise stds of the achieved R².
func TestLinregSyntheticR2(t *testing.T) {
	tab := syntheticDiabetes(t, 20000, 1)
	_, meta := loadDataset(t, "diabetes")
	trials, ols := linregTrials(t, tab, meta, 8, 3, 20)
	var reported []float64
	for i, tr := range trials {
		reported = append(reported, tr.reported)
		if math.Abs(tr.achieved-ols) > 0.02 {
			t.Errorf("draw %d: achieved R² %.4f, OLS %.4f", i, tr.achieved, ols)
		}
		if math.Abs(tr.reported-tr.achieved) > 3*tr.reportedStd {
			t.Errorf("draw %d: reported R² %.4f ± %.4f, achieved %.4f", i, tr.reported, tr.reportedStd, tr.achieved)
		}
	}
	if m, _ := meanSD(reported); math.Abs(m-ols) > 0.02 {
		t.Errorf("mean reported R² %.4f, OLS %.4f", m, ols)
	}
}

func meanSD(xs []float64) (float64, float64) { return stat.MeanStdDev(xs, nil) }

// BenchmarkLinregR2 prints R² against OLS: the synthetic 20,000-row set at
// ε = 8, and diabetes.csv (3 owners) for ε in {1, 2, 4, 8, 16}, each over
// 50 noise draws (mean ± sd); BenchmarkLinregR2ThroughHE (package
// engine/he) runs the same through CKKS at N = 2^14.
//
//	go test -run '^$' -bench LinregR2 -benchtime 1x -v ./suffstat/ ./engine/he/
func BenchmarkLinregR2(b *testing.B) {
	_, meta := loadDataset(b, "diabetes")
	for b.Loop() {
		syn := syntheticDiabetes(b, 20000, 1)
		reportR2(b, "synthetic 20000 rows", syn, meta, 8)
		tab, _ := loadDataset(b, "diabetes")
		for _, eps := range []float64{1, 2, 4, 8, 16} {
			reportR2(b, "diabetes.csv", tab, meta, eps)
		}
	}
}

func reportR2(b *testing.B, name string, tab *dataset.Table, meta *dataset.Metadata, eps float64) {
	trials, ols := linregTrials(b, tab, meta, eps, 3, 50)
	var rep, ach, std []float64
	for _, tr := range trials {
		rep, ach, std = append(rep, tr.reported), append(ach, tr.achieved), append(std, tr.reportedStd)
	}
	rm, rs := meanSD(rep)
	am, as := meanSD(ach)
	sm, _ := meanSD(std)
	b.Logf("%-22s eps=%-3v OLS R²=%.4f  DP achieved R²=%.4f±%.4f  DP reported R²=%.4f±%.4f (stated noise std %.4f)", name, eps, ols, am, as, rm, rs, sm)
	b.ReportMetric(am, fmt.Sprintf("r2-%s-eps%v", name[:3], eps))
}
