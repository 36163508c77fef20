package node_test

import (
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
)

// TestOwnerRestartRejoins stops an owner's daemon in the middle of a job that
// tolerates one dropout and starts it again: it rejoins at a later round and is
// paid for the rounds it contributed.
func TestOwnerRestartRejoins(t *testing.T) {
	m, price := toyMarket(t, 3)
	m.Run("owner1", "owner2", "owner3", "compute1")
	id := m.Submit(m.Spec("toy", `{"rounds":14,"delay_ms":500}`, `{"epsilon":1,"delta":1e-6,"dropouts":1}`))
	m.WaitState(id, chain.JobStarted, time.Minute)
	time.Sleep(2500 * time.Millisecond)
	m.Stop("owner2")
	time.Sleep(1200 * time.Millisecond)
	m.Run("owner2")
	m.WaitState(id, chain.JobSettled, 2*time.Minute)
	m.WaitCredits("owner1", price, 30*time.Second)
	deadline := time.Now().Add(30 * time.Second)
	for m.Credits("owner2").Sign() == 0 && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	got := m.Credits("owner2")
	if got.Sign() == 0 || got.Cmp(price) >= 0 {
		t.Fatalf("owner2 credited %s; it missed rounds, so it must earn more than 0 and less than %s", chain.FormatCoins(got), chain.FormatCoins(price))
	}
}
