package ml

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

// Metrics is a model's quality on labelled rows. Classifiers fill Accuracy,
// MacroF1, AUC and LogLoss; linear models fill R2 and RMSE (in the label's
// units). AUC is NaN when the rows hold a single class (one-vs-rest and
// macro-averaged for softmax); R2 is NaN when every label is equal.
type Metrics struct {
	Type     string
	Rows     int
	Accuracy float64
	MacroF1  float64
	AUC      float64
	LogLoss  float64
	R2       float64
	RMSE     float64
}

// MarshalJSON writes only the metrics of the model's kind, NaN as null.
func (m Metrics) MarshalJSON() ([]byte, error) {
	out := map[string]any{"type": m.Type, "rows": m.Rows}
	put := func(name string, v float64) {
		if math.IsNaN(v) {
			out[name] = nil
			return
		}
		out[name] = v
	}
	if m.Type == TypeLinear {
		put("r2", m.R2)
		put("rmse", m.RMSE)
	} else {
		put("accuracy", m.Accuracy)
		put("macro_f1", m.MacroF1)
		put("auc", m.AUC)
		put("log_loss", m.LogLoss)
	}
	return json.Marshal(out)
}

// evaluateFrom scores m on rows whose true label is in column label (the
// model's own label when empty).
func (m *Model) evaluateFrom(columns []string, rows [][]float64, label string) (Metrics, error) {
	if label == "" {
		label = m.Label.Name
	}
	if len(rows) == 0 {
		return Metrics{}, errors.New("ml: no rows to evaluate")
	}
	out, err := m.outputsFrom(columns, rows)
	if err != nil {
		return Metrics{}, err
	}
	pos, err := columnPositions(columns, []string{label})
	if err != nil {
		return Metrics{}, err
	}
	truth := make([]float64, len(rows))
	for i, r := range rows {
		truth[i] = r[pos[0]]
	}
	if m.Type == TypeLinear {
		return m.regressionMetrics(truth, out)
	}
	return m.classificationMetrics(truth, out, label)
}

func (m *Model) regressionMetrics(truth []float64, out [][]float64) (Metrics, error) {
	pred := m.decide(out)
	met := Metrics{Type: m.Type, Rows: len(truth)}
	var err error
	if met.RMSE, err = RMSE(truth, pred); err != nil {
		return Metrics{}, err
	}
	if met.R2, err = R2(truth, pred); errors.Is(err, ErrUndefined) {
		met.R2 = math.NaN()
	}
	return met, nil
}

func (m *Model) classificationMetrics(truth []float64, out [][]float64, label string) (Metrics, error) {
	idx := make([]int, len(truth))
	for i, y := range truth {
		k, err := m.encodeLabel(y)
		if err != nil {
			return Metrics{}, fmt.Errorf("ml: row %d column %q: %w", i, label, err)
		}
		idx[i] = int(k)
	}
	prob := m.classProbabilities(out)
	met := Metrics{Type: m.Type, Rows: len(truth)}
	met.Accuracy, _ = Accuracy(truth, m.decide(out)) // lengths agree by construction
	met.MacroF1, _ = MacroF1(truth, m.decide(out))
	met.LogLoss, _ = LogLoss(idx, prob)
	met.AUC = macroAUC(idx, prob)
	return met, nil
}

// classProbabilities expands logistic outputs P(y=1) to [1-p, p].
func (m *Model) classProbabilities(out [][]float64) [][]float64 {
	if m.Type != TypeLogistic {
		return out
	}
	prob := make([][]float64, len(out))
	for i, o := range out {
		prob[i] = []float64{1 - o[0], o[0]}
	}
	return prob
}

// macroAUC is the binary ROC AUC for two classes and the unweighted mean of
// the one-vs-rest AUCs for more; NaN when a class is absent.
func macroAUC(idx []int, prob [][]float64) float64 {
	classes := len(prob[0])
	first := 0
	if classes == 2 {
		first = 1 // the positive class only
	}
	var sum float64
	for k := first; k < classes; k++ {
		positive := make([]bool, len(idx))
		score := make([]float64, len(idx))
		for i := range idx {
			positive[i], score[i] = idx[i] == k, prob[i][k]
		}
		auc, err := ROCAUC(positive, score)
		if err != nil {
			return math.NaN()
		}
		sum += auc
	}
	return sum / float64(classes-first)
}

// outputsFrom runs the learner on every row.
func (m *Model) outputsFrom(columns []string, rows [][]float64) ([][]float64, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	l, _ := m.Learner() // Validate checked the type
	xs, err := m.scaledFeatures(columns, rows)
	if err != nil {
		return nil, err
	}
	params := m.Params()
	out := make([][]float64, len(xs))
	for i, x := range xs {
		out[i] = make([]float64, l.NumOutputs())
		l.Predict(params, x, out[i])
	}
	return out, nil
}

// decide turns outputs into predictions: a class label (threshold 0.5 for
// logistic, the most probable class for softmax) or, for linear, the value in
// the label's units.
func (m *Model) decide(out [][]float64) []float64 {
	pred := make([]float64, len(out))
	for i, o := range out {
		switch m.Type {
		case TypeLinear:
			pred[i] = unscale(m.Label.Bounds, o[0])
		case TypeLogistic:
			pred[i] = m.Classes[0]
			if o[0] >= 0.5 {
				pred[i] = m.Classes[1]
			}
		default:
			pred[i] = m.Classes[argmax(o)]
		}
	}
	return pred
}

func argmax(v []float64) int {
	best := 0
	for k, x := range v {
		if x > v[best] {
			best = k
		}
	}
	return best
}

// predictFrom returns one prediction per row (see decide).
func (m *Model) predictFrom(columns []string, rows [][]float64) ([]float64, error) {
	out, err := m.outputsFrom(columns, rows)
	if err != nil {
		return nil, err
	}
	return m.decide(out), nil
}
