package secagg

import (
	"math"
	"math/rand/v2"
	"testing"
)

// The degrees docs/secagg.md tabulates.
func TestPlanGraphTable(t *testing.T) {
	tests := []struct {
		n, d, c   int
		kind      string
		k, shareT int
	}{
		{3, 1, 0, "complete", 2, 0},
		{10, 1, 1, "complete", 9, 0},
		{100, 10, 1, "harary", 12, 2},
		{100, 30, 1, "harary", 26, 3},
		{500, 50, 1, "harary", 20, 4},
		{500, 150, 1, "harary", 36, 4},
		{1000, 100, 1, "harary", 20, 3},
		{1000, 300, 1, "harary", 38, 4},
		{500, 150, 5, "harary", 46, 8},
	}
	for _, tc := range tests {
		g, err := PlanGraph(tc.n, tc.d, tc.c)
		if err != nil {
			t.Fatal(err)
		}
		if g.Kind != tc.kind || g.Degree != tc.k || g.ShareT != tc.shareT {
			t.Errorf("PlanGraph(%d, %d, %d) = %v, want %s k=%d t=%d", tc.n, tc.d, tc.c, g, tc.kind, tc.k, tc.shareT)
		}
		if g.FailureLog2 > FailureLog2Target {
			t.Errorf("PlanGraph(%d, %d, %d) fails with 2^%.1f", tc.n, tc.d, tc.c, g.FailureLog2)
		}
	}
	if _, err := PlanGraph(10, 5, 1); err == nil {
		t.Fatal("PlanGraph accepted more dropouts than the threshold allows")
	}
}

// The exact hypergeometric tail against a direct count.
func TestHypTail(t *testing.T) {
	got, _ := hypTail(10, 4, 3, 2).Float64()
	// P[X ≥ 2], X ~ Hyp(10, 4, 3): (C(4,2)C(6,1) + C(4,3)) / C(10,3) = 40/120.
	if math.Abs(got-40.0/120) > 1e-15 {
		t.Fatalf("hypTail = %v", got)
	}
	if lg := log2Rat(hypTail(10, 4, 3, 2)); math.Abs(lg-math.Log2(1.0/3)) > 1e-12 {
		t.Fatalf("log2Rat = %v", lg)
	}
}

// Monte Carlo: random dropout sets never defeat a plan's graph (the bound
// says at most 2^-40 of them do): every survivor set is robust and every
// client keeps ShareT share holders among its neighbours.
func TestPlanGraphSurvivesRandomDropouts(t *testing.T) {
	const n, d, c = 60, 18, 1
	plan, err := PlanGraph(n, d, c)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 2000 {
		g, err := plan.Graph(Session{Round: uint64(trial)}, n)
		if err != nil {
			t.Fatal(err)
		}
		out := map[int]bool{}
		for _, i := range r.Perm(n)[:d] {
			out[i] = true
		}
		var u3 []int
		for i := range n {
			if !out[i] {
				u3 = append(u3, i)
			}
		}
		if !g.Robust(n, u3, c) {
			t.Fatalf("trial %d: survivors not robust", trial)
		}
		for i := range n {
			left := 0
			for _, j := range g.Neighbours(n, i) {
				if !out[j] {
					left++
				}
			}
			if left < plan.ShareT {
				t.Fatalf("trial %d: client %d keeps %d holders, needs %d", trial, i, left, plan.ShareT)
			}
		}
	}
}
