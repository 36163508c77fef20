package mhe

import (
	"math"
	"testing"
)

func maxAbsDiff(a, b []float64) float64 {
	m := 0.0
	for i := range b {
		m = max(m, math.Abs(a[i]-b[i]))
	}
	return m
}

func TestProtocolRoundTrip(t *testing.T) {
	p := testParams(t)
	tb := newTestbed(t, p, 3, 1)
	bsk, bpk, err := GenBuyerKeys(p, seeded(99))
	if err != nil {
		t.Fatal(err)
	}
	job := []byte("job-1")
	vecs := [][]float64{{1, 2, 3.5}, {10, -20, 0.25}, {100, 200, -300}}
	_, out := tb.switchTo(t, job, tb.inputs(t, job, vecs), bpk, 7)
	got, err := bsk.Decrypt(out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{111, 182, -296.25}
	if d := maxAbsDiff(got, want); d > 1e-6 {
		t.Fatalf("decrypted %v, want %v (max diff %g)", got[:3], want, d)
	}
	if d := maxAbsDiff(got[3:], make([]float64, len(got)-3)); d > 1e-6 {
		t.Fatalf("padding decrypted to non-zero (max %g)", d)
	}
	t.Logf("smudging std per value %.3g, max error %.3g", p.SmudgingStd(3), maxAbsDiff(got, want))
}
