package dp_test

import (
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/veil-market/veil/dp"
)

// A deterministic source for reproducible examples; production passes nil.
func exampleSource() *rand.ChaCha8 { return rand.NewChaCha8([32]byte{42}) }

func ExampleSampler_DiscreteGaussian() {
	s := dp.NewSampler(exampleSource()) // nil in production: crypto/rand
	noise, err := s.DiscreteGaussianVector(3.5, 6)
	if err != nil {
		panic(err)
	}
	fmt.Println(noise, s.Err())
	// Output: [-2 3 -4 -2 0 2] <nil>
}

func ExampleGaussianSigma() {
	sigma, err := dp.GaussianSigma(1, 1e-5, 1)
	fmt.Printf("%.4f %v\n", sigma, err)
	_, err = dp.GaussianSigma(-1, 1e-5, 1)
	fmt.Println(err)
	// Output:
	// 3.7306 <nil>
	// dp: epsilon must be > 0, got -1
}

func ExampleEpsilonFromRDP() {
	// DP-SGD on MNIST: 60000 examples, batch 256, 60 epochs, noise multiplier 1.12.
	orders := dp.DefaultOrders()
	rdp := dp.RDPSampledGaussian(256.0/60000, 1.12, 14063, orders)
	classic, _, _ := dp.EpsilonFromRDP(rdp, orders, 1e-5, dp.Classic)
	improved, order, _ := dp.EpsilonFromRDP(rdp, orders, 1e-5, dp.Improved)
	fmt.Printf("classic %.2f, improved %.2f at order %v\n", classic, improved, order)
	// Output: classic 2.92, improved 2.52 at order 8.3
}

func ExampleCalibrateNoiseMultiplier() {
	// 30 full-batch rounds (q = 1) at (2, 1e-5)-DP.
	z, err := dp.CalibrateNoiseMultiplier(2, 1e-5, 1, 30, dp.Improved)
	fmt.Printf("%.3f %v\n", z, err)
	// Output: 11.771 <nil>
}

func ExampleShareVariance() {
	// Central σ = 30; 5 owners, up to 1 may drop out and 1 may collude.
	v, err := dp.ShareVariance(30*30, 5, 1, 1)
	fmt.Printf("each owner adds σ = %.2f (%v)\n", math.Sqrt(v), err)
	_, err = dp.ShareVariance(900, 3, 1, 2)
	fmt.Println(err)
	// Output:
	// each owner adds σ = 17.32 (<nil>)
	// dp: no honest share left: n-d-c = 3-1-2 = 0, need >= 1
}

func ExampleZCDPFromEpsDelta() {
	// Split (1, 1e-6)-DP between two Gaussian releases of sensitivity 1.
	rho, _ := dp.ZCDPFromEpsDelta(1, 1e-6)
	sigma := dp.GaussianSigmaForRho(rho/2, 1)
	fmt.Printf("rho %.5f, sigma per release %.3f, total eps %.3f\n", rho, sigma, dp.EpsDeltaFromZCDP(rho, 1e-6))
	// Output: rho 0.02436, sigma per release 6.408, total eps 1.000
}

// Example_distributedDiscreteGaussian runs the fl engine's noise path for one
// round with three owners: clip rows, scale and round each row, sum exactly,
// add a discrete Gaussian share, sum modulo 2^k, decode.
func Example_distributedDiscreteGaussian() {
	const (
		clip, gamma = 1.0, 1 << 16 // row clip norm C, scale γ
		rows, dim   = 100, 4       // rows per owner, model size
		n, d, c     = 3, 0, 1      // owners, drop-outs, colluders
		rounds      = 30
	)
	sens, _ := dp.RoundedSensitivity(2*clip, gamma, dim) // replace-one: 2C
	g := dp.DistributedGaussian{L2Sensitivity: sens, Dim: dim, Shares: n - d - c, Rounds: rounds}
	shareSigma, _ := g.ShareSigma(4, 1e-5)
	rowBound, _ := dp.RowBound(clip, gamma, dim)
	bits, _ := dp.ModulusBits(n, dim, rows*rowBound, shareSigma, 1e-9)

	s := dp.NewSampler(exampleSource())
	sum := make([]uint64, dim) // what secure aggregation computes, modulo 2^bits
	for owner := 0; owner < n; owner++ {
		f, _ := dp.NewFixedPointSum(dim, clip, gamma, exampleSource())
		for range rows {
			f.Add([]float64{0.1, -0.2, 0.3, 0.005}) // one clipped row (norm < C)
		}
		ints := f.Sum()
		noise, _ := s.DiscreteGaussianVector(shareSigma, dim)
		for i := range sum {
			sum[i] += uint64(ints[i] + noise[i])
		}
	}
	mask := uint64(1)<<bits - 1
	decoded := make([]float64, dim)
	for i, v := range sum {
		v &= mask
		if v >= 1<<(bits-1) {
			v -= 1 << bits // back to the signed range
		}
		decoded[i] = float64(int64(v)) / gamma
	}
	eps, _ := g.Epsilon(shareSigma, 1e-5)
	fmt.Printf("ε=%.2f over %d rounds, %d-bit modulus\n", eps, rounds, bits)
	fmt.Printf("noise std per coordinate after decoding: %.1f\n", shareSigma*math.Sqrt(n)/gamma)
	fmt.Println(math.Abs(decoded[0]-30) < 5*shareSigma*math.Sqrt(n)/gamma)
	// Output:
	// ε=4.00 over 30 rounds, 26-bit modulus
	// noise std per coordinate after decoding: 15.5
	// true
}
