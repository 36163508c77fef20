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
