package ml_test

import (
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/ml/internal/sampledata"
)

// centralCase is a non-private baseline that must reach the scikit-learn
// figures of testdata/README.md (mean over 5 seeds of a 25 % split).
type centralCase struct {
	name, file, bounds, label, typ string
	classes                        []float64
	cfg                            ml.GDConfig
	metric                         func(ml.Metrics) float64
	min                            float64
}

var centralCases = []centralCase{
	{
		name: "breast_cancer logistic accuracy", file: "breast_cancer.csv", bounds: "breast_cancer.bounds.json",
		label: "benign", typ: ml.TypeLogistic, classes: []float64{0, 1},
		cfg:    ml.GDConfig{Epochs: 1000, LearningRate: 0.5, Momentum: 0.9, L2: 1e-4},
		metric: func(m ml.Metrics) float64 { return m.Accuracy }, min: 0.96,
	},
	{
		name: "diabetes linear R2", file: "diabetes.csv", bounds: "diabetes.bounds.json",
		label: "progression", typ: ml.TypeLinear,
		cfg:    ml.GDConfig{Epochs: 2000, LearningRate: 0.5, Momentum: 0.9},
		metric: func(m ml.Metrics) float64 { return m.R2 }, min: 0.40,
	},
}

// trainCentral fits c on a 75 % split of the data drawn with seed and returns
// the test metrics.
func trainCentral(t testing.TB, c centralCase, seed uint64) ml.Metrics {
	t.Helper()
	tab, bounds := loadData(t, c.file, c.bounds)
	train, test, err := sampledata.Split(tab, c.label, 0.25, seed, c.typ != ml.TypeLinear)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ml.NewModel(ml.Spec{Type: c.typ, Features: sampledata.Features(tab, c.label), Label: c.label, Bounds: bounds, Classes: c.classes})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := m.Examples(train)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := m.Learner()
	p, err := ml.Train(l, m.Params(), rows, c.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.SetParams(p); err != nil {
		t.Fatal(err)
	}
	met, err := ml.Evaluate(m, test, "")
	if err != nil {
		t.Fatal(err)
	}
	return met
}

func loadData(t testing.TB, file, boundsFile string) (*dataset.Table, map[string]dataset.Bounds) {
	t.Helper()
	tab, err := sampledata.Load(file)
	if err != nil {
		t.Fatal(err)
	}
	bounds, err := sampledata.LoadBounds(boundsFile)
	if err != nil {
		t.Fatal(err)
	}
	return tab, bounds
}

func TestCentralBaselines(t *testing.T) {
	for _, c := range centralCases {
		t.Run(c.name, func(t *testing.T) {
			var sum float64
			for seed := range uint64(5) {
				sum += c.metric(trainCentral(t, c, seed))
			}
			mean := sum / 5
			t.Logf("%s: mean over 5 seeds %.4f", c.name, mean)
			if mean < c.min {
				t.Errorf("%s: mean %.4f, want >= %.2f", c.name, mean, c.min)
			}
		})
	}
}

// TestTrainMinibatch checks that minibatch SGD is reproducible from its
// injected randomness and learns breast_cancer too.
func TestTrainMinibatch(t *testing.T) {
	c := centralCases[0]
	c.cfg = ml.GDConfig{Epochs: 40, LearningRate: 0.2, Momentum: 0.9, BatchSize: 32}
	run := func() ml.Metrics {
		c.cfg.Rand = rand.NewChaCha8([32]byte{7})
		return trainCentral(t, c, 1)
	}
	a, b := run(), run()
	if a.Accuracy != b.Accuracy || a.LogLoss != b.LogLoss {
		t.Errorf("same seed, different results: %+v, %+v", a, b)
	}
	if a.Accuracy < 0.93 {
		t.Errorf("minibatch SGD accuracy %.4f, want >= 0.93", a.Accuracy)
	}
}

func TestTrainRefusesBadConfig(t *testing.T) {
	l := ml.Linear{Features: 1}
	rows := []ml.Example{{X: []float64{1}, Y: 1}}
	for name, cfg := range map[string]ml.GDConfig{
		"no epochs":     {LearningRate: 1},
		"zero lr":       {Epochs: 1},
		"momentum 1":    {Epochs: 1, LearningRate: 1, Momentum: 1},
		"negative L2":   {Epochs: 1, LearningRate: 1, L2: -1},
		"negative size": {Epochs: 1, LearningRate: 1, BatchSize: -1},
		"diverges":      {Epochs: 2000, LearningRate: 100},
	} {
		if _, err := ml.Train(l, []float64{0, 0}, rows, cfg); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := ml.Train(l, []float64{0, 0}, nil, ml.GDConfig{Epochs: 1, LearningRate: 1}); err == nil {
		t.Error("training on no rows: no error")
	}
}
