package secagg

import (
	"slices"
	"testing"
)

// The paired-lane adder gives the same sums mod 2^k as the generic one,
// for odd and even lengths, across chunk boundaries and flushes.
func TestPairedMasksMatchGeneric(t *testing.T) {
	for _, k := range []int{25, 26, 28} {
		for _, l := range []int{1, 7, pairedChunk, pairedChunk + 3, 3*pairedChunk + 1} {
			terms := make([]maskTerm, 40)
			for i := range terms {
				terms[i] = maskTerm{key: [32]byte{byte(i), byte(k), byte(l)}, negate: i%3 == 0}
			}
			got, want := make([]uint64, l), make([]uint64, l)
			for j := range got {
				got[j] = uint64(j) * 7919
				want[j] = got[j]
			}
			applyMasksPaired(got, terms, k)
			lb := laneBytes(k)
			add, sub := addLanesFor(lb, false), addLanesFor(lb, true)
			for _, tm := range terms { // the generic path, one mask at a time
				ks := make([]byte, lb*l+8)
				st := newMaskStream(tm.key)
				st.XORKeyStream(ks[:lb*l], ks[:lb*l])
				if tm.negate {
					sub(want, ks)
				} else {
					add(want, ks)
				}
			}
			reduce(got, 1<<k-1)
			reduce(want, 1<<k-1)
			if !slices.Equal(got, want) {
				t.Fatalf("k = %d, len = %d: paired masks differ from the generic ones", k, l)
			}
		}
	}
}
