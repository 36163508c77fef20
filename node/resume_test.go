package node_test

import (
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/node"
)

// TestUnresumableJobEndsAtRestart: with an engine whose aggregator cannot
// resume, a restarted aggregator ends the job at once, records why, and
// aborts it on-chain (it fails now, not at its deadline).
func TestUnresumableJobEndsAtRestart(t *testing.T) {
	m := uploadMarket(t)
	id := m.Submit(m.Spec("toy-upload", `{"rounds":6,"delay_ms":600}`, `{"epsilon":1,"delta":1e-6}`))
	m.WaitState(id, chain.JobStarted, time.Minute)
	time.Sleep(2 * time.Second)
	m.Stop("compute1")
	m.RunWith("compute1", func(c *node.Config) { c.Limits = home.NodeLimits{UploadQuota: 3 * blobSize / 2} })
	deadline := time.Now().Add(30 * time.Second)
	for {
		st, _, err := m.Daemons["compute1"].Job(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Phase == "abandoned" || st.Phase == "done" { // done: the abort is already on-chain
			if !strings.Contains(st.Reason, "cannot resume") || !strings.Contains(st.Reason, "keeps its aggregator state in memory") {
				t.Fatalf("reason %q does not say why the job was ended", st.Reason)
			}
			m.WaitState(id, chain.JobFailed, 30*time.Second) // aborted on-chain at once, not at the deadline
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %d is %+v at the restarted aggregator, want abandoned", id, st)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
