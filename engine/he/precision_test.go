package he

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/veil-market/veil/dataset"
)

// bootstrapOwners draws owners × rows rows with replacement from tab.
func bootstrapOwners(tab *dataset.Table, owners, rows int, seed uint64) []*dataset.Table {
	rng := rand.New(rand.NewPCG(seed, 7))
	out := make([]*dataset.Table, owners)
	for i := range out {
		t := &dataset.Table{Columns: tab.Columns}
		for range rows {
			t.Rows = append(t.Rows, tab.Rows[rng.IntN(len(tab.Rows))])
		}
		out[i] = t
	}
	return out
}

// precisionReport is the outcome of one precision run.
type precisionReport struct {
	relSum, relMean, relVar float64 // max relative error before DP noise and smudging
	smudgeErr                       // max absolute error smudging adds, per figure kind
	minRatio                float64 // min over figures of DP noise std / smudging error
}

type smudgeErr struct{ sum, mean, variance float64 }

// runPrecision runs sums, means and variances of the 30 breast-cancer
// features over owners × rows bootstrapped rows through the HE pipeline
// without DP noise, and measures (1) the relative error against float64 of
// the aggregate decrypted with the collective secret (no smudging) and (2)
// what the key switch's smudging adds, against each figure's DP noise std.
func runPrecision(t tester, p Params, owners, rows int) precisionReport {
	tab, meta := loadDataset(t, "breast_cancer")
	cols := slices.DeleteFunc(slices.Clone(tab.Columns), func(c string) bool { return c == "benign" })
	spec, _ := json.Marshal(Task{Type: TypeStats, Columns: cols, Stats: []string{"sum", "mean", "var"}})
	plan, err := NewPlan(spec, repeatMeta(meta, owners), Privacy{Epsilon: 1, Delta: 1e-5, Owners: owners})
	if err != nil {
		t.Fatal(err)
	}
	tables := bootstrapOwners(tab, owners, rows, 3)
	tb := newTestbed(t, p, owners, 91)
	buyer := mustBuyer(t, p)
	job := []byte("precision")
	agg, out := tb.switchTo(t, job, tb.inputs(t, job, contributions(t, withoutNoise(plan), tables, 0)), buyer.pub, 93)
	before, _ := p.decrypt(tb.collectiveSecret(), agg.cts)
	after, err := buyer.sk.Decrypt(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	resBefore, err1 := plan.Decode(before)
	resAfter, err2 := plan.Decode(after)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	var all dataset.Table
	all.Columns = tab.Columns
	for _, tt := range tables {
		all.Rows = append(all.Rows, tt.Rows...)
	}
	ref := reference(t, &all, meta, cols)
	return comparePrecision(resBefore, resAfter, ref)
}

func comparePrecision(before, after *Result, ref []refColumn) precisionReport {
	r := precisionReport{minRatio: math.Inf(1)}
	rel := func(got, want float64) float64 { return math.Abs(got-want) / math.Abs(want) }
	for j, c := range before.Columns {
		r.relSum = max(r.relSum, rel(c.Sum.Value, ref[j].sum))
		r.relMean = max(r.relMean, rel(c.Mean.Value, ref[j].mean))
		r.relVar = max(r.relVar, rel(c.Var.Value, ref[j].variance))
		a := after.Columns[j]
		for _, pair := range []struct {
			b, a *Estimate
			m    *float64
		}{{c.Sum, a.Sum, &r.smudgeErr.sum}, {c.Mean, a.Mean, &r.smudgeErr.mean}, {c.Var, a.Var, &r.smudgeErr.variance}} {
			d := math.Abs(pair.a.Value - pair.b.Value)
			*pair.m = max(*pair.m, d)
			r.minRatio = min(r.minRatio, pair.b.NoiseStd/max(d, 1e-300))
		}
	}
	return r
}

// buyerPair keeps a buyer key pair together for helpers.
type buyerPair struct {
	sk  *BuyerSecretKey
	pub *BuyerPublicKey
}

func mustBuyer(t tester, p Params) buyerPair {
	sk, pk, err := GenBuyerKeys(p, seeded(94))
	if err != nil {
		t.Fatal(err)
	}
	return buyerPair{sk, pk}
}

// TestPrecisionBeforeNoise: 10 owners × 1000 rows × 30 columns; sums,
// means and variances within 1e-6 relative of float64, and the smudging
// error at least 10× below the DP noise of every figure.
func TestPrecisionBeforeNoise(t *testing.T) {
	r := runPrecision(t, testParams(t), 10, 1000)
	t.Logf("%+v", r)
	if r.relSum > 1e-6 || r.relMean > 1e-6 || r.relVar > 1e-6 {
		t.Errorf("relative errors sum %.3g, mean %.3g, var %.3g; want <= 1e-6", r.relSum, r.relMean, r.relVar)
	}
	if r.minRatio < 10 {
		t.Errorf("smudging error is only %.3g times below the DP noise", r.minRatio)
	}
}

// BenchmarkPrecision is the same at N = 2^14.
//
//	go test -run '^$' -bench Precision -benchtime 1x ./engine/he/
func BenchmarkPrecision(b *testing.B) {
	var r precisionReport
	for b.Loop() {
		r = runPrecision(b, DefaultParams(), 10, 1000)
	}
	b.Logf("max relative error before DP noise and smudging: sum %.3g, mean %.3g, var %.3g", r.relSum, r.relMean, r.relVar)
	b.Logf("max absolute error added by smudging: sum %.3g, mean %.3g, var %.3g", r.smudgeErr.sum, r.smudgeErr.mean, r.smudgeErr.variance)
	b.Logf("smallest (DP noise std / smudging error) over all figures: %.3g", r.minRatio)
	b.ReportMetric(math.Log10(max(r.relSum, r.relMean, r.relVar)), "log10-max-relerr")
	b.ReportMetric(math.Log10(r.minRatio), "log10-min-dpstd/smudge")
}
