package suffstat

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// linregView fits the regression from a decoded linreg vector. In the
// normalised space the design is x̃ = (1, z_1..z_d) and the normal equations
// are (X̃ᵀX̃ + λ·diag(0,1,..,1)) β = X̃ᵀy, all read from the noised sums.
type linregView struct {
	p               *Layout
	d               int
	ridge           float64
	bVar            []float64 // noise variance of each entry of X̃ᵀy
	sumVar, xxVar   float64   // noise variance of Σz_j and of Σz_j z_k
	sum, xx, xy, yy group
}

// newLinregView reads the layout and the noise stds sd of the vector.
func (p *Layout) newLinregView(sd []float64) linregView {
	v := linregView{p: p, d: len(p.task.Features)}
	v.sum, _ = p.group("sum")
	v.xx, _ = p.group("xx")
	v.xy, _ = p.group("xy")
	v.yy, _ = p.group("yy")
	v.ridge = v.defaultRidge(sd)
	if p.task.Ridge != nil {
		v.ridge = *p.task.Ridge
	}
	v.sumVar, v.xxVar = sd[v.sum.offset]*sd[v.sum.offset], sd[v.xx.offset]*sd[v.xx.offset]
	v.bVar = append(v.bVar, sd[v.sum.offset+v.d]*sd[v.sum.offset+v.d])
	for j := range v.d {
		v.bVar = append(v.bVar, sd[v.xy.offset+j]*sd[v.xy.offset+j])
	}
	return v
}

// decodeLinreg never fails: when the noisy normal equations cannot be
// solved (a singular system: too little data for the noise, or a tiny
// ridge) every figure is reported as undefined with a note, so a job that
// ran always gives its buyer a result.
func (p *Layout) decodeLinreg(res *Release, s, sd []float64) error {
	v := p.newLinregView(sd)
	fit, err := v.fit(s)
	if err != nil {
		fit = nanSlice(v.d + 2)
	}
	var idx []int
	for i := v.sum.offset; i < p.length; i++ {
		idx = append(idx, i)
	}
	stds := deltaStd(func(x []float64) []float64 {
		out, err := v.fit(x)
		if err != nil {
			return nanSlice(len(fit))
		}
		return out
	}, s, sd, idx)
	lr := &LinregResult{Label: p.task.Label, Features: p.task.Features, Ridge: v.ridge,
		Intercept: estimate(fit[0], stds[0]), R2: estimate(fit[v.d+1], stds[v.d+1])}
	for j := range v.d {
		lr.Coefficients = append(lr.Coefficients, estimate(fit[j+1], stds[j+1]))
	}
	if lr.R2.Value > 1 {
		lr.R2.Value, lr.R2.Note = 1, "clamped to 1"
	}
	res.Linreg = lr
	return nil
}

// defaultRidge is 2·sqrt(d+1)·σ: about the spectral norm of the symmetric
// Gaussian noise matrix added to X̃ᵀX̃ (semicircle law), so that the noisy
// normal equations stay positive definite with high probability.
func (v linregView) defaultRidge(sd []float64) float64 {
	return 2 * math.Sqrt(float64(v.d+1)) * math.Max(sd[v.xx.offset], sd[v.sum.offset])
}

// fit returns intercept, coefficients (original units) and R².
func (v linregView) fit(s []float64) ([]float64, error) {
	d, n := v.d, s[slotRows]
	a, b := v.normalEquations(s)
	reg := mat.NewDense(d+1, d+1, nil)
	reg.Copy(a)
	for j := 1; j <= d; j++ {
		reg.Set(j, j, reg.At(j, j)+v.ridge)
	}
	var beta mat.VecDense
	if err := beta.SolveVec(reg, b); err != nil && !errors.As(err, new(mat.Condition)) {
		return nil, fmt.Errorf("suffstat: linreg: the noisy normal equations cannot be solved (%v); a larger \"ridge\" helps", err)
	}
	yy, sy := s[v.yy.offset], s[v.sum.offset+d]
	ridgeTerm := 0.0
	for j := 1; j <= d; j++ {
		ridgeTerm += v.ridge * beta.AtVec(j) * beta.AtVec(j)
	}
	// Plug-in SSE = yᵀy - 2βᵀX̃ᵀy + βᵀX̃ᵀX̃β = yᵀy - βᵀX̃ᵀy - λ|β|², made an
	// estimate of the released model's SSE on the pooled rows by noiseBias.
	sse := yy - mat.Dot(&beta, b) - ridgeTerm + v.noiseBias(reg, &beta)
	sst := yy - (sy*sy-v.bVar[0])/n
	out := make([]float64, d+2)
	label := v.p.cols[d]
	hy, cy := label.half(), label.center()
	out[0] = cy + hy*beta.AtVec(0)
	for j := range d {
		c := v.p.cols[j]
		out[j+1] = hy * beta.AtVec(j+1) / c.half()
		out[0] -= out[j+1] * c.center()
	}
	out[d+1] = 1 - sse/sst
	return out, nil
}

// noiseBias is the first-order bias of the plug-in SSE, which fits the
// noise it was computed from. With β̂ = M b̂, M = (Â + λI')⁻¹, noise e on
// b̂ = X̃ᵀy (covariance Σ_b) and symmetric noise E on Â = X̃ᵀX̃ (entry
// variances v_jl): E[plug-in] ≈ SSE(β̂) - 2 tr(MΣ_b) - 2 E[βᵀEMEβ], and
// E[βᵀEMEβ] = Σ_jl v_jl (β_j β_l M_lj + β_j² M_ll) - Σ_j v_jj β_j² M_jj.
func (v linregView) noiseBias(reg *mat.Dense, beta *mat.VecDense) float64 {
	var m mat.Dense
	if err := m.Inverse(reg); err != nil && !errors.As(err, new(mat.Condition)) {
		return math.NaN()
	}
	bias := 0.0
	for i, vb := range v.bVar {
		bias += 2 * vb * m.At(i, i)
	}
	for j := 0; j <= v.d; j++ {
		bj := beta.AtVec(j)
		for l := 0; l <= v.d; l++ {
			bias += 2 * v.aVar(j, l) * (bj*beta.AtVec(l)*m.At(l, j) + bj*bj*m.At(l, l))
		}
		bias -= 2 * v.aVar(j, j) * bj * bj * m.At(j, j)
	}
	return bias
}

// aVar is the noise variance of entry (j, l) of X̃ᵀX̃: none on the row
// count, the sums' on the first row and column, the cross products' inside.
func (v linregView) aVar(j, l int) float64 {
	switch {
	case j == 0 && l == 0:
		return 0
	case j == 0 || l == 0:
		return v.sumVar
	default:
		return v.xxVar
	}
}

// normalEquations builds X̃ᵀX̃ and X̃ᵀy from the sums.
func (v linregView) normalEquations(s []float64) (*mat.Dense, *mat.VecDense) {
	d := v.d
	a := mat.NewDense(d+1, d+1, nil)
	b := mat.NewVecDense(d+1, nil)
	a.Set(0, 0, s[slotRows])
	b.SetVec(0, s[v.sum.offset+d])
	k := v.xx.offset
	for j := range d {
		a.Set(0, j+1, s[v.sum.offset+j])
		a.Set(j+1, 0, s[v.sum.offset+j])
		b.SetVec(j+1, s[v.xy.offset+j])
		for l := j; l < d; l++ {
			a.Set(j+1, l+1, s[k])
			a.Set(l+1, j+1, s[k])
			k++
		}
	}
	return a, b
}

func nanSlice(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.NaN()
	}
	return out
}
