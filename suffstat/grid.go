package suffstat

import (
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
)

// The fixed-point grid. Every figure of a noise group g is an integer
// multiple of 2^-f_g: each row's contribution (z, z², z_j·z_k, a bin count)
// is rounded to the grid before it is summed, and each owner adds an exact
// discrete Gaussian N_Z(0, (σ_share·2^f_g)²) in grid units (dp.Sampler,
// Canonne–Kamath–Steinke). Rounding a row's contribution keeps it in the
// same range ([-1, 1] or [0, 1]), so the sensitivities are unchanged, and
// the DP argument is the discrete one of Kairouz–Liu–Steinke (ICML 2021,
// Prop. 14): the sum of m shares N_Z(0, σ²) is (Δ/√m σ + τ√k)²/2-zCDP with
// τ = 10·Σ_{j<m} exp(-2π²σ²·j/(j+1)). We keep σ ≥ minGridSigma grid units,
// where τ underflows to exactly 0, so the zCDP of each group is the
// continuous figure Δ²/(2σ_g²) the layout is calibrated to, with no
// float-rounding or truncation of the noise anywhere.
//
// The grid exponent is as fine as the sampler and the sums allow:
//
//	f_g = min(maxGrid, floor(log2(MaxDiscreteSigma/σ_share)), floor(62 - log2(rows+1)))
//
// so that the noise in grid units fits the sampler and an owner's sum of
// its rows (each at most 2^f_g in magnitude) fits an int64. Decryption is
// exact on the grid: a value V·2^-f is encoded as the integer V·2^(120-f)
// and the encryption noise of up to 1024 honest inputs (below 2^24) is far
// below 2^(120-f-1) ≥ 2^79.
const (
	maxGrid      = 40
	minGridSigma = 1 << 10
	// maxShareSigma bounds the noise std per owner (normalised units): a
	// larger one would make every figure meaningless, and keeping it small
	// keeps the sum of all inputs far below Q/2.
	maxShareSigma = 1 << 40
	// maxJobRows bounds the rows of a job, for the same reason.
	maxJobRows = 1 << 40
)

// errGrid is wrapped by every refusal of gridFor.
var errGrid = errors.New("no fixed-point grid fits")

// gridFor returns f_g for a noise share σ_share (normalised units) in a job
// of `rows` rows in all.
func gridFor(shareSigma float64, rows int) (int, error) {
	switch {
	case !(shareSigma > 0) || math.IsInf(shareSigma, 0):
		return 0, fmt.Errorf("%w: noise share std %v", errGrid, shareSigma)
	case shareSigma > maxShareSigma:
		return 0, fmt.Errorf("%w: noise share std %.3g is above %g: privacy.epsilon is too small to release anything useful", errGrid, shareSigma, float64(maxShareSigma))
	case rows < 0 || rows > maxJobRows:
		return 0, fmt.Errorf("%w: %d rows, at most 2^40", errGrid, rows)
	}
	f := min(maxGrid, int(math.Floor(math.Log2(dp.MaxDiscreteSigma/shareSigma))), 62-bits.Len64(uint64(rows)))
	if s := math.Ldexp(shareSigma, f); s < minGridSigma {
		return 0, fmt.Errorf("%w: a noise share std of %.3g is below 2^10 grid steps on the finest grid 2^-%d: privacy.epsilon is too large", errGrid, shareSigma, f)
	}
	return f, nil
}

// grid returns the exponent of slot i's grid (the owner and row counts are
// integers: grid 0).
func (p *Layout) grid(i int) int {
	for _, g := range p.groups {
		if i >= g.offset && i < g.offset+g.len {
			return g.grid
		}
	}
	return 0
}

// onGrid rounds v·2^f to the nearest integer (ties to even): a row's
// contribution on the grid. |v| ≤ 1 and f ≤ maxGrid, so it is exact.
func onGrid(v float64, f int) int64 { return int64(math.RoundToEven(math.Ldexp(v, f))) }

func totalRows(metas []*dataset.Metadata) int {
	n := 0
	for _, m := range metas {
		if m != nil {
			n += m.Rows
		}
	}
	return n
}
