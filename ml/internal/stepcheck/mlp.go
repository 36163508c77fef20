package main

import (
	"crypto/sha256"
	"math"
	"math/rand/v2"

	"github.com/veil-market/veil/ml"
)

// mlpTrajectory trains a small MLP for 60 rounds the way an owner and
// everyone after it do: per-example gradients clipped (ml.ClipEach), summed,
// moved to the integer grid, unscaled and stepped with Adam. The rows are
// generated from a seeded PCG through integer arithmetic only, so the
// inputs are the same bits on every platform; equal digests then mean the
// MLP's forward pass, gradient and update are bit-exact.
func mlpTrajectory() ([32]byte, error) {
	const features, hidden, classes, rows = 8, 16, 3, 64
	r := rand.New(rand.NewPCG(15, 2026))
	data := make([]ml.Example, rows)
	for i := range data {
		x := make([]float64, features)
		for j := range x {
			x[j] = float64(r.IntN(2001)-1000) / 1000
		}
		data[i] = ml.Example{X: x, Y: float64(r.IntN(classes))}
	}
	l := ml.MLP{Features: features, Hidden: hidden, Classes: classes}
	params := ml.InitMLP(l, [32]byte{15})
	cfg := ml.DefaultTrainConfig(ml.TypeSoftmax)
	opt, err := ml.NewOptimizer(cfg, l.NumParams())
	if err != nil {
		return [32]byte{}, err
	}
	h := sha256.New()
	for range 60 {
		total := make([]int64, l.NumParams())
		err := ml.ClipEach(l, params, data, cfg.Clip, func(g []float64) {
			for i, v := range g {
				total[i] += int64(math.Round(float64(v * cfg.Gamma)))
			}
		})
		if err != nil {
			return [32]byte{}, err
		}
		sum, err := ml.UnscaleSum(total, cfg.Gamma)
		if err != nil {
			return [32]byte{}, err
		}
		if err := opt.Step(params, sum, rows); err != nil {
			return [32]byte{}, err
		}
		h.Write(ml.CanonicalParams(params))
	}
	return [32]byte(h.Sum(nil)), nil
}
