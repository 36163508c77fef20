package flsim_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/ml/flsim"
	"github.com/veil-market/veil/ml/internal/sampledata"
)

// task is one dataset and model type of the accuracy study.
type task struct {
	name, file, bounds, label, typ string
	classes                        []float64
	// relabel, when set, maps the label column before anything else (to
	// make a multiclass task from a numeric label).
	relabel func(float64) float64
	// score is the metric reported: accuracy or R².
	score func(ml.Metrics) float64
	// generate, when set, makes the data instead of reading file and bounds.
	generate func() (*dataset.Table, map[string]dataset.Bounds)
	// hidden is an MLP's width.
	hidden int
}

var (
	breastCancer = task{
		name: "breast_cancer logistic", file: "breast_cancer.csv", bounds: "breast_cancer.bounds.json",
		label: "benign", typ: ml.TypeLogistic, classes: []float64{0, 1}, score: accuracy,
	}
	diabetesLinear = task{
		name: "diabetes linear", file: "diabetes.csv", bounds: "diabetes.bounds.json",
		label: "progression", typ: ml.TypeLinear, score: func(m ml.Metrics) float64 { return m.R2 },
	}
	// diabetesClasses bins progression at the public thresholds 100 and 200
	// into three classes (low, mid, high): a multiclass task from shipped data.
	diabetesClasses = task{
		name: "diabetes softmax (3 bins)", file: "diabetes.csv", bounds: "diabetes.bounds.json",
		label: "progression", typ: ml.TypeSoftmax, classes: []float64{0, 1, 2}, score: accuracy,
		relabel: func(y float64) float64 {
			switch {
			case y < 100:
				return 0
			case y < 200:
				return 1
			}
			return 2
		},
	}
)

func accuracy(m ml.Metrics) float64 { return m.Accuracy }

// digits is the generated digits-sized task (sampledata.Digits): ten
// classes, each two antipodal clusters, so not linearly separable.
func digits(typ string, hidden int) task {
	return task{name: "digits-like " + typ, label: "digit", typ: typ, hidden: hidden,
		classes: []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, score: accuracy,
		generate: func() (*dataset.Table, map[string]dataset.Bounds) {
			return sampledata.Digits(1), sampledata.DigitsBounds()
		}}
}

// asMLP is k with an MLP of the given width.
func asMLP(k task, hidden int) task {
	k.name, k.typ, k.hidden = strings.Replace(k.name, k.typ, "mlp", 1), ml.TypeMLP, hidden
	return k
}

// ownerCount is how many owners newExperiment cuts the training rows into.
var ownerCount = 3

// experiment is one split of a task: test rows, three owners' training rows
// and the untrained model.
type experiment struct {
	model  *ml.Model
	test   *dataset.Table
	owners []*dataset.Table
}

// newExperiment splits the task's data 75/25 with seed (stratified for
// classifiers) and cuts the training part into three owners: IID shuffled, or
// sorted by label (non-IID).
func newExperiment(t testing.TB, k task, seed uint64, nonIID bool) experiment {
	t.Helper()
	var tab *dataset.Table
	var bounds map[string]dataset.Bounds
	var err error
	if k.generate != nil {
		tab, bounds = k.generate()
	} else {
		tab, err = sampledata.Load(k.file)
		must(t, err)
		bounds, err = sampledata.LoadBounds(k.bounds)
		must(t, err)
	}
	if k.relabel != nil {
		tab = relabelled(tab, k.label, k.relabel)
	}
	train, test, err := sampledata.Split(tab, k.label, 0.25, seed, k.typ != ml.TypeLinear)
	must(t, err)
	var owners []*dataset.Table
	if nonIID {
		owners, err = train.SplitByLabel(3, k.label)
		must(t, err)
	} else {
		owners = train.SplitIID(ownerCount, rand.New(rand.NewPCG(seed, 1)))
	}
	m, err := ml.NewModel(ml.Spec{
		Type: k.typ, Features: sampledata.Features(tab, k.label), Label: k.label, Bounds: bounds, Classes: k.classes,
		Hidden: k.hidden, Seed: seedBytes(seed),
	})
	must(t, err)
	return experiment{model: m, test: test, owners: owners}
}

func relabelled(t *dataset.Table, label string, f func(float64) float64) *dataset.Table {
	j, _ := t.Index(label)
	out := &dataset.Table{Columns: t.Columns}
	for _, r := range t.Rows {
		row := append([]float64(nil), r...)
		row[j] = f(row[j])
		out.Rows = append(out.Rows, row)
	}
	return out
}

// private trains e with the fl mechanism at eps and returns the test score.
func (e experiment) private(t testing.TB, k task, cfg ml.TrainConfig, eps float64, seed uint64) float64 {
	t.Helper()
	return e.privateWith(t, k, cfg, eps, seed, flsim.DistributedDiscreteGaussian)
}

func (e experiment) privateWith(t testing.TB, k task, cfg ml.TrainConfig, eps float64, seed uint64, a flsim.Accountant) float64 {
	t.Helper()
	return e.privateRate(t, k, cfg, eps, seed, a, 0)
}

// privateRate is privateWith with Poisson sampling at rate q (0: full batch).
func (e experiment) privateRate(t testing.TB, k task, cfg ml.TrainConfig, eps float64, seed uint64, a flsim.Accountant, q float64) float64 {
	t.Helper()
	privacy := flsim.DefaultPrivacy(eps)
	privacy.Accountant, privacy.SampleRate = a, q
	return e.trainScore(t, k, cfg, privacy, seed)
}

// trainScore trains e with the given privacy and returns the test score.
func (e experiment) trainScore(t testing.TB, k task, cfg ml.TrainConfig, privacy flsim.Privacy, seed uint64) float64 {
	t.Helper()
	res, err := flsim.Train(flsim.Run{
		Model: e.model, Owners: e.owners, Config: cfg, Privacy: privacy,
		Random: rand.NewChaCha8(seedBytes(seed)),
	})
	must(t, err)
	met, err := ml.Evaluate(res.Model, e.test, k.label)
	must(t, err)
	return k.score(met)
}

// central trains e without privacy on all training rows, with full-batch
// gradient descent, and returns the test score.
func (e experiment) central(t testing.TB, k task) float64 {
	t.Helper()
	var rows []ml.Example
	for _, o := range e.owners {
		r, err := e.model.Examples(o)
		must(t, err)
		rows = append(rows, r...)
	}
	l, _ := e.model.Learner()
	p, err := ml.Train(l, e.model.Params(), rows, ml.GDConfig{Epochs: 2000, LearningRate: 0.5, Momentum: 0.9, L2: 1e-4})
	must(t, err)
	m := *e.model
	must(t, m.SetParams(p))
	met, err := ml.Evaluate(&m, e.test, k.label)
	must(t, err)
	return k.score(met)
}

func seedBytes(seed uint64) [32]byte {
	var b [32]byte
	for i := range 8 {
		b[i] = byte(seed >> (8 * i))
	}
	return b
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
