package release

import (
	"context"
	"fmt"
	"io"

	"github.com/veil-market/veil/dp"
)

// Caller runs the analysis's per-row function. The sandbox implements it.
type Caller interface {
	// Prepare is called before each release with every value released so far
	// (public). An error means no row can be computed for this release (the
	// module could not be loaded): the release gets its default.
	Prepare(ctx context.Context, released [][]float64) error
	// Call runs function fn on one row and writes the output into out (whose
	// length the plan fixes); false means the call failed (trap, timeout,
	// missing export) and the row counts as the zero contribution.
	Call(ctx context.Context, fn string, row []float64, out []float64) bool
}

// Released is one published release.
type Released struct {
	Name       string    `json:"name"`
	Rep        int       `json:"rep"`
	Mechanism  string    `json:"mechanism"`
	Values     []float64 `json:"values"`
	NoiseScale float64   `json:"noise_scale"` // σ of the noise on each value, in its units
	Epsilon    float64   `json:"epsilon"`
	Default    bool      `json:"default,omitempty"` // the release could not be computed; Values is its default
}

// Run makes the schedule's releases, in order, over rows (every owner's rows
// together; each row holds the plan's input columns). rng supplies the
// noise and the rounding seeds (crypto/rand when nil). The result always has
// exactly one entry per step; an error is returned only for a cancelled
// context or a failed randomness source, never because of a row.
func Run(ctx context.Context, s *Schedule, rows [][]float64, c Caller, rng io.Reader) ([]Released, error) {
	if len(rows) != s.Rows {
		return nil, fmt.Errorf("release: %d rows given, the schedule was checked for %d", len(rows), s.Rows)
	}
	sampler := dp.NewSampler(rng)
	out := make([]Released, 0, len(s.Steps))
	values := make([][]float64, 0, len(s.Steps))
	for i := range s.Steps {
		r, err := s.release(ctx, &s.Steps[i], rows, values, c, rng, sampler)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
		values = append(values, r.Values)
	}
	return out, nil
}

func (s *Schedule) release(ctx context.Context, st *Step, rows, released [][]float64, c Caller, rng io.Reader, sampler *dp.Sampler) (Released, error) {
	r := Released{Name: st.Name, Rep: st.Rep, Mechanism: st.Mechanism, NoiseScale: st.NoiseScale, Epsilon: st.Epsilon}
	sum, err := st.mech.newSum(rng)
	if err != nil {
		return r, fmt.Errorf("release: %s: %w", st.Name, err)
	}
	if c.Prepare(ctx, released) != nil {
		r.Default = true
		r.Values = st.mech.decode(make([]int64, st.Width), s.Rows)
		return r, ctx.Err()
	}
	buf := make([]float64, st.OutLen)
	for _, row := range rows {
		clear(buf)
		ok := c.Call(ctx, st.Function, row, buf)
		sum.add(buf, ok)
	}
	if err := ctx.Err(); err != nil {
		return r, fmt.Errorf("release: %s: %w", st.Name, err)
	}
	noise, err := sampler.DiscreteGaussianVector(st.Sigma, st.Width)
	if err != nil {
		return r, fmt.Errorf("release: %s: drawing noise: %w", st.Name, err)
	}
	noisy := sum.sum()
	for i := range noisy {
		noisy[i] += noise[i]
	}
	r.Values = st.mech.decode(noisy, s.Rows)
	return r, nil
}
