package release

import (
	"context"
	"math"
	"testing"
)

// TestNoiseMatchesEachReleasesCalibration runs each mechanism many times on
// rows whose exact answer is known (values on the grid, so rounding adds
// nothing) and checks that the noise actually added has mean 0 and the
// variance the schedule calibrated (σ² = Δ²/(2ρᵢ)), within 5 standard
// errors, and that about 68.3% of it lies within one σ.
func TestNoiseMatchesEachReleasesCalibration(t *testing.T) {
	cases := []struct {
		name, plan string
		rows       [][]float64
		exact      []float64
	}{
		{"count", `{"releases":[{"name":"n","mechanism":"count","function":"f","epsilon":0.5}]}`,
			[][]float64{{1}, {0}, {1}}, []float64{2}},
		{"sum", `{"releases":[{"name":"s","mechanism":"sum","function":"f","epsilon":0.5,"bounds":[-1,1]}]}`,
			[][]float64{{0.5}, {-0.25}, {5}}, []float64{0.5 - 0.25 + 1}},
		{"histogram", `{"releases":[{"name":"h","mechanism":"histogram","function":"f","epsilon":0.5,"edges":[0,1,2]}]}`,
			[][]float64{{0.5}, {1.5}, {7}}, []float64{1, 2}},
		{"vector", `{"releases":[{"name":"v","mechanism":"vector","function":"f","epsilon":0.5,"dim":2,"clip":1}]}`,
			[][]float64{{0.5, 0.5}, {-1, 0}, {0, 0.25}}, []float64{-0.5, 0.75}},
	}
	const trials = 3000
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := mustSchedule(t, tc.plan, 0.5, len(tc.rows))
			st := s.Steps[0]
			if want := st.mech.sensitivity() / math.Sqrt(2*st.Rho); math.Abs(st.Sigma-want) > 1e-9*want {
				t.Fatalf("σ = %v, want Δ/√(2ρ) = %v", st.Sigma, want)
			}
			rng := seed(7)
			var sum, sum2 float64
			var within, n int
			for k := 0; k < trials; k++ {
				got, err := Run(context.Background(), s, tc.rows, &fixedCaller{}, rng)
				if err != nil {
					t.Fatal(err)
				}
				for i, v := range got[0].Values {
					z := (v - tc.exact[i]) / st.NoiseScale
					sum, sum2, n = sum+z, sum2+z*z, n+1
					if math.Abs(z) <= 1 {
						within++
					}
				}
			}
			mean, variance := sum/float64(n), sum2/float64(n)-(sum/float64(n))*(sum/float64(n))
			if math.Abs(mean) > 5/math.Sqrt(float64(n)) {
				t.Errorf("noise mean %v σ, want 0 (±%v)", mean, 5/math.Sqrt(float64(n)))
			}
			if math.Abs(variance-1) > 5*math.Sqrt(2/float64(n)) {
				t.Errorf("noise variance %v σ², want 1 (±%v)", variance, 5*math.Sqrt(2/float64(n)))
			}
			// P(|Z| ≤ 1) for N_Z(0, σ²) with σ ≥ 3 is 0.6827 ± 0.02.
			if f := float64(within) / float64(n); st.Sigma >= 3 && math.Abs(f-0.6827) > 0.02+5*math.Sqrt(0.22/float64(n)) {
				t.Errorf("%.4f of the noise within one σ, want about 0.6827", f)
			}
		})
	}
}
