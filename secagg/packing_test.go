package secagg

import (
	"math/big"
	"testing"

	"pgregory.net/rapid"
)

// packReference is the specification of the wire layout, written with
// big.Int so it shares no code with packBits: entry j is bits [k·j, k·j+k).
func packReference(v []uint64, k int) []byte {
	acc := new(big.Int)
	for j := len(v) - 1; j >= 0; j-- {
		acc.Lsh(acc, uint(k))
		acc.Or(acc, new(big.Int).SetUint64(v[j]))
	}
	out := make([]byte, (len(v)*k+7)/8)
	be := acc.FillBytes(make([]byte, len(out)))
	for i := range out {
		out[i] = be[len(be)-1-i]
	}
	return out
}

func TestPackingMatchesReferenceAndRoundTrips(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(1, 64).Draw(t, "k")
		n := rapid.IntRange(0, 70).Draw(t, "n")
		mask := ^uint64(0) >> (64 - k)
		v := make([]uint64, n)
		for j := range v {
			v[j] = rapid.Uint64().Draw(t, "v") & mask
		}
		got := make([]byte, (n*k+7)/8)
		packBits(got, v, k)
		if want := packReference(v, k); string(got) != string(want) {
			t.Fatalf("packBits(k=%d) = %x, want %x", k, got, want)
		}
		back := make([]uint64, n)
		if err := unpackBits(back, got, k, false); err != nil {
			t.Fatal(err)
		}
		for j := range v {
			if back[j] != v[j] {
				t.Fatalf("entry %d: unpacked %d, packed %d", j, back[j], v[j])
			}
		}
		if err := unpackBits(back, got, k, true); err != nil {
			t.Fatal(err)
		}
		for j := range v {
			if back[j] != 2*v[j] {
				t.Fatalf("entry %d: accumulate gave %d, want %d", j, back[j], 2*v[j])
			}
		}
	})
}

func TestUnpackRefusesNonCanonical(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
		n, k int
	}{
		{"short", make([]byte, 3), 3, 10},
		{"long", make([]byte, 5), 3, 10},
		{"padding bit set", []byte{0, 0, 0, 0x40}, 3, 10}, // 30 bits used, bit 30 set
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := unpackBits(make([]uint64, tc.n), tc.src, tc.k, false); err == nil {
				t.Fatal("want an error, got nil")
			}
		})
	}
	if err := unpackBits(make([]uint64, 3), []byte{0, 0, 0, 0x20}, 10, false); err != nil {
		t.Fatalf("last used bit set: %v", err)
	}
}
