package ml_test

import (
	"fmt"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/ml"
)

// A model is made from public bounds, trained (here without privacy), written
// to its file format, read back and evaluated.
func Example() {
	bounds := map[string]dataset.Bounds{"size": {Lo: 0, Hi: 10}, "sick": {Lo: 0, Hi: 1}}
	m, _ := ml.NewModel(ml.Spec{Type: ml.TypeLogistic, Features: []string{"size"}, Label: "sick", Bounds: bounds, Classes: []float64{0, 1}})
	data := &dataset.Table{Columns: []string{"size", "sick"}, Rows: [][]float64{{1, 0}, {2, 0}, {3, 0}, {7, 1}, {8, 1}, {9, 1}}}
	rows, _ := m.Examples(data)
	l, _ := m.Learner()
	params, _ := ml.Train(l, m.Params(), rows, ml.GDConfig{Epochs: 200, LearningRate: 1})
	_ = m.SetParams(params)
	file, _ := m.Encode()
	back, _ := ml.Decode(file)
	met, _ := ml.Evaluate(back, data, "sick")
	pred, _ := ml.Predict(back, &dataset.Table{Columns: []string{"size"}, Rows: [][]float64{{4}, {6}}})
	fmt.Printf("accuracy %.2f, AUC %.2f, predictions %v\n", met.Accuracy, met.AUC, pred)
	// Output: accuracy 1.00, AUC 1.00, predictions [0 1]
}

// One round of the fl engine, seen from the ml side: each owner clips and
// sums its gradients, the (noised, aggregated) sum comes back, and every
// participant takes the same bit-exact step and hashes the result.
func ExampleClipAndSum() {
	l := ml.Linear{Features: 2}
	params := make([]float64, l.NumParams())
	owner1 := []ml.Example{{X: []float64{1, 0}, Y: 1}}
	owner2 := []ml.Example{{X: []float64{0, 1}, Y: -1}, {X: []float64{0.5, 0.5}, Y: 0}}
	s1, _ := ml.ClipAndSum(l, params, owner1, 1)
	s2, _ := ml.ClipAndSum(l, params, owner2, 1)
	sum := make([]float64, len(s1))
	for i := range sum {
		sum[i] = s1[i] + s2[i] // secure aggregation and DP noise happen here
	}
	_ = ml.Step(params, sum, 3, 0.5)
	fmt.Printf("params %.4f\npayload hash %x\n", params, ml.ParamsDigest(params))
	// Output:
	// params [0.1179 -0.1179 0.0000]
	// payload hash 1e01a1a227fe252a99f38e77d60a414471b44d96797c70de47ae3e300806fec5
}

// The optimizer the defaults use is stateful; make one per training job.
func ExampleNewOptimizer() {
	cfg := ml.DefaultTrainConfig(ml.TypeLogistic)
	opt, _ := ml.NewOptimizer(cfg, 2)
	params := []float64{0, 0}
	_ = opt.Step(params, []float64{40, -40}, 100)
	fmt.Printf("rounds %d, clip %v, params %.3f\n", cfg.Rounds, cfg.Clip, params)
	// Output: rounds 30, clip 0.05, params [-0.500 0.500]
}
