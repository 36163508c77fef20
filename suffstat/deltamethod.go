package suffstat

import "math"

// deltaStd propagates independent noise (std sd[i] on s[i]) through f to
// first order: sqrt(Σ_i (∂f_k/∂s_i · sd_i)²) for each output k, with
// central differences of step sd_i/1000 over the indexes idx.
func deltaStd(f func([]float64) []float64, s, sd []float64, idx []int) []float64 {
	base := f(s)
	acc := make([]float64, len(base))
	x := append([]float64(nil), s...)
	for _, i := range idx {
		if sd[i] == 0 {
			continue
		}
		h := sd[i] / 1000
		x[i] = s[i] + h
		up := f(x)
		x[i] = s[i] - h
		down := f(x)
		x[i] = s[i]
		for k := range acc {
			g := (up[k] - down[k]) / (2 * h) * sd[i]
			acc[k] += g * g
		}
	}
	for k := range acc {
		acc[k] = math.Sqrt(acc[k])
	}
	return acc
}

// estimate builds a JSON-safe Estimate: a non-finite value or std (a
// degenerate noisy input) is replaced by 0 and said so in Note.
func estimate(value, std float64) Estimate {
	e := Estimate{Value: value, NoiseStd: std}
	if !isFinite(value) {
		e.Value, e.NoiseStd, e.Note = 0, 0, "undefined at the released inputs"
	} else if !isFinite(std) {
		e.NoiseStd, e.Note = 0, "noise std undefined at the released inputs"
	}
	return e
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// scalar adapts a scalar function for deltaStd.
func scalar(f func([]float64) float64) func([]float64) []float64 {
	return func(s []float64) []float64 { return []float64{f(s)} }
}
