package dp

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// seeded returns a Sampler over a deterministic ChaCha8 stream.
func seeded(seed byte) *Sampler {
	var key [32]byte
	key[0] = seed
	return NewSampler(rand.NewChaCha8(key))
}

// readJSON decodes testdata/name into v.
func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// chiSquareCritical approximates the upper quantile of the chi-square
// distribution with k degrees of freedom at standard-normal level z
// (Wilson–Hilferty; accurate to well under 1% for k >= 5).
func chiSquareCritical(k int, z float64) float64 {
	kf := float64(k)
	c := 2 / (9 * kf)
	return kf * math.Pow(1-c+z*math.Sqrt(c), 3)
}

// chiSquareZ is the standard-normal level of the goodness-of-fit tests: a
// correct sampler fails with probability about 1e-6, and the seeds are fixed.
const chiSquareZ = 4.75

// goodnessOfFit returns Pearson's chi-square statistic of integer samples
// against pmf and its degrees of freedom, lumping every value whose expected
// count is below 5 into one tail bin.
func goodnessOfFit(samples []int64, pmf func(int64) float64) (stat float64, df int) {
	counts := map[int64]int{}
	for _, x := range samples {
		counts[x]++
	}
	n := float64(len(samples))
	tailObserved, tailExpected := float64(len(samples)), n
	bins := 0
	for x := int64(-100000); x <= 100000; x++ {
		e := n * pmf(x)
		if e < 5 {
			continue
		}
		o := float64(counts[x])
		stat += (o - e) * (o - e) / e
		tailObserved -= o
		tailExpected -= e
		bins++
	}
	if tailExpected > 0 {
		stat += (tailObserved - tailExpected) * (tailObserved - tailExpected) / tailExpected
		bins++
	}
	return stat, bins - 1
}

// discreteGaussianPMF returns the exact pmf of N_Z(0, sigma^2) and its
// variance and fourth moment, by summing far into the tails.
func discreteGaussianPMF(sigma float64) (pmf func(int64) float64, variance, fourth float64) {
	limit := int64(40*sigma) + 40
	z, m2, m4 := 0.0, 0.0, 0.0
	for x := -limit; x <= limit; x++ {
		w := math.Exp(-float64(x*x) / (2 * sigma * sigma))
		z += w
		m2 += w * float64(x*x)
		m4 += w * float64(x*x) * float64(x*x)
	}
	pmf = func(x int64) float64 { return math.Exp(-float64(x*x)/(2*sigma*sigma)) / z }
	return pmf, m2 / z, m4 / z
}

// sampleVariance returns the variance of xs around a known mean of 0.
func sampleVariance(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x * x
	}
	return s / float64(len(xs))
}

// varianceTolerance is the half-width at z standard errors of the estimate of
// a variance from n samples of a zero-mean law with the given variance and
// fourth moment: Var(X²) = μ4 - σ⁴, so sd(mean of X²) = sqrt((μ4-σ⁴)/n).
func varianceTolerance(variance, fourth float64, n int, z float64) float64 {
	return z * math.Sqrt((fourth-variance*variance)/float64(n))
}

func relClose(got, want, rel float64) bool {
	return math.Abs(got-want) <= rel*math.Abs(want)
}

func bigInt(x int64) *big.Int { return big.NewInt(x) }
