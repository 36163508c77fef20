package fl

import (
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/spec"
)

// Constants of the mechanism (docs/fl.md).
const (
	roundingBeta    = 1e-6  // per-attempt failure probability of conditional rounding's norm bound
	overflowFailure = 1e-12 // chance that a round's noisy sum wraps modulo 2^k
	roundTimeout    = 30 * time.Second
)

// Setup is the plan of an fl job: what is trained and how much noise each
// owner adds. Engine.Plan computes it from the spec and the datasets' public
// metadata only, so owners, aggregator and buyer all get the same one.
type Setup struct {
	Model           string         `json:"model"`
	Label           string         `json:"label"`
	Features        []string       `json:"features"`
	Params          int            `json:"params"`
	Config          ml.TrainConfig `json:"config"`
	Owners          int            `json:"owners"`
	Dropouts        int            `json:"dropouts"`
	Colluders       int            `json:"colluders"`
	Epsilon         float64        `json:"epsilon"`
	Delta           float64        `json:"delta"`
	Accountant      string         `json:"accountant"`
	Sensitivity     float64        `json:"sensitivity"`      // L2, integer units, replace-one
	ShareSigma      float64        `json:"share_sigma"`      // each owner's discrete Gaussian σ, integer units
	NoiseMultiplier float64        `json:"noise_multiplier"` // honest survivors' noise std / sensitivity
	ModBits         int            `json:"mod_bits"`         // k: secure aggregation works modulo 2^k
	initial         *ml.Model
}

// Plan implements engine.Engine.
func (e Engine) Plan(s *spec.Spec, metas []*dataset.Metadata) (engine.Plan, error) {
	st, err := newSetup(s, metas)
	if err != nil {
		return engine.Plan{}, err
	}
	maxMsg := uint64(1<<20) + uint64(8*st.Params*(st.Config.Rounds+2)) + uint64(512*st.Owners)
	timeout := roundTimeout
	if e.RoundTimeout > 0 {
		timeout = e.RoundTimeout
	}
	return engine.Plan{Rounds: st.Config.Rounds, MaxMessage: maxMsg, RoundTimeout: timeout, Epsilon: s.Privacy.Epsilon, Detail: st}, nil
}

func newSetup(s *spec.Spec, metas []*dataset.Metadata) (*Setup, error) {
	if len(metas) != len(s.Datasets) {
		return nil, errors.New("fl: need the metadata of every dataset")
	}
	t, err := parseTask(s)
	if err != nil {
		return nil, err
	}
	st := &Setup{Model: t.Model, Label: t.Label, Owners: len(s.Datasets), Dropouts: s.Privacy.Dropouts, Colluders: s.Privacy.C(),
		Epsilon: s.Privacy.Epsilon, Delta: s.Privacy.Delta, Accountant: "ddg-rdp-improved"}
	if st.Config, err = t.trainConfig(); err != nil {
		return nil, err
	}
	if err := st.buildModel(t, metas); err != nil {
		return nil, err
	}
	if err := st.checkParties(); err != nil {
		return nil, err
	}
	return st, st.calibrate(metas)
}

func (st *Setup) buildModel(t *Task, metas []*dataset.Metadata) error {
	features, err := t.features(metas)
	if err != nil {
		return err
	}
	kind := modelTypes[t.Model]
	cols := features
	if kind != ml.TypeLogistic {
		cols = append(append([]string(nil), features...), t.Label)
	}
	bounds, err := t.bounds(cols, metas)
	if err != nil {
		return err
	}
	classes, err := t.classes(kind, t.Label, metas, bounds[t.Label])
	if err != nil {
		return err
	}
	m, err := ml.NewModel(ml.Spec{Type: kind, Features: features, Label: t.Label, Bounds: bounds, Classes: classes})
	if err != nil {
		return fmt.Errorf("spec: task: %w", err)
	}
	l, err := m.Learner()
	if err != nil {
		return err
	}
	st.initial, st.Features, st.Params = m, features, l.NumParams()
	return nil
}

func (st *Setup) checkParties() error {
	n, d, c := st.Owners, st.Dropouts, st.Colluders
	if n-d-c < 1 {
		return fmt.Errorf("spec: fl needs n − d − c ≥ 1 honest owners to carry the noise: n = %d datasets, d = %d dropouts, c = %d colluders", n, d, c)
	}
	if err := secagg.CheckParams(n, d, c); err != nil {
		return fmt.Errorf("spec: secure aggregation cannot run this job: %w", err)
	}
	if st.Delta <= 0 {
		return errors.New("spec: field \"privacy.delta\" must be > 0 for the Gaussian mechanism of fl")
	}
	return nil
}

// calibrate sizes each owner's discrete Gaussian share for R full-batch
// releases at (ε, δ), sensitivity 2C (replace-one) plus rounding, carried by the
// n − d − c honest survivors alone; and picks the secure-aggregation modulus.
func (st *Setup) calibrate(metas []*dataset.Metadata) error {
	cfg := st.Config
	sens, err := dp.RoundedSensitivity(2*cfg.Clip, cfg.Gamma, st.Params)
	if err != nil {
		return err
	}
	honest := st.Owners - st.Dropouts - st.Colluders
	g := dp.DistributedGaussian{L2Sensitivity: sens, Dim: st.Params, Shares: honest, Rounds: cfg.Rounds}
	if st.ShareSigma, err = g.ShareSigma(st.Epsilon, st.Delta); err != nil {
		return fmt.Errorf("spec: privacy: %w", err)
	}
	st.Sensitivity = sens
	st.NoiseMultiplier = st.ShareSigma * math.Sqrt(float64(honest)) / sens
	maxRows := 0
	for _, m := range metas {
		maxRows = max(maxRows, m.Rows)
	}
	bound, err := dp.RoundingNormBound(float64(maxRows)*cfg.Clip, cfg.Gamma, st.Params, roundingBeta)
	if err != nil {
		return err
	}
	if st.ModBits, err = dp.ModulusBits(st.Owners, st.Params, bound, st.ShareSigma, overflowFailure); err != nil {
		return fmt.Errorf("fl: no modulus fits this job: %w", err)
	}
	return nil
}

func setupOf(job *engine.Job) (*Setup, error) {
	st, ok := job.Plan.Detail.(*Setup)
	if !ok || st == nil || st.initial == nil {
		return nil, errors.New("fl: the job's plan was not made by the fl engine")
	}
	return st, nil
}
