package secagg

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

func testRand(seed uint64) *rand.ChaCha8 {
	var s [32]byte
	for i := range 8 {
		s[i] = byte(seed >> (8 * i))
	}
	return rand.NewChaCha8(s)
}

func testSession(round uint64) Session {
	return Session{JobID: [32]byte{0xA1, 0xB2, 0xC3}, Round: round}
}

func randomInputs(r *rand.ChaCha8, n, l, k int) [][]uint64 {
	mask := ^uint64(0) >> (64 - k)
	in := make([][]uint64, n)
	for i := range in {
		in[i] = make([]uint64, l)
		for j := range in[i] {
			in[i][j] = r.Uint64() & mask
		}
	}
	return in
}

func plainSum(inputs [][]uint64, who []int, k int) []uint64 {
	sum := make([]uint64, len(inputs[0]))
	for _, i := range who {
		for j, v := range inputs[i] {
			sum[j] += v
		}
	}
	reduce(sum, ^uint64(0)>>(64-k))
	return sum
}

// The central invariant: for random inputs, parameters and dropout
// patterns, either the masks cancel exactly and Sum is the plain sum of the
// survivors' inputs, or fewer than T clients are left at some step and the
// run fails with ErrTooFewSurvivors, never anything else.
func TestMasksCancelUnderRandomDropouts(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(2, 8).Draw(t, "n")
		c := rapid.IntRange(0, n-2).Draw(t, "colluders")
		p := Params{N: n, T: Threshold(n, c), ModBits: rapid.IntRange(1, 64).Draw(t, "k"), VectorLen: rapid.IntRange(1, 40).Draw(t, "len")}
		// Mostly patterns the protocol must survive (at most n-T dropouts),
		// sometimes more dropouts than it can bear.
		maxDrops := n - p.T
		if rapid.IntRange(0, 3).Draw(t, "tooMany") == 0 {
			maxDrops = n
		}
		drop := Dropouts{}
		order := rapid.Permutation(indexesUpTo(n)).Draw(t, "order")
		for _, i := range order[:rapid.IntRange(0, maxDrops).Draw(t, "drops")] {
			drop[i] = Step(rapid.IntRange(1, 5).Draw(t, "dropAt"))
		}
		r := testRand(rapid.Uint64().Draw(t, "seed"))
		inputs := randomInputs(r, n, p.VectorLen, p.ModBits)
		res, err := RunInProcess(p, testSession(7), inputs, drop, InProcessOptions{Rand: r})
		reaching := func(st Step) int {
			k := 0
			for i := range n {
				if d, ok := drop[i]; !ok || d > st {
					k++
				}
			}
			return k
		}
		enough := true
		for st := StepAdvertiseKeys; st <= StepUnmasking; st++ {
			enough = enough && reaching(st) >= p.T
		}
		if !enough {
			if !errors.Is(err, ErrTooFewSurvivors) {
				t.Fatalf("too few survivors for T=%d with dropouts %v: got error %v", p.T, drop, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("T=%d dropouts %v: %v", p.T, drop, err)
		}
		var want []int
		for i := range n {
			if d, ok := drop[i]; !ok || d > StepMaskedInputCollection {
				want = append(want, i)
			}
		}
		if !slices.Equal(res.Survivors, want) {
			t.Fatalf("survivors %v, want %v", res.Survivors, want)
		}
		if exp := plainSum(inputs, want, p.ModBits); !slices.Equal(res.Sum, exp) {
			t.Fatalf("sum %v, want %v", res.Sum, exp)
		}
	})
}

func indexesUpTo(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}
