package stats

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/prio"
	"pgregory.net/rapid"
)

// aggregate runs the owners' measurements through both nodes (prio) and
// returns the unsharded released figures; noise, if not nil, is added by
// each node.
func aggregate(t testing.TB, p *Plan, owners [][][]float64, noise func() [][]int64) [][]int64 {
	t.Helper()
	s, err := prio.NewScheme([]byte("stats test"), p.Blocks())
	if err != nil {
		t.Fatal(err)
	}
	vk := prio.DeriveVerifyKey(nil, []byte("l"), []byte("h"))
	var nodes [2]*prio.Aggregator
	for r := range nodes {
		nodes[r], _ = prio.NewAggregator(s, prio.Role(r), vk)
	}
	for o, values := range owners {
		meas, err := p.Encode(values)
		if err != nil {
			t.Fatal(err)
		}
		totals := p.Totals(len(values[0]))
		sub, err := s.Shard(uint32(o), meas, totals, nil)
		if err != nil {
			t.Fatal(err)
		}
		nodes[0].Receive(uint32(o), totals, sub.Leader)
		nodes[1].Receive(uint32(o), totals, sub.Helper)
	}
	var preps, opens [2][]byte
	for r, a := range nodes {
		preps[r], _ = a.PrepMessage()
	}
	for r, a := range nodes {
		opens[r], _ = a.Verify(preps[1-r])
	}
	var shares [2]*prio.AggregateShare
	for r, a := range nodes {
		if err := a.Check(opens[1-r]); err != nil || len(a.Rejected()) != 0 {
			t.Fatalf("node %d: %v, rejected %v", r, err, a.Rejected())
		}
		shares[r], _ = a.Aggregate()
		if noise != nil {
			for b, z := range noise() {
				if err := shares[r].AddNoise(b, z); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	out, err := s.Unshard(shares[0], shares[1])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func testColumns() []Column {
	return []Column{
		{Name: "age", Lo: 0, Hi: 100, Edges: []float64{0, 20, 40, 60, 80, 100}},
		{Name: "bmi", Lo: 10, Hi: 50},
	}
}

func randomOwner(rng *rand.Rand, rows int) [][]float64 {
	age, bmi := make([]float64, rows), make([]float64, rows)
	for i := range rows {
		age[i], bmi[i] = rng.Float64()*120-10, 15+rng.Float64()*30
	}
	return [][]float64{age, bmi}
}

// Without noise, the figures are the plaintext ones on the clipped values,
// up to the grid: sums within rows/(2Q) of the range, counts exact.
func TestFiguresMatchPlaintextWithoutNoise(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	owners := [][][]float64{randomOwner(rng, 50), randomOwner(rng, 80), randomOwner(rng, 7)}
	rows := []int{50, 80, 7}
	p, err := NewPlan(testColumns(), []string{"count", "sum", "mean", "var", "std", "hist"}, rows, 1, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Decode(aggregate(t, p, owners, nil), 3, 137, 1, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	for j, c := range testColumns() {
		var sum, sq float64
		var raw []float64
		for _, o := range owners {
			for _, x := range o[j] {
				v := min(max(x, c.Lo), c.Hi)
				sum, sq = sum+v, sq+v*v
				raw = append(raw, x)
			}
		}
		n, h := 137.0, c.Hi-c.Lo
		mean := sum / n
		tol := n * h / (2 * Grid)
		got := res.Columns[j]
		if math.Abs(got.Sum.Value-sum) > tol || math.Abs(got.Mean.Value-mean) > tol/n {
			t.Errorf("%s: sum %g mean %g, want %g %g (±%g)", c.Name, got.Sum.Value, got.Mean.Value, sum, mean, tol)
		}
		if v := sq/n - mean*mean; math.Abs(got.Var.Value-v) > 3*h*h/Grid {
			t.Errorf("%s: var %g, want %g", c.Name, got.Var.Value, v)
		}
		if c.Edges != nil {
			want := make([]float64, len(c.Edges)-1)
			for _, x := range raw { // bins count raw values: outside the edges, no bin
				if b := c.bin(x); b < len(want) {
					want[b]++
				}
			}
			for b := range want {
				if got.Hist.Counts[b] != want[b] {
					t.Errorf("%s: bin %d count %g, want %g", c.Name, b, got.Hist.Counts[b], want[b])
				}
			}
		}
	}
}

// Each compute node's noise has the group's σ; the released figures carry
// both: over 300 seeded runs, each figure's variance is 2σ² (in grid
// steps), within 5 standard errors, and the reported noise std says so.
func TestReleasedNoiseIsBothNodesFullSigma(t *testing.T) {
	rows := []int{40, 40}
	p, err := NewPlan(testColumns(), []string{"mean", "var", "hist"}, rows, 2, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	owners := [][][]float64{randomOwner(rng, 40), randomOwner(rng, 40)}
	clean := aggregate(t, p, owners, nil)
	s := dp.NewSampler(&seeded{rng: rand.New(rand.NewPCG(5, 6))})
	const runs = 300
	var sum2 [][]float64
	for b := range clean {
		sum2 = append(sum2, make([]float64, len(clean[b])))
	}
	for range runs {
		noisy := aggregate(t, p, owners, func() [][]int64 { z, _ := p.Noise(s); return z })
		for b := range noisy {
			for i := range noisy[b] {
				d := float64(noisy[b][i] - clean[b][i])
				sum2[b][i] += d * d
			}
		}
	}
	check := func(b, i int, g Group) {
		want := 2 * math.Pow(g.Sigma*p.scale(g.Name), 2)
		got := sum2[b][i] / runs
		if math.Abs(got-want) > 5*want*math.Sqrt(2.0/runs) {
			t.Errorf("block %d figure %d (%s): noise variance %.4g, want 2σ² = %.4g", b, i, g.Name, got, want)
		}
		if math.Abs(g.NoiseStd-math.Sqrt2*g.Sigma) > 1e-12 {
			t.Errorf("%s: reported noise std %g, want √2σ = %g", g.Name, g.NoiseStd, math.Sqrt2*g.Sigma)
		}
	}
	check(0, 0, p.group("sum"))
	check(0, 2, p.group("sumsq"))
	check(1, 3, p.group("hist"))
}

type seeded struct{ rng *rand.Rand }

func (s *seeded) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = byte(s.rng.Uint32())
	}
	return len(b), nil
}

// Whatever an owner's values (NaN, infinities, anything out of range), its
// measurement satisfies the constraints the nodes check, so an honest owner
// is never rejected; and replacing one row moves each sum entry by at most
// Q and at most two histogram counts by one.
func TestEncodingAlwaysValidAndOneRowMovesLittle(t *testing.T) {
	p, err := NewPlan(testColumns(), []string{"var", "hist"}, []int{12}, 1, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	value := rapid.OneOf(rapid.Float64(), rapid.SampledFrom([]float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, 100, 20, 1e300}))
	rapid.Check(t, func(t *rapid.T) {
		vals := [][]float64{rapid.SliceOfN(value, 12, 12).Draw(t, "age"), rapid.SliceOfN(value, 12, 12).Draw(t, "bmi")}
		meas, err := p.Encode(vals)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := prio.NewScheme([]byte("x"), p.Blocks())
		if _, err := s.Shard(0, meas, p.Totals(12), nil); err != nil {
			t.Fatalf("honest owner's measurement refused: %v", err)
		}
		i := rapid.IntRange(0, 11).Draw(t, "row")
		vals[0][i], vals[1][i] = value.Draw(t, "new age"), value.Draw(t, "new bmi")
		other, _ := p.Encode(vals)
		for k := 0; k < len(meas[0]); k += 2 {
			if d := int64(meas[0][k]) - int64(other[0][k]); d > Grid || d < -Grid {
				t.Fatalf("sum entry %d moved by %d > Q", k, d)
			}
		}
		moved := int64(0)
		for k := range meas[1] {
			moved += abs(int64(meas[1][k]) - int64(other[1][k]))
		}
		if moved > 2 {
			t.Fatalf("histogram counts moved by %d in all", moved)
		}
	})
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestPlanRefusals(t *testing.T) {
	cols := testColumns()
	for name, tc := range map[string]struct {
		cols  []Column
		stats []string
	}{
		"corr":          {cols, []string{"corr"}},
		"unknown":       {cols, []string{"median"}},
		"hist no edges": {[]Column{{Name: "x", Lo: 0, Hi: 1}}, []string{"hist"}},
		"empty range":   {[]Column{{Name: "x", Lo: 1, Hi: 1}}, []string{"mean"}},
		"bad edges":     {[]Column{{Name: "x", Lo: 0, Hi: 1, Edges: []float64{0, 0}}}, []string{"hist"}},
	} {
		if _, err := NewPlan(tc.cols, tc.stats, []int{10}, 1, 1e-6); !errors.Is(err, ErrPlan) {
			t.Errorf("%s: %v, want ErrPlan", name, err)
		}
	}
	if _, err := NewPlan(cols, []string{"mean"}, []int{10}, 1e-9, 1e-6); !errors.Is(err, ErrPlan) {
		t.Errorf("tiny ε: %v, want ErrPlan", err)
	}
}

func TestBinEdges(t *testing.T) {
	c := testColumns()[0] // edges 0, 20, 40, 60, 80, 100; bin 5 is "outside"
	for x, want := range map[float64]int{0: 0, 19.999: 0, 20: 1, 59.5: 2, 80: 4, 100: 4, 100.001: 5, -0.001: 5, math.NaN(): 5, math.Inf(1): 5} {
		if got := c.bin(x); got != want {
			t.Errorf("bin(%g) = %d, want %d", x, got, want)
		}
	}
}

// One compute node's noise alone has the full σ of its group (the buyer
// colluding with the other node sees the aggregate with this noise only).
func TestOneNodesNoiseHasTheFullSigma(t *testing.T) {
	p, err := NewPlan(testColumns(), []string{"mean", "var", "hist"}, []int{40}, 2, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	s := dp.NewSampler(&seeded{rng: rand.New(rand.NewPCG(7, 8))})
	const runs = 2000
	var sum2 [3]float64 // first figure of sum, sumsq, hist
	for range runs {
		z, err := p.Noise(s)
		if err != nil {
			t.Fatal(err)
		}
		for k, x := range []int64{z[0][0], z[0][2], z[1][0]} {
			sum2[k] += float64(x * x)
		}
	}
	for k, name := range []string{"sum", "sumsq", "hist"} {
		g := p.group(name)
		want := math.Pow(g.Sigma*p.scale(name), 2)
		if got := sum2[k] / runs; math.Abs(got-want) > 5*want*math.Sqrt(2.0/runs) {
			t.Errorf("%s: one node's noise variance %.4g, want σ² = %.4g", name, got, want)
		}
	}
}
