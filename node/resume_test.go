package node_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/node"
)

// TestAggregatorRestartResumes: the aggregator's daemon stops in the middle
// of a job and starts again; it takes the job up after the last round it
// announced (that round is lost: owners never send a round twice), and the
// job settles with every owner paid for the rounds it was credited.
func TestAggregatorRestartResumes(t *testing.T) {
	m, price := toyMarket(t, 3)
	m.Run("owner1", "owner2", "owner3", "compute1")
	id := m.Submit(m.Spec("mpc", `{"rounds":6,"delay_ms":600}`, `{"epsilon":1,"delta":1e-6}`))
	m.WaitState(id, chain.JobStarted, time.Minute)
	time.Sleep(2 * time.Second)
	m.Stop("compute1")
	m.Run("compute1")
	m.WaitState(id, chain.JobSettled, 2*time.Minute)
	lost := new(big.Int).Div(price, big.NewInt(6)) // one round of six
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		got := waitPaid(t, m, o)
		if got.Cmp(price) > 0 || new(big.Int).Sub(price, got).Cmp(lost) > 0 {
			t.Errorf("%s paid %s of %s; at most the interrupted round may be lost", o, chain.FormatCoins(got), chain.FormatCoins(price))
		}
	}
}

// TestUnresumableJobEndsAtRestart: with an engine whose aggregator cannot
// resume, a restarted aggregator ends the job at once and records why.
func TestUnresumableJobEndsAtRestart(t *testing.T) {
	m := uploadMarket(t)
	id := m.Submit(m.Spec("tee", `{"rounds":6,"delay_ms":600}`, `{"epsilon":1,"delta":1e-6}`))
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
		if st.Phase == "abandoned" {
			if !strings.Contains(st.Reason, "cannot resume") || !strings.Contains(st.Reason, "keeps its aggregator state in memory") {
				t.Fatalf("reason %q does not say why the job was ended", st.Reason)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %d is %+v at the restarted aggregator, want abandoned", id, st)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// waitPaid waits until a member has been credited something and returns it.
func waitPaid(t *testing.T, m *markettest.Market, name string) *big.Int {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if got := m.Credits(name); got.Sign() > 0 {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s was paid nothing", name)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
