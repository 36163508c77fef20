package fl_test

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/ml"

	_ "github.com/veil-market/veil/engine/fl"
)

// TestTrainThroughDaemons trains a logistic model on breast_cancer split across
// three owners, through real daemons, secure aggregation and the chain, and
// checks the buyer's model against a held-out test set.
func TestTrainThroughDaemons(t *testing.T) {
	tab := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	train, test, err := tab.StratifiedSplit("benign", 0.25, rand.New(rand.NewPCG(3, 3)))
	if err != nil {
		t.Fatal(err)
	}
	m := markettest.Start(t, 3, 10*time.Second)
	price := big.NewInt(1e17)
	m.Publish(train.SplitIID(3, rand.New(rand.NewPCG(4, 4))), bounds, chain.EngineFL, price)
	m.Run("owner1", "owner2", "owner3", "compute1")
	id := m.Submit(m.Spec("fl", `{"type":"train","model":"logistic","label":"benign"}`, `{"epsilon":8,"delta":1e-5}`))
	m.WaitState(id, chain.JobSettled, 3*time.Minute)
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		m.WaitCredits(o, price, 30*time.Second)
	}
	res := m.Result(id)
	model, err := ml.Decode(res.Output.Data)
	if err != nil {
		t.Fatal(err)
	}
	acc := accuracy(t, model, test)
	t.Logf("test accuracy %.3f: %s", acc, res.Output.Summary)
	if acc < 0.9 {
		t.Fatalf("test accuracy %.3f, want ≥ 0.90 at ε = 8", acc)
	}
	var report struct {
		Rounds []json.RawMessage `json:"rounds"`
	}
	if err := json.Unmarshal(res.Document.Report, &report); err != nil || len(report.Rounds) != 30 {
		t.Fatalf("report has %d rounds (%v), want 30", len(report.Rounds), err)
	}
}

func accuracy(t *testing.T, m *ml.Model, test *dataset.Table) float64 {
	t.Helper()
	metrics, err := ml.Evaluate(m, test, "benign")
	if err != nil {
		t.Fatal(err)
	}
	return metrics.Accuracy
}

// TestDefaultsSurviveAnOwnerRestart is issue 10's ordinary restart: three
// owners, a spec that leaves dropouts and colluders to their defaults (d = 1,
// c = 0 for three owners: docs/jobs.md), and one owner's daemon stopped and
// started again mid-job. Under the old defaults (d = 0, c = 1) the round it
// missed failed the job; now the others carry on, it rejoins from the
// released history, and the job settles with a model everyone confirms.
func TestDefaultsSurviveAnOwnerRestart(t *testing.T) {
	tab := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	m := markettest.Start(t, 3, 10*time.Second)
	price := big.NewInt(1e17)
	m.Publish(tab.SplitIID(3, rand.New(rand.NewPCG(4, 4))), bounds, chain.EngineFL, price)
	m.Run("owner1", "owner2", "owner3", "compute1")
	s := m.Spec("fl", `{"type":"train","model":"logistic","label":"benign","rounds":40}`, `{"epsilon":8,"delta":1e-5}`)
	if s.Privacy.Dropouts != 1 || s.Privacy.C() != 0 {
		t.Fatalf("3-owner defaults d = %d, c = %d; want 1 and 0", s.Privacy.Dropouts, s.Privacy.C())
	}
	id := m.Submit(s)
	m.WaitState(id, chain.JobStarted, time.Minute)
	time.Sleep(1500 * time.Millisecond) // a few rounds in
	m.Stop("owner2")
	time.Sleep(1500 * time.Millisecond)
	m.Run("owner2")
	m.WaitState(id, chain.JobSettled, 3*time.Minute)
	model, err := ml.Decode(m.Result(id).Output.Data)
	if err != nil {
		t.Fatal(err)
	}
	if acc := accuracy(t, model, tab); acc < 0.85 {
		t.Fatalf("accuracy %.3f after a restart, want ≥ 0.85", acc)
	}
}
