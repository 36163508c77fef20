package secagg

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestThreshold(t *testing.T) {
	tests := []struct{ n, c, want int }{
		{2, 0, 2}, {3, 0, 2}, {4, 0, 3}, {5, 1, 4}, {10, 0, 6}, {10, 3, 7}, {100, 10, 56}, {100, 33, 67}, {500, 50, 276},
	}
	for _, tc := range tests {
		got := Threshold(tc.n, tc.c)
		if got != tc.want {
			t.Errorf("Threshold(%d, %d) = %d, want %d", tc.n, tc.c, got, tc.want)
		}
		if 2*got <= tc.n+tc.c || 2*(got-1) > tc.n+tc.c {
			t.Errorf("Threshold(%d, %d) = %d is not the least t > (n+c)/2", tc.n, tc.c, got)
		}
	}
}

func TestCheckParams(t *testing.T) {
	tests := []struct {
		n, d, c int
		ok      bool
		mention string
	}{
		{10, 0, 0, true, ""},
		{10, 4, 0, true, ""},
		{10, 5, 0, false, "n = 10, d = 5 dropouts, c = 0 colluders"},
		{10, 3, 3, true, ""},
		{10, 4, 3, false, "n-d = 6 survivors is below the threshold t = 7"},
		{100, 30, 10, true, ""},
		{100, 45, 10, false, "n = 100, d = 45 dropouts, c = 10 colluders"},
		{5, 0, 4, false, "at most n-2 colluders"},
		{1, 0, 0, false, "n = 1"},
		{10, -1, 0, false, "must be ≥ 0"},
	}
	for _, tc := range tests {
		err := CheckParams(tc.n, tc.d, tc.c)
		if tc.ok != (err == nil) {
			t.Errorf("CheckParams(%d, %d, %d) = %v, want ok=%v", tc.n, tc.d, tc.c, err, tc.ok)
			continue
		}
		if err != nil && (!errors.Is(err, ErrParams) || !strings.Contains(err.Error(), tc.mention)) {
			t.Errorf("CheckParams(%d, %d, %d) = %q, want ErrParams mentioning %q", tc.n, tc.d, tc.c, err, tc.mention)
		}
	}
}

func TestParamsValidate(t *testing.T) {
	good := Params{N: 10, T: 6, ModBits: 20, VectorLen: 5}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(*Params)
	}{
		{"one client", func(p *Params) { p.N = 1 }},
		{"threshold at n/2", func(p *Params) { p.T = 5 }},
		{"threshold above n", func(p *Params) { p.T = 11 }},
		{"zero ring bits", func(p *Params) { p.ModBits = 0 }},
		{"65 ring bits", func(p *Params) { p.ModBits = 65 }},
		{"empty vector", func(p *Params) { p.VectorLen = 0 }},
		{"asymmetric graph", func(p *Params) { p.Graph = lopsided{} }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := good
			tc.edit(&p)
			if err := p.Validate(); !errors.Is(err, ErrParams) {
				t.Fatalf("Validate = %v, want ErrParams", err)
			}
		})
	}
}

// lopsided: client 0 pairs with everyone, nobody pairs back.
type lopsided struct{}

func (lopsided) Neighbours(n, i int) []int {
	if i == 0 {
		return CompleteGraph{}.Neighbours(n, 0)
	}
	return CompleteGraph{}.Neighbours(n, i)[1:]
}

func (lopsided) Robust(int, []int, int) bool { return true }

// The masking graph is one pluggable function: with a sparse graph the
// masks still cancel and dropouts are still recovered.
func TestSparseGraphSumsExactly(t *testing.T) {
	g, err := NewHararyGraph(9, 6, HararySeed(testSession(2), 9, 6))
	if err != nil {
		t.Fatal(err)
	}
	p := Params{N: 9, T: 5, ModBits: 20, VectorLen: 16, Graph: g}
	r := testRand(81)
	inputs := randomInputs(r, p.N, p.VectorLen, p.ModBits)
	res, err := RunInProcess(p, testSession(2), inputs, Dropouts{4: StepMaskedInputCollection, 7: StepUnmasking}, InProcessOptions{Rand: r})
	if err != nil {
		t.Fatal(err)
	}
	want := []int{0, 1, 2, 3, 5, 6, 7, 8}
	if !slices.Equal(res.Survivors, want) || !slices.Equal(res.Sum, plainSum(inputs, want, p.ModBits)) {
		t.Fatalf("survivors %v, sum wrong or incomplete", res.Survivors)
	}
	if got := res.ClientStats[0].MaskBytes; got != 7*maskBytes(p.VectorLen, p.ModBits) {
		t.Fatalf("client 0 expanded %d mask bytes, want 6 neighbours + self", got)
	}
}

// More masks than one batch of streams: adding then subtracting them all
// leaves the accumulator unchanged.
func TestManyMasksCancel(t *testing.T) {
	terms := make([]maskTerm, maskBatch+45)
	for i := range terms {
		terms[i].key = [32]byte{byte(i), byte(i >> 8)}
	}
	acc := make([]uint64, 300)
	applyMasks(acc, terms, 23)
	if slices.Equal(acc, make([]uint64, 300)) {
		t.Fatal("masks added nothing")
	}
	for i := range terms {
		terms[i].negate = true
	}
	applyMasks(acc, terms, 23)
	reduce(acc, 1<<23-1)
	if !slices.Equal(acc, make([]uint64, 300)) {
		t.Fatal("subtracting the same masks did not cancel")
	}
}

// TestMaxDropouts: MaxDropouts(n, c) is the largest d that CheckParams
// accepts, for every n up to 40 and every c, and −1 when none is.
func TestMaxDropouts(t *testing.T) {
	for n := 1; n <= 40; n++ {
		for c := 0; c <= n; c++ {
			want := -1
			for d := 0; d < n; d++ {
				if CheckParams(n, d, c) == nil {
					want = d
				}
			}
			if got := MaxDropouts(n, c); got != want {
				t.Errorf("MaxDropouts(%d, %d) = %d, CheckParams accepts up to %d", n, c, got, want)
			}
		}
	}
	for _, tc := range []struct{ n, c, want int }{{3, 0, 1}, {3, 1, 0}, {4, 1, 1}, {5, 1, 1}, {6, 1, 2}, {2, 0, 0}, {2, 1, -1}} {
		if got := MaxDropouts(tc.n, tc.c); got != tc.want {
			t.Errorf("MaxDropouts(%d, %d) = %d, want %d", tc.n, tc.c, got, tc.want)
		}
	}
}

// TestRoundThreshold: the round threshold keeps both bounds — more than
// (live + c)/2, and at least n − d so n − d − c honest inputs are in any sum.
func TestRoundThreshold(t *testing.T) {
	for n := 2; n <= 20; n++ {
		for c := 0; c <= n-2; c++ {
			for d := 0; d <= MaxDropouts(n, c); d++ {
				for live := n - d; live <= n; live++ {
					tr := RoundThreshold(live, n, d, c)
					if 2*tr <= live+c || tr-c < n-d-c || tr > live {
						t.Errorf("RoundThreshold(%d, %d, %d, %d) = %d", live, n, d, c, tr)
					}
				}
			}
		}
	}
}
