package mpc

import (
	"bytes"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/veil-market/veil/engine/mpc/stats"
	"github.com/veil-market/veil/prio"
)

var statsColumns = []stats.Column{
	{Name: "age", Lo: 0, Hi: 100, Edges: []float64{0, 25, 50, 75, 100}},
	{Name: "bmi", Lo: 10, Hi: 50},
}

func ownerData(seed uint64, rows int) [][]float64 {
	rng := rand.New(rand.NewPCG(seed, 1))
	age, bmi := make([]float64, rows), make([]float64, rows)
	for i := range rows {
		age[i], bmi[i] = 20+rng.Float64()*60, 18+rng.Float64()*20
	}
	return [][]float64{age, bmi}
}

// A whole stats job with three honest owners and one that claims more rows
// than it committed (its aggregate is outside its bounds): the liar is
// rejected by both nodes and named in both commitments, every owner builds
// the lead's payload, and the buyer's figures are the honest owners' within
// the noise the result reports.
func TestStatsJobRejectsOutOfBoundsOwner(t *testing.T) {
	rows := []int{60, 80, 70, 50}
	tj := newTestJob(t, rows)
	plan, err := stats.NewPlan(statsColumns, []string{"count", "mean", "std", "hist"}, rows, 4, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	data := map[int][][]float64{0: ownerData(1, 60), 1: ownerData(2, 80), 2: ownerData(3, 70)}
	nodes, owners := tj.stats(t, plan, data, nil)
	// Owner 3 shards 120 rows' worth under a plan for 120 rows: within every
	// range check, outside its public total of 50 rows.
	liarPlan, _ := stats.NewPlan(statsColumns, []string{"count", "mean", "std", "hist"}, []int{120}, 4, 1e-6)
	scheme, _ := prio.NewScheme(tj.jc.binding[:], plan.Blocks())
	meas, _ := liarPlan.Encode(ownerData(4, 120))
	sub, err := scheme.Shard(3, meas, liarPlan.Totals(120), nil)
	if err != nil {
		t.Fatal(err)
	}
	owners[3] = &statsOwner{jc: tj.jc, self: 3, sub: sub, sealed: nodes[0].sealedSize()}
	if errs := tj.runStats(t, nodes, owners); errs[0] != nil || errs[1] != nil {
		t.Fatalf("nodes: %v", errs)
	}
	if !errors.Is(tj.errs[3], ErrRejected) {
		t.Fatalf("the liar's round: %v, want ErrRejected", tj.errs[3])
	}
	lead := tj.lead.payload(tj.jc.binding)
	for o := range 4 {
		if !bytes.Equal(tj.payloads[o], lead) {
			t.Fatalf("owner %d's payload differs from the lead's", o)
		}
	}
	scheme2, _ := prio.NewScheme(tj.jc.binding[:], plan.Blocks())
	res, accepted, rejected, err := tj.jc.decodeStats(lead, plan, scheme2, tj.buyer, 4, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	if len(accepted) != 3 || rejected[3] != ReasonOutOfBounds || res.Count != 210 || res.Owners != 3 {
		t.Fatalf("accepted %v rejected %v count %d owners %d", accepted, rejected, res.Count, res.Owners)
	}
	checkMeans(t, res, data, 210)
}

// checkMeans compares the released means with the plaintext ones of the
// honest owners' (clipped) values, within 6 reported noise stds plus the
// grid's rounding.
func checkMeans(t *testing.T, res *stats.Result, data map[int][][]float64, n float64) {
	t.Helper()
	for j, c := range statsColumns {
		var sum float64
		for _, d := range data {
			for _, x := range d[j] {
				sum += min(max(x, c.Lo), c.Hi)
			}
		}
		got := res.Columns[j].Mean
		if tol := 6*got.NoiseStd + (c.Hi-c.Lo)/65535; math.Abs(got.Value-sum/n) > tol {
			t.Errorf("%s: mean %g ± %g, plaintext %g", c.Name, got.Value, got.NoiseStd, sum/n)
		}
	}
}

// An owner whose share reaches one node only is dropped: absent, not
// rejected, and the figures are the others'.
func TestStatsJobDropsOwnerMissingAtOneNode(t *testing.T) {
	rows := []int{60, 80, 70}
	tj := newTestJob(t, rows)
	tj.jc.timeout = 300 * time.Millisecond
	plan, err := stats.NewPlan([]stats.Column{{Name: "age", Lo: 0, Hi: 100}, statsColumns[1]}, []string{"mean"}, rows, 4, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	data := map[int][][]float64{0: ownerData(1, 60), 1: ownerData(2, 80), 2: ownerData(3, 70)}
	nodes, owners := tj.stats(t, plan, data, nil)
	tj.net.drop[[2]string{"owner2", "helper"}] = true
	if errs := tj.runStats(t, nodes, owners); errs[0] != nil || errs[1] != nil {
		t.Fatalf("nodes: %v", errs)
	}
	c := tj.lead.commits[0]
	if len(c.accepted) != 2 || len(c.rejected) != 0 || len(c.dropped) != 1 || c.dropped[0] != 2 {
		t.Fatalf("accepted %v rejected %v dropped %v", c.accepted, c.rejected, c.dropped)
	}
	scheme, _ := prio.NewScheme(tj.jc.binding[:], plan.Blocks())
	res, _, _, err := tj.jc.decodeStats(tj.lead.payload(tj.jc.binding), plan, scheme, tj.buyer, 4, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	delete(data, 2)
	checkMeans(t, res, data, 140)
}
