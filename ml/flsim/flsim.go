// Package flsim runs the fl engine's training mechanism in one process, for
// tuning ml's defaults and measuring the accuracy they reach at each ε
// (docs/fl-accuracy.md). It reproduces the mechanism exactly, only without the
// network and without secure aggregation, which would not change the sum:
//
//   - each owner's discrete Gaussian σ is calibrated by dp for Rounds
//     full-batch releases (q = 1) at (ε, δ) of a sum whose integer L2
//     sensitivity is Δ = dp.RoundedSensitivity(2·Clip, Gamma, dim), so that
//     the n-d-c honest shares alone carry the noise (Privacy.Accountant says
//     how);
//   - each round every owner clips its per-example gradients to Clip
//     (ml.ClipEach), scales each by Gamma, rounds it to integers at random and
//     sums them exactly (dp.FixedPointSum), and adds its discrete Gaussian
//     share to every coordinate;
//   - the integer sum of all owners is unscaled (ml.UnscaleSum) and the
//     optimizer takes one step with the total row count.
//
// It is not a privacy boundary: the simulation sees every owner's rows.
package flsim

import (
	"errors"
	"fmt"
	"io"
	"math"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/ml"
)

// Accountant selects how the noise is calibrated.
type Accountant int

const (
	// DistributedDiscreteGaussian is dp.DistributedGaussian: the RDP of the
	// sum of n-d-c discrete Gaussian shares (Kairouz, Liu, Steinke 2021),
	// integer orders, improved conversion. dp provides it for this mechanism.
	DistributedDiscreteGaussian Accountant = iota
	// ClassicRDP is z = dp.CalibrateNoiseMultiplier(ε, δ, q=1, Rounds,
	// Classic) and a share variance dp.ShareVariance((z·Δ)², n, d, c): the
	// continuous Gaussian's accounting with the classic conversion.
	ClassicRDP
)

func (a Accountant) String() string {
	if a == ClassicRDP {
		return "rdp-classic"
	}
	return "ddg-rdp-improved"
}

// Privacy is the budget and the trust assumptions of a run.
type Privacy struct {
	// Epsilon is the budget; +Inf trains without noise (rounding only).
	Epsilon, Delta float64
	// Dropouts and Colluders are d and c: the n-d-c honest survivors alone
	// carry the full noise variance.
	Dropouts, Colluders int
	Accountant          Accountant
	// SampleRate is q: each owner keeps each row with probability q every
	// round (Poisson sampling, dp.SubsampledDistributedGaussian accounts
	// for it); 0 or 1 is the full batch.
	SampleRate float64
}

// DefaultPrivacy is ε with δ = 1e-5, no dropouts, one colluder and the
// distributed discrete Gaussian accountant.
func DefaultPrivacy(eps float64) Privacy {
	return Privacy{Epsilon: eps, Delta: 1e-5, Colluders: 1}
}

// Run is one federated training job.
type Run struct {
	Model   *ml.Model // initial model: type, features, label, bounds, classes
	Owners  []*dataset.Table
	Config  ml.TrainConfig
	Privacy Privacy
	// Random feeds the rounding and the noise (crypto/rand when nil); a
	// seeded stream makes a run reproducible.
	Random io.Reader
}

// Result is the trained model and the noise that was used.
type Result struct {
	Model           *ml.Model
	NoiseMultiplier float64 // z: std of the honest shares' sum / Δ
	ShareSigma      float64 // each owner's discrete Gaussian σ, integer units
}

// Train runs the mechanism and returns a copy of the model with trained
// weights and its TrainingInfo filled in.
func Train(r Run) (Result, error) {
	m, owners, total, err := prepare(r)
	if err != nil {
		return Result{}, err
	}
	l, _ := m.Learner() // prepare validated the model
	z, shareSigma, err := noiseScale(r, l.NumParams())
	if err != nil {
		return Result{}, err
	}
	opt, err := ml.NewOptimizer(r.Config, l.NumParams())
	if err != nil {
		return Result{}, err
	}
	rounder := ownerRound{cfg: r.Config, learner: l, shareSigma: shareSigma, sampler: dp.NewSampler(r.Random), random: r.Random, rate: r.Privacy.SampleRate}
	batch := total
	if q := r.Privacy.SampleRate; q > 0 && q < 1 {
		batch = max(1, int(math.Round(q*float64(total)))) // the expected batch: public, unlike the kept count
	}
	params := m.Params()
	for round := range r.Config.Rounds {
		sum, err := rounder.aggregate(params, owners)
		if err == nil {
			err = opt.Step(params, sum, batch)
		}
		if err != nil {
			return Result{}, fmt.Errorf("flsim: round %d: %w", round, err)
		}
	}
	if err := m.SetParams(params); err != nil {
		return Result{}, err
	}
	m.Training = trainingInfo(r, z, total)
	return Result{Model: m, NoiseMultiplier: z, ShareSigma: shareSigma}, nil
}

func trainingInfo(r Run, z float64, rows int) *ml.TrainingInfo {
	info := &ml.TrainingInfo{Engine: "fl", Config: r.Config, Rows: rows, Owners: len(r.Owners)}
	if z > 0 {
		info.Epsilon, info.Delta = r.Privacy.Epsilon, r.Privacy.Delta
		info.Accountant, info.NoiseMultiplier = r.Privacy.Accountant.String(), z
	}
	return info
}

// prepare copies the model and turns each owner's table into examples.
func prepare(r Run) (*ml.Model, [][]ml.Example, int, error) {
	if r.Model == nil || len(r.Owners) == 0 {
		return nil, nil, 0, errors.New("flsim: a run needs a model and at least one owner")
	}
	if err := r.Config.Check(); err != nil {
		return nil, nil, 0, err
	}
	m := *r.Model
	m.Weights = append([][]float64(nil), r.Model.Weights...)
	m.Bias = append([]float64(nil), r.Model.Bias...)
	m.Hidden = append([][]float64(nil), r.Model.Hidden...)
	m.HiddenBias = append([]float64(nil), r.Model.HiddenBias...)
	if err := m.Validate(); err != nil {
		return nil, nil, 0, err
	}
	owners := make([][]ml.Example, len(r.Owners))
	total := 0
	for i, t := range r.Owners {
		rows, err := m.Examples(t)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("flsim: owner %d: %w", i, err)
		}
		owners[i], total = rows, total+len(rows)
	}
	if total == 0 {
		return nil, nil, 0, errors.New("flsim: the owners have no rows")
	}
	return &m, owners, total, nil
}

// noiseScale returns z and each owner's share σ; ε = +Inf means no noise.
func noiseScale(r Run, dim int) (z, shareSigma float64, err error) {
	p := r.Privacy
	if math.IsInf(p.Epsilon, 1) {
		return 0, 0, nil
	}
	sens, err := dp.RoundedSensitivity(2*r.Config.Clip, r.Config.Gamma, dim)
	if err != nil {
		return 0, 0, err
	}
	honest := len(r.Owners) - p.Dropouts - p.Colluders
	if p.Accountant == ClassicRDP {
		if z, err = dp.CalibrateNoiseMultiplier(p.Epsilon, p.Delta, 1, r.Config.Rounds, dp.Classic); err != nil {
			return 0, 0, err
		}
		share, err := dp.ShareVariance(z*z*sens*sens, len(r.Owners), p.Dropouts, p.Colluders)
		return z, math.Sqrt(share), err
	}
	if honest < 1 {
		return 0, 0, fmt.Errorf("flsim: no honest share: %d owners, %d dropouts, %d colluders", len(r.Owners), p.Dropouts, p.Colluders)
	}
	if q := p.SampleRate; q > 0 && q < 1 {
		g := dp.SubsampledDistributedGaussian{RowSensitivity: sens / 2, Dim: dim, Shares: honest, Rounds: r.Config.Rounds, Rate: q}
		if shareSigma, err = g.ShareSigma(p.Epsilon, p.Delta); err != nil {
			return 0, 0, err
		}
		return shareSigma * math.Sqrt(float64(honest)) / sens, shareSigma, nil
	}
	g := dp.DistributedGaussian{L2Sensitivity: sens, Dim: dim, Shares: honest, Rounds: r.Config.Rounds}
	if shareSigma, err = g.ShareSigma(p.Epsilon, p.Delta); err != nil {
		return 0, 0, err
	}
	return shareSigma * math.Sqrt(float64(honest)) / sens, shareSigma, nil
}
