package secagg

import (
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// sparseParams is an aggregation of n clients on the Harary graph PlanGraph
// picks for d dropouts and c colluders.
func sparseParams(t testing.TB, n, d, c, modBits, l int) (Params, GraphPlan) {
	t.Helper()
	plan, err := PlanGraph(n, d, c)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Kind != "harary" {
		t.Fatalf("PlanGraph(%d, %d, %d) = %v, want a sparse graph", n, d, c, plan)
	}
	p, err := plan.Params(testSession(9), n, Threshold(n, c), c)
	if err != nil {
		t.Fatal(err)
	}
	p.ModBits, p.VectorLen = modBits, l
	return p, plan
}

func TestHararyGraphShape(t *testing.T) {
	g, err := NewHararyGraph(50, 8, HararySeed(testSession(1), 50, 8))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkGraph(g, 50, 9); err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		if nb := g.Neighbours(50, i); len(nb) != 8 {
			t.Fatalf("client %d has %d neighbours, want 8", i, len(nb))
		}
	}
	again, _ := NewHararyGraph(50, 8, HararySeed(testSession(1), 50, 8))
	other, _ := NewHararyGraph(50, 8, HararySeed(testSession(2), 50, 8))
	if !slices.Equal(g.at, again.at) || slices.Equal(g.at, other.at) {
		t.Fatal("the graph is not a function of the session alone")
	}
	for _, bad := range [][2]int{{3, 2}, {10, 3}, {10, 9}, {10, 0}} {
		if _, err := NewHararyGraph(bad[0], bad[1], [32]byte{}); !errors.Is(err, ErrParams) {
			t.Errorf("NewHararyGraph(%d, %d) = %v, want ErrParams", bad[0], bad[1], err)
		}
	}
}

// The seed's permutation is uniform: over many seeds, client 0 lands on
// each of 8 places equally often (χ², 7 degrees of freedom).
func TestHararyPlacesAreUniform(t *testing.T) {
	const n, draws = 8, 8000
	var count [n]int
	for s := range draws {
		g, err := NewHararyGraph(n, 2, HararySeed(Session{Round: uint64(s)}, n, 2))
		if err != nil {
			t.Fatal(err)
		}
		count[g.place[0]]++
	}
	chi2, want := 0.0, float64(draws)/n
	for _, c := range count {
		chi2 += (float64(c) - want) * (float64(c) - want) / want
	}
	if chi2 > 30 { // P(χ²₇ > 30) ≈ 1e-4
		t.Fatalf("χ² = %.1f over places %v", chi2, count)
	}
}

// Robust agrees with brute force: remove every set of at most c members
// and check the rest is connected (breadth-first search).
func TestRobustMatchesBruteForce(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(4, 13).Draw(t, "n")
		k := 2 * rapid.IntRange(1, (n-2)/2).Draw(t, "half")
		g, err := NewHararyGraph(n, k, [32]byte{byte(rapid.IntRange(0, 255).Draw(t, "seed"))})
		if err != nil {
			t.Fatal(err)
		}
		var members []int
		for i := range n {
			if rapid.Bool().Draw(t, "in") {
				members = append(members, i)
			}
		}
		c := rapid.IntRange(0, 3).Draw(t, "c")
		if got, want := g.Robust(n, members, c), bruteRobust(g, n, members, c); got != want {
			t.Fatalf("Robust(%v, c=%d) = %v, brute force says %v (places %v)", members, c, got, want, g.place)
		}
	})
}

func bruteRobust(g Graph, n int, members []int, c int) bool {
	if len(members) <= c {
		return false
	}
	var rec func(start int, removed []int) bool
	rec = func(start int, removed []int) bool {
		if !connectedWithout(g, n, members, removed) {
			return false
		}
		if len(removed) == c {
			return true
		}
		for j := start; j < len(members); j++ {
			if !rec(j+1, append(slices.Clone(removed), members[j])) {
				return false
			}
		}
		return true
	}
	return rec(0, nil)
}

func connectedWithout(g Graph, n int, members, removed []int) bool {
	left := map[int]bool{}
	for _, m := range members {
		if !slices.Contains(removed, m) {
			left[m] = true
		}
	}
	if len(left) == 0 {
		return true
	}
	var start int
	for m := range left {
		start = m
		break
	}
	seen, queue := map[int]bool{start: true}, []int{start}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, v := range g.Neighbours(n, u) {
			if left[v] && !seen[v] {
				seen[v] = true
				queue = append(queue, v)
			}
		}
	}
	return len(seen) == len(left)
}

// SecAgg+ sums exactly with up to the tolerated dropouts, at any step,
// for both kinds of vector; clients get only their neighbourhood's keys.
func TestSecAggPlusSumsExactlyWithDropouts(t *testing.T) {
	const n, d, c = 40, 12, 1
	p, plan := sparseParams(t, n, d, c, 20, 64)
	segs := segmentParams(n, p.T, 21)
	ps := p
	ps.ModBits, ps.VectorLen, ps.Segments = 0, segs.VectorLen, segs.Segments
	for trial := range 3 {
		r := testRand(uint64(100 + trial))
		drop := Dropouts{}
		for _, i := range rand.New(r).Perm(n)[:d] {
			drop[i] = []Step{StepShareKeys, StepMaskedInputCollection, StepConsistencyCheck, StepUnmasking}[int(r.Uint64()%4)]
		}
		for _, q := range []Params{p, ps} {
			inputs := randomVectors(r, q)
			res, err := RunInProcess(q, testSession(9), inputs, drop, InProcessOptions{Rand: r})
			if err != nil {
				t.Fatalf("trial %d (%v): %v", trial, plan, err)
			}
			if !slices.Equal(res.Sum, plainVectorSum(q, inputs, res.Survivors)) {
				t.Fatalf("trial %d: wrong sum over %v", trial, res.Survivors)
			}
			if m := res.ClientStats[res.Survivors[0]].MaskBytes; m > int64(plan.Degree+1)*q.termBytes() {
				t.Fatalf("a client expanded %d mask bytes, more than k + 1 = %d masks", m, plan.Degree+1)
			}
		}
	}
}

// The opening works on the sparse graph: every client that got the full
// key broadcast recomputes the server's sum; one that got only its
// neighbourhood's keys is told it cannot.
func TestSecAggPlusOpening(t *testing.T) {
	p, _ := sparseParams(t, 30, 6, 1, 16, 32)
	r := testRand(5)
	inputs := randomVectors(r, p)
	drop := Dropouts{3: StepMaskedInputCollection, 17: StepMaskedInputCollection}
	res, err := RunInProcess(p, testSession(9), inputs, drop, InProcessOptions{Rand: r, Verify: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Verified) != 28 {
		t.Fatalf("%d clients verified the sum, want 28", len(res.Verified))
	}
	h := newHarness(t, p, 6)
	h.runAll(true)
	opening, err := h.server.Opening()
	h.must(err)
	if _, err := h.clients[0].VerifySum(opening); !errors.Is(err, ErrWrongStep) {
		t.Fatalf("VerifySum with neighbourhood keys = %v, want ErrWrongStep", err)
	}
}

// runAll runs every step with every client (neighbourhood keys when
// sparse) and sums.
func (h *harness) runAll(sparse bool) {
	h.t.Helper()
	h.shareKeys(sparse)
	h.unmaskAll(h.consistency(all(h.p.N), h.maskInputs(all(h.p.N))), all(h.p.N))
	_, _, err := h.server.Sum()
	h.must(err)
}

// unmaskAll runs step 5 for the given clients.
func (h *harness) unmaskAll(req []byte, who []int) {
	h.t.Helper()
	for _, i := range who {
		msg, err := h.clients[i].Unmask(req)
		h.must(err)
		h.must(h.server.AddUnmasking(msg))
	}
}

// A 100-client round as the fl engine would run it for a 100-owner job with
// d = 10, c = 1: PlanGraph's sparse graph (k = 12), 10 clients dropping
// mid-round (after ShareKeys), the exact sum over the other 90.
func TestSecAggPlusHundredClientsTenDrop(t *testing.T) {
	const n, d, c = 100, 10, 1
	p, plan := sparseParams(t, n, d, c, 32, 31)
	p.T = RoundThreshold(n, n, d, c)
	if plan.Degree != 12 {
		t.Fatalf("plan %v, want k = 12", plan)
	}
	r := testRand(100)
	drop := Dropouts{}
	for _, i := range rand.New(r).Perm(n)[:d] {
		drop[i] = StepMaskedInputCollection
	}
	inputs := randomVectors(r, p)
	res, err := RunInProcess(p, testSession(9), inputs, drop, InProcessOptions{Rand: r})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Survivors) != n-d || !slices.Equal(res.Sum, plainVectorSum(p, inputs, res.Survivors)) {
		t.Fatalf("%d survivors, sum exact: %v", len(res.Survivors), slices.Equal(res.Sum, plainVectorSum(p, inputs, res.Survivors)))
	}
}
