package mhe

import (
	"testing"

	"pgregory.net/rapid"
)

// Property: whatever the committee size and vector length (several
// ciphertexts included), the buyer decrypts the sum of the owners' vectors.
func TestPropertyKeySwitchedSumIsTheSum(t *testing.T) {
	p, err := InsecureTestParams(4) // N = 16: vectors of up to 40 values span 3 ciphertexts
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(rt *rapid.T) {
		n := rapid.IntRange(1, 4).Draw(rt, "owners")
		length := rapid.IntRange(1, 40).Draw(rt, "length")
		seed := rapid.Uint64().Draw(rt, "seed")
		vecs := make([][]float64, n)
		for i := range vecs {
			vecs[i] = rapid.SliceOfN(rapid.Float64Range(-1e6, 1e6), length, length).Draw(rt, "vec")
		}
		tb := newTestbed(rt, p, n, seed)
		bsk, bpk, err := GenBuyerKeys(p, seeded(seed))
		if err != nil {
			rt.Fatal(err)
		}
		_, out := tb.switchTo(rt, []byte("prop"), tb.inputs(rt, []byte("prop"), vecs), bpk, seed)
		got, err := bsk.Decrypt(out.Bytes())
		if err != nil {
			rt.Fatal(err)
		}
		want := sumVectors(vecs)
		if d := maxAbsDiff(got, want); d > 1e-6 {
			rt.Fatalf("decrypted sum off by %g", d)
		}
	})
}

// Property: the encoding is a bijection on well-formed objects.
func TestPropertyCiphertextCodecRoundTrip(t *testing.T) {
	p, _ := InsecureTestParams(4)
	q := p.ckks.Q()
	rapid.Check(t, func(rt *rapid.T) {
		count := rapid.IntRange(1, 3).Draw(rt, "count")
		var rows [][]uint64
		for range count * 2 {
			for _, qi := range q {
				rows = append(rows, rapid.SliceOfN(rapid.Uint64Range(0, qi-1), p.Slots(), p.Slots()).Draw(rt, "row"))
			}
		}
		b := p.encodeRows(kindOutput, count, rows)
		cts, err := p.decodeCiphertexts(kindOutput, b)
		if err != nil {
			rt.Fatal(err)
		}
		if again := p.encodeCiphertexts(kindOutput, cts); string(again) != string(b) {
			rt.Fatal("round trip changed the bytes")
		}
	})
}
