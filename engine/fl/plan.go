package fl

import (
	"crypto/sha256"
	"encoding/binary"
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
	overflowFailure = 1e-12 // chance that a round's noisy sum wraps modulo 2^k (accuracy only: wrapping is post-processing)
	roundTimeout    = 30 * time.Second
	// maxPlanMessage bounds the largest message of a job (the announcement
	// carries every release so far: 8 bytes × parameters × rounds).
	maxPlanMessage = 64 << 20
)

// The compute window: each owner sends its first message of a round this
// long after the announcement, whatever its computation took (docs/fl.md,
// "Timing"). It is sized from public figures (rows, parameters) with a 3–10×
// margin over the cost measured by BenchmarkContribution.
const (
	windowBase     = 100 * time.Millisecond
	windowPerCell  = 100 * time.Nanosecond // per row and parameter (~35 ns measured on a loaded 2-core machine)
	windowPerParam = 20 * time.Microsecond // per parameter (noise draws, ~2 µs each)
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
	// SelfEpsilon is the ε that protects each owner's rows by its own noise
	// share alone, whatever the other owners do (all n − 1 colluding with the
	// aggregator): the floor under the job's ε when more than c collude.
	SelfEpsilon float64 `json:"self_epsilon"`
	// ComputeWindow is when, after a round's announcement, every owner sends
	// its first message: computing the contribution (data and noise) never
	// shows in the timing (docs/fl.md).
	ComputeWindow time.Duration `json:"compute_window"`
	// Hidden is an mlp's hidden width (0 for the linear models).
	Hidden int `json:"hidden,omitempty"`
	// SampleRate is q of Poisson sampling; 0 is the full batch.
	SampleRate float64 `json:"sample_rate,omitempty"`
	// Graph says which masking graph secure aggregation uses and why
	// (secagg.PlanGraph: SecAgg+'s sparse graph, or Bonawitz's complete one).
	Graph   string `json:"graph"`
	graph   secagg.GraphPlan
	initial *ml.Model
}

// Plan implements engine.Engine.
func (e Engine) Plan(s *spec.Spec, metas []*dataset.Metadata) (engine.Plan, error) {
	if err := s.Check(); err != nil {
		return engine.Plan{}, err
	}
	st, err := newSetup(s, metas)
	if err != nil {
		return engine.Plan{}, err
	}
	maxMsg := uint64(1<<20) + uint64(8*st.Params*(st.Config.Rounds+2)) + uint64(512*st.Owners)
	if maxMsg > maxPlanMessage {
		return engine.Plan{}, fmt.Errorf("spec: task: a model of %d parameters over %d rounds needs %d MiB messages, at most %d: use fewer features, classes (\"task.bounds\" of the label) or \"task.rounds\"",
			st.Params, st.Config.Rounds, maxMsg>>20, maxPlanMessage>>20)
	}
	timeout := roundTimeout
	if e.RoundTimeout > 0 {
		timeout = e.RoundTimeout
	}
	if e.ComputeWindow > 0 {
		st.ComputeWindow = e.ComputeWindow
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
		Epsilon: s.Privacy.Epsilon, Delta: s.Privacy.Delta, Accountant: "ddg-rdp-improved", Hidden: t.Hidden}
	if t.SampleRate > 0 && t.SampleRate < 1 {
		st.SampleRate, st.Accountant = t.SampleRate, "ddg-poisson-replace-one-rdp-improved"
	}
	eps, delta := s.Privacy.CalibrationTarget()
	if st.Config, err = t.trainConfig(); err != nil {
		return nil, err
	}
	if err := st.buildModel(t, metas, s); err != nil {
		return nil, err
	}
	if err := st.checkParties(); err != nil {
		return nil, err
	}
	if err := st.chooseGraph(t.Graph); err != nil {
		return nil, err
	}
	if err := st.checkBatch(metas); err != nil {
		return nil, err
	}
	return st, st.calibrate(metas, eps, delta)
}

func (st *Setup) buildModel(t *Task, metas []*dataset.Metadata, s *spec.Spec) error {
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
	m, err := ml.NewModel(ml.Spec{Type: kind, Features: features, Label: t.Label, Bounds: bounds, Classes: classes,
		Hidden: t.Hidden, Seed: initSeed(s)})
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
		return fmt.Errorf("spec: secure aggregation cannot run this job: %w (with c = %d it tolerates at most %d dropouts; docs/jobs.md)",
			err, c, max(0, secagg.MaxDropouts(n, c)))
	}
	if st.Delta <= 0 {
		return errors.New("spec: field \"privacy.delta\" must be > 0 for the Gaussian mechanism of fl")
	}
	return nil
}

// calibrate sizes each owner's discrete Gaussian share for R full-batch
// releases at (eps, delta) — the spec's CalibrationTarget, a hair below the
// (ε, δ) charged on-chain — with the sensitivity of an exact fixed-point sum
// of rows clipped to C (2C replace-one, plus rounding), carried by the
// n − d − c honest survivors alone; and picks the secure-aggregation modulus
// from the largest owner's deterministic bound rows·(γC + √d).
func (st *Setup) calibrate(metas []*dataset.Metadata, eps, delta float64) error {
	cfg := st.Config
	sens, err := dp.RoundedSensitivity(2*cfg.Clip, cfg.Gamma, st.Params)
	if err != nil {
		return err
	}
	honest := st.Owners - st.Dropouts - st.Colluders
	acct := st.accountant(sens, honest)
	if st.ShareSigma, err = acct.ShareSigma(eps, delta); err != nil {
		return fmt.Errorf("spec: privacy: %w", err)
	}
	st.Sensitivity = sens
	st.NoiseMultiplier = st.ShareSigma * math.Sqrt(float64(honest)) / sens
	if st.SelfEpsilon, err = st.accountant(sens, 1).Epsilon(st.ShareSigma, delta); err != nil {
		return err
	}
	maxRows := 0
	for _, m := range metas {
		maxRows = max(maxRows, m.Rows)
	}
	row, err := dp.RowBound(cfg.Clip, cfg.Gamma, st.Params)
	if err != nil {
		return err
	}
	if st.ModBits, err = dp.ModulusBits(st.Owners, st.Params, float64(maxRows)*row, st.ShareSigma, overflowFailure); err != nil {
		return fmt.Errorf("fl: no modulus fits this job: %w", err)
	}
	cells := time.Duration(maxRows) * time.Duration(st.Params)
	st.ComputeWindow = windowBase + cells*windowPerCell + time.Duration(st.Params)*windowPerParam
	return nil
}

// shareAccountant is what calibrate needs of dp's two accountants.
type shareAccountant interface {
	ShareSigma(eps, delta float64) (float64, error)
	Epsilon(shareSigma, delta float64) (float64, error)
}

// accountant is the distributed discrete Gaussian of `shares` honest
// shares over the job's rounds: full batch, or Poisson-sampled at the
// task's rate (dp.SubsampledDistributedGaussian, replace-one; its row
// sensitivity is half of the full batch's replace-one sensitivity).
func (st *Setup) accountant(sens float64, shares int) shareAccountant {
	if st.SampleRate > 0 {
		return dp.SubsampledDistributedGaussian{RowSensitivity: sens / 2, Dim: st.Params, Shares: shares, Rounds: st.Config.Rounds, Rate: st.SampleRate}
	}
	return dp.DistributedGaussian{L2Sensitivity: sens, Dim: st.Params, Shares: shares, Rounds: st.Config.Rounds}
}

// chooseGraph fixes secure aggregation's masking graph: secagg.PlanGraph's
// choice, or the complete graph if the task asks for it.
func (st *Setup) chooseGraph(want string) error {
	g, err := secagg.PlanGraph(st.Owners, st.Dropouts, st.Colluders)
	if err != nil {
		return fmt.Errorf("spec: secure aggregation cannot run this job: %w", err)
	}
	if want == "complete" {
		g = secagg.GraphPlan{Kind: "complete", Degree: st.Owners - 1, FailureLog2: math.Inf(-1)}
	}
	st.graph, st.Graph = g, g.String()
	return nil
}

// checkBatch refuses a sampling rate whose expected batch is under one row.
func (st *Setup) checkBatch(metas []*dataset.Metadata) error {
	rows := 0
	for _, m := range metas {
		rows += m.Rows
	}
	if st.SampleRate > 0 && st.SampleRate*float64(rows) < 1 {
		return fmt.Errorf("spec: field \"task.sample_rate\" = %v keeps %.2g of the datasets' %d rows per round on average: at least one is needed", st.SampleRate, st.SampleRate*float64(rows), rows)
	}
	return nil
}

// batch is the divisor of a round's released sum: the rows of the owners in
// it, or with Poisson sampling their expected kept count (public; the kept
// count itself is secret).
func (st *Setup) batch(rows uint32) int {
	if st.SampleRate == 0 {
		return int(rows)
	}
	return max(1, int(math.Round(st.SampleRate*float64(rows))))
}

// roundParams is secure aggregation's parameters for a round among parts
// (job indices) with threshold t: the plan's graph drawn for the round's
// session when it still fits the participants, else the complete graph.
func (st *Setup) roundParams(parts int, t int, s secagg.Session) (secagg.Params, error) {
	p := secagg.Params{N: parts, T: t, ModBits: st.ModBits, VectorLen: st.Params}
	if st.graph.Kind != "harary" || st.graph.Degree > parts-2 || parts < secagg.MinSparseClients || st.Colluders > parts-2 {
		return p, nil // the complete graph: T > (N + c)/2 is RoundThreshold's, as before
	}
	p.Colluders = st.Colluders // the survivors' robustness check needs it
	g, err := secagg.NewHararyGraph(parts, st.graph.Degree, secagg.HararySeed(s, parts, st.graph.Degree))
	if err != nil {
		return p, err
	}
	p.Graph, p.ShareT = g, min(st.graph.ShareT, t)
	return p, nil
}

// initSeed is the public randomness an mlp's starting weights come from:
// SHA-256 of the spec's task and datasets, the same for every participant.
func initSeed(s *spec.Spec) [32]byte {
	h := sha256.New()
	h.Write([]byte("veil/fl/mlp-init/v1"))
	h.Write(s.Task)
	for _, d := range s.Datasets {
		h.Write(binary.BigEndian.AppendUint64(nil, d))
	}
	return [32]byte(h.Sum(nil))
}

func setupOf(job *engine.Job) (*Setup, error) {
	st, ok := job.Plan.Detail.(*Setup)
	if !ok || st == nil || st.initial == nil {
		return nil, errors.New("fl: the job's plan was not made by the fl engine")
	}
	return st, nil
}
