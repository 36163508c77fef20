package fl_test

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/ml"
)

// TestAggregatorRestartResumes: the aggregator's daemon stops in the middle of
// an fl job and starts again. It resumes with the releases it kept, owners
// catch up from its announcement, the job settles (owners confirm the same
// model they recomputed), the buyer's model decodes and the report lists
// every round but the one that was interrupted.
func TestAggregatorRestartResumes(t *testing.T) {
	tab := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	m := markettest.Start(t, 3, 10*time.Second)
	m.Publish(tab.SplitIID(3, rand.New(rand.NewPCG(4, 4))), bounds, chain.EngineFL, big.NewInt(1e17))
	m.Run("owner1", "owner2", "owner3", "compute1")
	id := m.Submit(m.Spec("fl", `{"type":"train","model":"logistic","label":"benign","rounds":12}`, `{"epsilon":8,"delta":1e-5}`))
	m.WaitState(id, chain.JobStarted, time.Minute)
	waitRounds(t, m, id, 3)
	m.Stop("compute1")
	m.Run("compute1")
	m.WaitState(id, chain.JobSettled, 3*time.Minute)
	res := m.Result(id)
	if _, err := ml.Decode(res.Output.Data); err != nil {
		t.Fatal(err)
	}
	var report struct {
		Rounds []struct{ Round uint32 } `json:"rounds"`
	}
	if err := json.Unmarshal(res.Document.Report, &report); err != nil {
		t.Fatal(err)
	}
	if n := len(report.Rounds); n < 10 || n > 11 {
		t.Fatalf("the report lists %d rounds of 12; want 11 (or 10 if the restart hit a round's end)", n)
	}
}

// waitRounds waits until the aggregator has finished n rounds of the job.
func waitRounds(t *testing.T, m *markettest.Market, id uint64, n int) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m.Daemons["compute1"].RoundsDone() >= n {
			return
		}
	}
	t.Fatalf("the aggregator did not finish %d rounds of job %d", n, id)
}
