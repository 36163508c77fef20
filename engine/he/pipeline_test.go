package he

import (
	"math"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/suffstat"
)

// runJob runs one job's data path end to end: owners encode their
// contributions and encrypt them to the buyer, secure aggregation (in
// process, every client checking the opening) sums the ciphertexts, the
// buyer decrypts. It returns the buyer's vector and the plaintext sum of
// the contributions.
func runJob(t tester, p mhe.Params, plan *suffstat.Layout, tables []*dataset.Table, seed uint64) (got, want []float64) {
	t.Helper()
	bsk, bpk, err := mhe.GenBuyerKeys(p, seeded(seed+1))
	if err != nil {
		t.Fatal(err)
	}
	k := p.Ciphertexts(plan.Len())
	sa := secagg.Params{N: len(tables), T: secagg.Threshold(len(tables), 1), Segments: p.Segments(k)}
	for _, s := range sa.Segments {
		sa.VectorLen += s.Len
	}
	var inputs [][]uint64
	var vecs [][]float64
	for i, tab := range tables {
		c, err := plan.EncodeContribution(tab, dpSampler(seed+2+uint64(i)))
		if err != nil {
			t.Fatal(err)
		}
		cts, err := encryptContribution(bpk, c)
		if err != nil {
			t.Fatal(err)
		}
		inputs, vecs = append(inputs, p.Residues(cts)), append(vecs, c.Values())
	}
	res, err := secagg.RunInProcess(sa, secagg.Session{JobID: [32]byte{byte(seed)}, Round: 1}, inputs, nil,
		secagg.InProcessOptions{Rand: seeded(seed + 3), Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	out, err := p.OutputFromResidues(res.Sum, k)
	if err != nil {
		t.Fatal(err)
	}
	if got, err = bsk.Decrypt(out.Bytes()); err != nil {
		t.Fatal(err)
	}
	return got, sumVectors(vecs)
}

// closeSums: the HE sum equals the plaintext sum of the grid values up to
// float64 rounding (decryption is exact on the grid), and the padding
// decrypts to 0.
func closeSums(t tester, what string, plan *suffstat.Layout, got, want []float64) {
	t.Helper()
	for i, w := range want {
		if d := math.Abs(got[i] - w); d > 1e-9*max(1, math.Abs(w)) {
			t.Errorf("%s: slot %d: HE sum %.17g, plaintext sum %.17g", what, i, got[i], w)
			return
		}
	}
	for i, v := range got[plan.Len():] {
		if math.Abs(v) > 1e-20 {
			t.Errorf("%s: padding slot %d decrypted to %.3g", what, i, v)
			return
		}
	}
}

func TestTasksThroughHE(t *testing.T) {
	p := testParams(t)
	tab, meta := loadDataset(t, "diabetes")
	tables := split(tab, 3, 9)
	for i, spec := range validSpecs {
		plan, err := suffstat.NewLayout([]byte(spec), repeatMeta(meta, 3), defaultPrivacy)
		if err != nil {
			t.Fatal(err)
		}
		if err := plan.CheckPrecision(); err != nil {
			t.Fatal(err)
		}
		got, want := runJob(t, p, plan, tables, uint64(100*i))
		closeSums(t, validSpecs[i], plan, got, want)
		if _, err := plan.Decode(got); err != nil {
			t.Errorf("spec %d: %v", i, err)
		}
	}
}

// TestDefaultParamsEndToEnd is the one run of the data path at production
// parameters (N = 2^14): three owners, a stats job, secure aggregation.
func TestDefaultParamsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("N = 2^14")
	}
	p := mhe.DefaultParams()
	if p.LogN() != 14 || p.LogQP() > 438 || p.Insecure() {
		t.Fatalf("default parameters: logN %d, logQP %.1f", p.LogN(), p.LogQP())
	}
	tab, meta := loadDataset(t, "diabetes")
	plan, err := suffstat.NewLayout([]byte(validSpecs[0]), repeatMeta(meta, 3), defaultPrivacy)
	if err != nil {
		t.Fatal(err)
	}
	if err := plan.CheckPrecision(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	got, want := runJob(t, p, plan, split(tab, 3, 10), 500)
	t.Logf("N=2^14 job with 3 owners took %v", time.Since(start))
	closeSums(t, "N=2^14", plan, got, want)
}

// BenchmarkLinregR2ThroughHE runs the diabetes linreg of BenchmarkLinregR2
// (package suffstat) once per ε through the HE data path at N = 2^14 and
// prints its R² beside the plaintext-sum decode's.
//
//	go test -run '^$' -bench LinregR2 -benchtime 1x -v ./engine/he/
func BenchmarkLinregR2ThroughHE(b *testing.B) {
	tab, meta := loadDataset(b, "diabetes")
	for b.Loop() {
		for _, eps := range []float64{1, 2, 4, 8, 16} {
			heMatchesPlain(b, tab, meta, eps)
		}
	}
}

// heMatchesPlain runs the diabetes linreg once through the HE pipeline at
// N = 2^14 and checks the reported R² against the plaintext-sum decode.
func heMatchesPlain(b *testing.B, tab *dataset.Table, meta *dataset.Metadata, eps float64) {
	plan, _ := suffstat.NewLayout([]byte(`{"type":"linreg","label":"progression","features":["age","sex","bmi","bp","s1","s2","s3","s4","s5","s6"]}`), repeatMeta(meta, 3), suffstat.Terms{Epsilon: eps, Delta: 1e-5, Owners: 3})
	got, want := runJob(b, mhe.DefaultParams(), plan, split(tab, 3, 5), 300)
	rh, err1 := plan.Decode(got)
	rp, err2 := plan.Decode(want)
	if err1 != nil || err2 != nil {
		b.Fatal(err1, err2)
	}
	b.Logf("    HE at N=2^14: R² %.6f, plaintext sum: R² %.6f", rh.Linreg.R2.Value, rp.Linreg.R2.Value)
}
