// Command stepcheck prints SHA-256 digests of long sequences of ml's parameter
// updates, so that a test can run it natively and under qemu-aarch64 and
// compare: equal digests mean Step and the optimizers are bit-exact across
// amd64 and arm64. Its inputs come from a seeded PCG through integer
// arithmetic and ml.UnscaleSum only, so they are the same bits on every
// platform.
//
// It also prints the digest of a deliberately naive update, written without
// the float64 conversions that forbid fused multiply-add, to show that the
// comparison can fail: on arm64 the compiler fuses it and the digest differs.
package main

import (
	"crypto/sha256"
	"fmt"
	"math/rand/v2"
	"os"

	"github.com/veil-market/veil/ml"
)

const (
	// learningRate is not a power of two: a product with 0.5 is exact, and
	// fused and unfused updates would then agree by accident.
	learningRate = 0.3
	numParams    = 31
	steps        = 500
	totalRows    = 426
	gamma        = 20480
)

func main() {
	if digest, err := mlpTrajectory(); err != nil {
		fmt.Fprintln(os.Stderr, "stepcheck:", err)
		os.Exit(1)
	} else {
		fmt.Printf("mlp %x\n", digest)
	}
	for _, run := range []struct {
		name string
		step func() (func(params, sum []float64) error, error)
	}{
		{"gd", optimizer(ml.OptimizerGD, 0)},
		{"gd-momentum", optimizer(ml.OptimizerGD, 0.9)},
		{"adam", optimizer(ml.OptimizerAdam, 0)},
		{"naive-gd", func() (func(params, sum []float64) error, error) { return naiveStep, nil }},
	} {
		step, err := run.step()
		if err == nil {
			var digest [32]byte
			digest, err = trajectory(step)
			fmt.Printf("%s %x\n", run.name, digest)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "stepcheck:", err)
			os.Exit(1)
		}
	}
}

func optimizer(name string, momentum float64) func() (func(params, sum []float64) error, error) {
	return func() (func(params, sum []float64) error, error) {
		cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
		cfg.Optimizer, cfg.LearningRate, cfg.Momentum = name, learningRate, momentum
		opt, err := ml.NewOptimizer(cfg, numParams)
		if err != nil {
			return nil, err
		}
		return func(params, sum []float64) error { return opt.Step(params, sum, totalRows) }, nil
	}
}

// trajectory applies steps updates to seeded parameters and hashes the
// canonical parameters after every step.
func trajectory(step func(params, sum []float64) error) ([32]byte, error) {
	r := rand.New(rand.NewPCG(2024, 6))
	params := make([]float64, numParams)
	for i := range params {
		params[i] = 2*r.Float64() - 1
	}
	h := sha256.New()
	total := make([]int64, numParams)
	for range steps {
		for i := range total {
			// An integer noisy sum as secure aggregation delivers it.
			total[i] = r.Int64N(2_000_001) - 1_000_000
		}
		sum, err := ml.UnscaleSum(total, gamma)
		if err != nil {
			return [32]byte{}, err
		}
		if err := step(params, sum); err != nil {
			return [32]byte{}, err
		}
		h.Write(ml.CanonicalParams(params))
	}
	return [32]byte(h.Sum(nil)), nil
}

// naiveStep is Step without the conversion: arm64 may compute
// params[i] - lr*mean with one rounding instead of two.
func naiveStep(params, sum []float64) error {
	for i, g := range sum {
		mean := g / totalRows
		params[i] = params[i] - learningRate*mean
	}
	return nil
}
