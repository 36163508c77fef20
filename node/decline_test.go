package node_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
)

// TestPolicyRefusalReachesBuyer: an owner whose policy caps ε declines on-chain
// with its reason; the buyer sees it and can cancel at once for a full refund.
func TestPolicyRefusalReachesBuyer(t *testing.T) {
	m, _ := toyMarket(t, 3)
	o := m.Members["owner2"]
	o.Home.Config.Policy = home.Policy{MaxEpsilon: 0.5}
	if err := o.Home.SaveConfig(); err != nil {
		t.Fatal(err)
	}
	m.Run("owner1", "owner2", "owner3", "compute1")
	id := m.Submit(m.Spec("toy", `{"rounds":1}`, `{"epsilon":1,"delta":1e-6,"dropouts":0}`))
	b := m.Members["buyer"]
	ctx := context.Background()
	var reason string
	deadline := time.Now().Add(30 * time.Second)
	for reason == "" && time.Now().Before(deadline) {
		declines, err := b.Market.Declines(ctx, id, 0)
		if err != nil {
			t.Fatal(err)
		}
		reason = declines[o.Home.Address()]
		time.Sleep(200 * time.Millisecond)
	}
	if !strings.Contains(reason, "ε 1 is above max_epsilon 0.5") {
		t.Fatalf("owner2's on-chain refusal = %q", reason)
	}
	if _, err := b.Market.CancelJob(ctx, id); err != nil {
		t.Fatalf("the buyer cannot cancel a job that can no longer start: %v", err)
	}
	j, err := b.Market.Job(ctx, id)
	if err != nil || j.State != chain.JobCancelled {
		t.Fatalf("job %d state %s (%v), want cancelled", id, chain.JobStateName(j.State), err)
	}
	if got := m.Credits("buyer"); got.Cmp(j.Payment) != 0 {
		t.Fatalf("buyer refunded %s of %s", got, j.Payment)
	}
}
