package he

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/suffstat"
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
	relSum, relMean, relVar float64 // max relative error against float64, before DP noise
	absErr                  absErr  // max absolute error, per figure kind (column units)
	minRatio                float64 // min over figures of DP noise std / absolute error
}

type absErr struct{ sum, mean, variance float64 }

// runPrecision runs sums, means and variances of the 30 breast-cancer
// features over owners × rows bootstrapped rows through the job's HE path
// without DP noise (each owner's figures rounded to the grid, encrypted to
// the buyer, the ciphertexts summed residue by residue as secure
// aggregation sums them, the sum decrypted and decoded), and measures the
// error against float64 and against each figure's DP noise std.
func runPrecision(t tester, p mhe.Params, owners, rows int) precisionReport {
	tab, meta := loadDataset(t, "breast_cancer")
	cols := slices.DeleteFunc(slices.Clone(tab.Columns), func(c string) bool { return c == "benign" })
	spec, _ := json.Marshal(suffstat.Task{Type: suffstat.TypeStats, Columns: cols, Stats: []string{"sum", "mean", "var"}})
	tables := bootstrapOwners(tab, owners, rows, 3)
	metas := make([]*dataset.Metadata, owners)
	for i := range metas {
		m := *meta
		m.Rows = rows
		metas[i] = &m
	}
	plan, err := suffstat.NewLayout(spec, metas, suffstat.Terms{Epsilon: 1, Delta: 1e-5, Owners: owners})
	if err != nil {
		t.Fatal(err)
	}
	buyer := mustBuyer(t, p)
	var sum []uint64
	segs := p.Segments(p.Ciphertexts(plan.Len()))
	for _, tt := range tables {
		c, err := plan.EncodeContribution(tt, nil)
		if err != nil {
			t.Fatal(err)
		}
		grids, data, _ := c.Grid() // the statistics without their noise share
		cts, err := mhe.EncryptOnGrid(buyer.pub, grids, data)
		if err != nil {
			t.Fatal(err)
		}
		sum = addResidues(segs, sum, p.Residues(cts))
	}
	out, err := p.OutputFromResidues(sum, p.Ciphertexts(plan.Len()))
	if err != nil {
		t.Fatal(err)
	}
	vec, err := buyer.sk.Decrypt(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	res, err := plan.Decode(vec)
	if err != nil {
		t.Fatal(err)
	}
	var all dataset.Table
	all.Columns = tab.Columns
	for _, tt := range tables {
		all.Rows = append(all.Rows, tt.Rows...)
	}
	return comparePrecision(res, floatReference(t, &all, meta, cols))
}

// addResidues adds v into acc (nil: a copy of v), modulo each segment's prime.
func addResidues(segs []secagg.Segment, acc, v []uint64) []uint64 {
	if acc == nil {
		return slices.Clone(v)
	}
	off := 0
	for _, s := range segs {
		for j := off; j < off+s.Len; j++ {
			acc[j] = (acc[j] + v[j]) % s.Modulus
		}
		off += s.Len
	}
	return acc
}

// refColumn is a column's figures in float64, on values clamped to the
// declared bounds.
type refColumn struct{ sum, mean, variance float64 }

func floatReference(t tester, tab *dataset.Table, meta *dataset.Metadata, cols []string) []refColumn {
	t.Helper()
	out := make([]refColumn, len(cols))
	for j, name := range cols {
		raw, err := tab.Column(name)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := meta.Bound(name)
		for _, v := range raw {
			out[j].sum += b.Clamp(v)
		}
		out[j].mean = out[j].sum / float64(len(raw))
		for _, v := range raw {
			out[j].variance += (b.Clamp(v) - out[j].mean) * (b.Clamp(v) - out[j].mean)
		}
		out[j].variance /= float64(len(raw))
	}
	return out
}

func comparePrecision(got *suffstat.Release, ref []refColumn) precisionReport {
	r := precisionReport{minRatio: math.Inf(1)}
	rel := func(got, want float64) float64 { return math.Abs(got-want) / math.Abs(want) }
	for j, c := range got.Columns {
		r.relSum = max(r.relSum, rel(c.Sum.Value, ref[j].sum))
		r.relMean = max(r.relMean, rel(c.Mean.Value, ref[j].mean))
		r.relVar = max(r.relVar, rel(c.Var.Value, ref[j].variance))
		for _, f := range []struct {
			e    *suffstat.Estimate
			want float64
			m    *float64
		}{{c.Sum, ref[j].sum, &r.absErr.sum}, {c.Mean, ref[j].mean, &r.absErr.mean}, {c.Var, ref[j].variance, &r.absErr.variance}} {
			d := math.Abs(f.e.Value - f.want)
			*f.m = max(*f.m, d)
			r.minRatio = min(r.minRatio, f.e.NoiseStd/max(d, 1e-300))
		}
	}
	return r
}

// buyerPair keeps a buyer key pair together for helpers.
type buyerPair struct {
	sk  *mhe.BuyerSecretKey
	pub *mhe.BuyerPublicKey
}

func mustBuyer(t tester, p mhe.Params) buyerPair {
	sk, pk, err := mhe.GenBuyerKeys(p, seeded(94))
	if err != nil {
		t.Fatal(err)
	}
	return buyerPair{sk, pk}
}

// TestPrecisionBeforeNoise: 10 owners × 1000 rows × 30 columns; sums,
// means and variances within 1e-6 relative of float64, and the whole error
// (grid rounding, encryption) at least 10× below the DP noise of every
// figure.
func TestPrecisionBeforeNoise(t *testing.T) {
	r := runPrecision(t, testParams(t), 10, 1000)
	t.Logf("%+v", r)
	if r.relSum > 1e-6 || r.relMean > 1e-6 || r.relVar > 1e-6 {
		t.Errorf("relative errors sum %.3g, mean %.3g, var %.3g; want <= 1e-6", r.relSum, r.relMean, r.relVar)
	}
	if r.minRatio < 10 {
		t.Errorf("the HE path's error is only %.3g times below the DP noise", r.minRatio)
	}
}

// BenchmarkPrecision is the same at N = 2^14.
//
//	go test -run '^$' -bench Precision -benchtime 1x ./engine/he/
func BenchmarkPrecision(b *testing.B) {
	var r precisionReport
	for b.Loop() {
		r = runPrecision(b, mhe.DefaultParams(), 10, 1000)
	}
	b.Logf("max relative error before DP noise: sum %.3g, mean %.3g, var %.3g", r.relSum, r.relMean, r.relVar)
	b.Logf("max absolute error: sum %.3g, mean %.3g, var %.3g", r.absErr.sum, r.absErr.mean, r.absErr.variance)
	b.Logf("smallest (DP noise std / error) over all figures: %.3g", r.minRatio)
	b.ReportMetric(math.Log10(max(r.relSum, r.relMean, r.relVar)), "log10-max-relerr")
	b.ReportMetric(math.Log10(r.minRatio), "log10-min-dpstd/err")
}
