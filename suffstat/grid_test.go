package suffstat

import (
	"errors"
	"math"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
)

// gridFor picks the finest grid on which the noise share fits the exact
// sampler and an owner's sum fits an int64, with the share at least 2^10
// grid steps wide (where the distributed discrete Gaussian's τ is 0), and
// refuses what no grid fits.
func TestGridFor(t *testing.T) {
	for _, tc := range []struct {
		sigma float64
		rows  int
		grid  int
	}{
		{1, 442, 40}, {1e-3, 442, 40}, {1e4, 442, 38}, {1, 1 << 30, 31}, {1, 1 << 40, 21}, {1 << 40, 1, 12},
	} {
		g, err := gridFor(tc.sigma, tc.rows)
		if err != nil || g != tc.grid {
			t.Errorf("gridFor(%g, %d) = %d, %v; want %d", tc.sigma, tc.rows, g, err, tc.grid)
			continue
		}
		s := math.Ldexp(tc.sigma, g)
		if s < minGridSigma || s > dp.MaxDiscreteSigma || float64(tc.rows)*math.Ldexp(1, g) > 1<<62 {
			t.Errorf("gridFor(%g, %d) = %d: share %g grid steps, sums up to %g", tc.sigma, tc.rows, g, s, float64(tc.rows)*math.Ldexp(1, g))
		}
		if tau := (dp.DistributedGaussian{L2Sensitivity: 1, Dim: 1, Shares: 1024, Rounds: 1}).Tau(s); tau != 0 {
			t.Errorf("τ = %g at %g grid steps", tau, s)
		}
	}
	for _, tc := range []struct {
		sigma float64
		rows  int
	}{{1e-10, 442}, {1e13, 10}, {math.Inf(1), 1}, {math.NaN(), 1}, {0, 1}, {1, 1<<40 + 1}, {1, -1}} {
		if _, err := gridFor(tc.sigma, tc.rows); !errors.Is(err, errGrid) {
			t.Errorf("gridFor(%g, %d): %v, want a refusal", tc.sigma, tc.rows, err)
		}
	}
}

// A clipping range whose half-width is not a normal float64 cannot be
// normalised: refused, naming the column.
func TestNarrowRangeRefused(t *testing.T) {
	meta := &dataset.Metadata{Version: 1, Title: "t", Rows: 3, Columns: []dataset.ColumnMeta{{Name: "x", Type: "real", Bounds: &dataset.Bounds{Lo: 0, Hi: 1e-310}}}}
	_, err := NewLayout([]byte(`{"type":"stats","columns":["x"],"stats":["mean"]}`), []*dataset.Metadata{meta}, defaultPrivacy)
	if !errorContains(err, `column "x"`) || !errorContains(err, "too narrow") {
		t.Fatalf("error %v", err)
	}
}

// Rounding a row's figures to the grid keeps them in range, so the
// sensitivities hold, and the encoded sum is exact: integer arithmetic.
func TestContributionIsExactOnTheGrid(t *testing.T) {
	_, meta := loadDataset(t, "diabetes")
	plan, err := NewLayout([]byte(validSpecs[0]), repeatMeta(meta, 3), defaultPrivacy)
	if err != nil {
		t.Fatal(err)
	}
	tab, _ := loadDataset(t, "diabetes")
	c, err := withoutNoise(plan).EncodeContribution(tab, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range plan.groups {
		for i := g.offset; i < g.offset+g.len; i++ {
			bound := int64(tab.Len()) << g.grid // every row contributes at most 1 in magnitude
			if c.data[i] > bound || c.data[i] < -bound || c.grids[i] != g.grid {
				t.Errorf("%s[%d] = %d on grid %d, beyond %d rows", g.name, i-g.offset, c.data[i], c.grids[i], tab.Len())
			}
		}
	}
	if c.data[slotRows] != int64(tab.Len()) || c.data[slotOwners] != 1 || c.grids[slotRows] != 0 {
		t.Errorf("counts %d rows, %d owners", c.data[slotRows], c.data[slotOwners])
	}
}
