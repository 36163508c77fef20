package he

import (
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
)

// runJob runs one job end to end: owners encode and encrypt their
// contributions, every owner checks and key-switches, the buyer decrypts.
// It returns the buyer's vector and the plaintext sum of the contributions.
func runJob(t tester, p Params, plan *Plan, tables []*dataset.Table, seed uint64) (got, want []float64) {
	t.Helper()
	tb := newTestbed(t, p, len(tables), seed)
	bsk, bpk, err := GenBuyerKeys(p, seeded(seed+1))
	if err != nil {
		t.Fatal(err)
	}
	job := []byte("job-pipeline")
	vecs := contributions(t, plan, tables, seed+2)
	_, out := tb.switchTo(t, job, tb.inputs(t, job, vecs), bpk, seed+3)
	got, err = bsk.Decrypt(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return got, sumVectors(vecs)
}

func TestTasksThroughHE(t *testing.T) {
	p := testParams(t)
	tab, meta := loadDataset(t, "diabetes")
	tables := split(tab, 3, 9)
	for i, spec := range validSpecs {
		plan, err := NewPlan([]byte(spec), repeatMeta(meta, 3), defaultPrivacy)
		if err != nil {
			t.Fatal(err)
		}
		if err := plan.CheckPrecision(p); err != nil {
			t.Fatal(err)
		}
		got, want := runJob(t, p, plan, tables, uint64(100*i))
		if d := maxAbsDiff(got, want); d > 10*p.SmudgingStd(3) {
			t.Errorf("spec %d: HE sum differs from the plaintext sum by %.3g (smudging std %.3g)", i, d, p.SmudgingStd(3))
		}
		if d := maxAbsDiff(got[plan.Len():], make([]float64, len(got)-plan.Len())); d > 10*p.SmudgingStd(3) {
			t.Errorf("spec %d: padding decrypted to %.3g", i, d)
		}
		if _, err := plan.Decode(got); err != nil {
			t.Errorf("spec %d: %v", i, err)
		}
	}
}

// TestDefaultParamsEndToEnd is the one run at production parameters
// (N = 2^14): three owners, key generation, a stats job, key switch.
func TestDefaultParamsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("N = 2^14")
	}
	p := DefaultParams()
	if p.LogN() != 14 || p.LogQP() > 438 || p.Insecure() {
		t.Fatalf("default parameters: logN %d, logQP %.1f", p.LogN(), p.LogQP())
	}
	tab, meta := loadDataset(t, "diabetes")
	plan, err := NewPlan([]byte(validSpecs[0]), repeatMeta(meta, 3), defaultPrivacy)
	if err != nil {
		t.Fatal(err)
	}
	if err := plan.CheckPrecision(p); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	got, want := runJob(t, p, plan, split(tab, 3, 10), 500)
	t.Logf("N=2^14 job with 3 owners took %v", time.Since(start))
	if d := maxAbsDiff(got[:plan.Len()], want); d > 10*p.SmudgingStd(3) {
		t.Fatalf("HE sum differs from the plaintext sum by %.3g", d)
	}
}
