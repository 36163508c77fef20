package fl

import (
	"fmt"
	"slices"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/spec"
)

// Task is the spec's "task" for fl: {"type":"train","model":"logistic",...}.
// Every field but Label has a default (docs/fl.md).
type Task struct {
	Type         string                    `json:"type"`
	Model        string                    `json:"model,omitempty"` // logistic (default), softmax, mlp, linreg
	Label        string                    `json:"label"`
	Features     []string                  `json:"features,omitempty"` // default: every column but the label
	Rounds       int                       `json:"rounds,omitempty"`
	LearningRate float64                   `json:"learning_rate,omitempty"`
	Clip         float64                   `json:"clip,omitempty"`
	Bounds       map[string]dataset.Bounds `json:"bounds,omitempty"` // narrows the owners' declared bounds
	// Hidden is an mlp's hidden width (default DefaultHidden).
	Hidden int `json:"hidden,omitempty"`
	// SampleRate is q: each owner keeps each row with probability q every
	// round (Poisson sampling); 0 or absent is the full batch.
	SampleRate float64 `json:"sample_rate,omitempty"`
	// Graph is secure aggregation's masking graph: "auto" (default: the
	// plan picks SecAgg+'s sparse graph where it is cheaper) or "complete".
	Graph string `json:"graph,omitempty"`
}

// DefaultHidden is an mlp's hidden width when the task gives none.
const DefaultHidden = 16

// MinSampleRate bounds task.sample_rate from below.
const MinSampleRate = 1e-4

// Ranges of the task's numeric fields. Inside them no round can produce a
// non-finite value whatever the released sums (docs/fl.md, "What a plan
// guarantees"): Adam moves a parameter by at most ml.StepBound (< 7.3) times
// the learning rate per round, so |θ| ≤ rounds · learning rate · 7.3 ≤ 7.3e4,
// and with features in [-1, 1] every logit, gradient and squared norm stays
// far inside float64. maxDrift is checked on every plan all the same.
const (
	MaxRounds       = 1000
	MinLearningRate = 1e-9
	MaxLearningRate = 10.0
	MinClip         = 1e-6
	MaxClip         = 1e6
	maxDrift        = 1e6
)

var modelTypes = map[string]string{"logistic": ml.TypeLogistic, "softmax": ml.TypeSoftmax, "mlp": ml.TypeMLP, "linreg": ml.TypeLinear, "linear": ml.TypeLinear}

func parseTask(s *spec.Spec) (*Task, error) {
	var t Task
	if err := s.DecodeTask(&t); err != nil {
		return nil, err
	}
	if t.Type != "train" {
		return nil, fmt.Errorf("spec: field \"task.type\" must be \"train\" for engine fl, got %q", t.Type)
	}
	if t.Model == "" {
		t.Model = "logistic"
	}
	if _, ok := modelTypes[t.Model]; !ok {
		return nil, fmt.Errorf("spec: field \"task.model\" must be logistic, softmax, mlp or linreg, got %q", t.Model)
	}
	if err := t.checkExtras(); err != nil {
		return nil, err
	}
	if t.Label == "" {
		return nil, fmt.Errorf("spec: field \"task.label\" is required")
	}
	return &t, nil
}

// checkExtras checks issue 15's fields: the mlp's width, the sampling rate
// and the graph.
func (t *Task) checkExtras() error {
	switch {
	case t.Hidden != 0 && t.Model != "mlp":
		return fmt.Errorf("spec: field \"task.hidden\" is for model mlp, not %s", t.Model)
	case t.Model == "mlp" && t.Hidden == 0:
		t.Hidden = DefaultHidden
	}
	if t.Model == "mlp" && (t.Hidden < 1 || t.Hidden > ml.MaxHidden) {
		return fmt.Errorf("spec: field \"task.hidden\" must be in [1, %d], got %d", ml.MaxHidden, t.Hidden)
	}
	if t.SampleRate != 0 && !(t.SampleRate >= MinSampleRate && t.SampleRate <= 1) {
		return fmt.Errorf("spec: field \"task.sample_rate\" must be in [%g, 1] (or absent for the full batch), got %v", MinSampleRate, t.SampleRate)
	}
	if t.Graph == "" {
		t.Graph = "auto"
	}
	if t.Graph != "auto" && t.Graph != "complete" {
		return fmt.Errorf("spec: field \"task.graph\" must be \"auto\" or \"complete\", got %q", t.Graph)
	}
	return nil
}

// trainConfig is the defaults for the model type with the task's overrides.
func (t *Task) trainConfig() (ml.TrainConfig, error) {
	cfg := ml.DefaultTrainConfig(modelTypes[t.Model])
	if t.Rounds != 0 {
		cfg.Rounds = t.Rounds
	}
	if t.LearningRate != 0 {
		cfg.LearningRate = t.LearningRate
	}
	if t.Clip != 0 {
		cfg.Gamma = cfg.Gamma * cfg.Clip / t.Clip // keep γ·C, the integer span of one row
		cfg.Clip = t.Clip
	}
	if cfg.Rounds < 1 || cfg.Rounds > MaxRounds {
		return cfg, fmt.Errorf("spec: field \"task.rounds\" must be in [1, %d], got %d", MaxRounds, cfg.Rounds)
	}
	if !(cfg.LearningRate >= MinLearningRate && cfg.LearningRate <= MaxLearningRate) {
		return cfg, fmt.Errorf("spec: field \"task.learning_rate\" must be in [%g, %g], got %v", MinLearningRate, MaxLearningRate, t.LearningRate)
	}
	if !(cfg.Clip >= MinClip && cfg.Clip <= MaxClip) {
		return cfg, fmt.Errorf("spec: field \"task.clip\" must be in [%g, %g], got %v", MinClip, MaxClip, t.Clip)
	}
	if err := cfg.Check(); err != nil {
		return cfg, fmt.Errorf("spec: task: %w", err)
	}
	if drift := float64(cfg.Rounds) * cfg.LearningRate * ml.StepBound(cfg); !(drift <= maxDrift) {
		return cfg, fmt.Errorf("spec: fields \"task.learning_rate\" and \"task.rounds\": parameters could move by up to %g, at most %g", drift, maxDrift)
	}
	return cfg, nil
}

// features lists the model's features: the task's, or every column that all
// datasets share, but the label.
func (t *Task) features(metas []*dataset.Metadata) ([]string, error) {
	for _, col := range append([]string{t.Label}, t.Features...) {
		for i, m := range metas {
			if !m.Has(col) {
				return nil, fmt.Errorf("spec: column %q is not in dataset #%d (%s)", col, i+1, m.Title)
			}
		}
	}
	if len(t.Features) > 0 {
		if slices.Contains(t.Features, t.Label) {
			return nil, fmt.Errorf("spec: field \"task.features\" contains the label %q", t.Label)
		}
		return t.Features, nil
	}
	var out []string
	for _, c := range metas[0].Columns {
		shared := !slices.ContainsFunc(metas[1:], func(m *dataset.Metadata) bool { return !m.Has(c.Name) })
		if c.Name != t.Label && shared {
			out = append(out, c.Name)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("spec: the datasets share no feature column besides the label %q", t.Label)
	}
	return out, nil
}

// bounds resolves each column's public bounds: the task's (which may only narrow
// every owner's declaration), else the widest declared ones. A column with
// neither is refused, naming it and the dataset.
func (t *Task) bounds(cols []string, metas []*dataset.Metadata) (map[string]dataset.Bounds, error) {
	out := map[string]dataset.Bounds{}
	for _, col := range cols {
		b, err := t.bound(col, metas)
		if err != nil {
			return nil, err
		}
		out[col] = b
	}
	for col := range t.Bounds {
		if !slices.Contains(cols, col) {
			return nil, fmt.Errorf("spec: field \"task.bounds\" names %q, which is not a feature or label of the model", col)
		}
	}
	return out, nil
}

func (t *Task) bound(col string, metas []*dataset.Metadata) (dataset.Bounds, error) {
	req, requested := t.Bounds[col]
	var union dataset.Bounds
	for i, m := range metas {
		d, ok := m.Bound(col)
		switch {
		case !ok && !requested:
			return union, fmt.Errorf("spec: column %q has no declared bounds in dataset #%d (%s) and the task gives none", col, i+1, m.Title)
		case ok && requested:
			if _, err := dataset.NarrowBounds(d, req); err != nil {
				return union, fmt.Errorf("spec: field \"task.bounds.%s\": %w (dataset #%d declares %v)", col, err, i+1, d)
			}
		case ok && i == 0:
			union = d
		case ok:
			union = dataset.Bounds{Lo: min(union.Lo, d.Lo), Hi: max(union.Hi, d.Hi)}
		}
	}
	if requested {
		return req, req.Validate()
	}
	return union, nil
}

// classes is the label's classes for a classifier, from its declared bounds.
func (t *Task) classes(kind string, label string, metas []*dataset.Metadata, b dataset.Bounds) ([]float64, error) {
	switch kind {
	case ml.TypeLinear:
		return nil, nil
	case ml.TypeLogistic:
		for i, m := range metas {
			if c, _ := m.Column(label); c.Type != dataset.TypeBinary {
				return nil, fmt.Errorf("spec: label %q is %s in dataset #%d; logistic regression needs a 0/1 label", label, c.Type, i+1)
			}
		}
		return []float64{0, 1}, nil
	}
	for i, m := range metas {
		if c, _ := m.Column(label); c.Type == dataset.TypeReal {
			return nil, fmt.Errorf("spec: label %q is real-valued in dataset #%d; softmax needs integer classes", label, i+1)
		}
	}
	return ml.IntegerClasses(b)
}
