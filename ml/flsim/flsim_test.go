package flsim_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/ml/flsim"
)

func TestNoNoiseAtInfiniteEpsilon(t *testing.T) {
	e := newExperiment(t, breastCancer, 1, false)
	res, err := flsim.Train(flsim.Run{Model: e.model, Owners: e.owners, Config: ml.DefaultTrainConfig(ml.TypeLogistic),
		Privacy: flsim.DefaultPrivacy(math.Inf(1)), Random: rand.NewChaCha8(seedBytes(1))})
	must(t, err)
	if res.ShareSigma != 0 || res.Model.Training.Epsilon != 0 {
		t.Errorf("share sigma %v, training info %+v: want no noise and no ε claimed", res.ShareSigma, res.Model.Training)
	}
	met, err := ml.Evaluate(res.Model, e.test, "")
	must(t, err)
	if met.Accuracy < 0.9 { // 0.937 on this split; 0.961 is the mean over 40 splits
		t.Errorf("noise-free accuracy %.4f, want >= 0.9", met.Accuracy)
	}
}

func TestTrainIsReproducible(t *testing.T) {
	e := newExperiment(t, breastCancer, 2, true)
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	cfg.Rounds = 5
	digest := func() [32]byte {
		res, err := flsim.Train(flsim.Run{
			Model: e.model, Owners: e.owners, Config: cfg, Privacy: flsim.DefaultPrivacy(1),
			Random: rand.NewChaCha8(seedBytes(7)),
		})
		must(t, err)
		return ml.ParamsDigest(res.Model.Params())
	}
	if a, b := digest(), digest(); a != b {
		t.Errorf("two runs with the same randomness differ: %x, %x", a, b)
	}
}

// TestNoiseScale recomputes each accountant's share σ for one round of the
// default logistic run at ε = 1 from dp's functions.
func TestNoiseScale(t *testing.T) {
	e := newExperiment(t, breastCancer, 3, false)
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	cfg.Rounds = 1
	// Δ = 2·C·γ + 2√d = 2·1024 + 2√31; three owners, one colluder: two honest shares.
	sens := 2*cfg.Clip*cfg.Gamma + 2*math.Sqrt(31)
	z, err := dp.CalibrateNoiseMultiplier(1, 1e-5, 1, 1, dp.Classic)
	must(t, err)
	ddg, err := dp.DistributedGaussian{L2Sensitivity: sens, Dim: 31, Shares: 2, Rounds: 1}.ShareSigma(1, 1e-5)
	must(t, err)
	for _, tt := range []struct {
		acct      flsim.Accountant
		wantSigma float64
	}{
		{flsim.ClassicRDP, z * sens / math.Sqrt(2)},
		{flsim.DistributedDiscreteGaussian, ddg},
	} {
		privacy := flsim.DefaultPrivacy(1)
		privacy.Accountant = tt.acct
		res, err := flsim.Train(flsim.Run{Model: e.model, Owners: e.owners, Config: cfg, Privacy: privacy,
			Random: rand.NewChaCha8(seedBytes(1))})
		must(t, err)
		if math.Abs(res.ShareSigma-tt.wantSigma) > 1e-9*tt.wantSigma {
			t.Errorf("%v: share sigma %v, want %v", tt.acct, res.ShareSigma, tt.wantSigma)
		}
		if got := res.ShareSigma * math.Sqrt(2) / sens; math.Abs(res.NoiseMultiplier-got) > 1e-9*got {
			t.Errorf("%v: noise multiplier %v, want %v", tt.acct, res.NoiseMultiplier, got)
		}
		if info := res.Model.Training; info.Epsilon != 1 || info.Owners != 3 || info.Accountant != tt.acct.String() {
			t.Errorf("%v: training info %+v", tt.acct, info)
		}
	}
}

func TestTrainRefusesBadRuns(t *testing.T) {
	e := newExperiment(t, breastCancer, 1, false)
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	tests := map[string]flsim.Run{
		"no owners":     {Model: e.model, Config: cfg, Privacy: flsim.DefaultPrivacy(1)},
		"no model":      {Owners: e.owners, Config: cfg, Privacy: flsim.DefaultPrivacy(1)},
		"bad config":    {Model: e.model, Owners: e.owners, Privacy: flsim.DefaultPrivacy(1)},
		"zero epsilon":  {Model: e.model, Owners: e.owners, Config: cfg, Privacy: flsim.DefaultPrivacy(0)},
		"all colluding": {Model: e.model, Owners: e.owners, Config: cfg, Privacy: flsim.Privacy{Epsilon: 1, Delta: 1e-5, Colluders: 3}},
	}
	narrow, err := e.test.Select([]string{"mean_radius", "benign"})
	must(t, err)
	tests["missing column"] = flsim.Run{Model: e.model, Owners: []*dataset.Table{narrow}, Config: cfg, Privacy: flsim.DefaultPrivacy(1)}
	for name, run := range tests {
		if _, err := flsim.Train(run); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
