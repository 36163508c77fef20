package main

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// TestDevnetWithNodes: `veil devnet --nodes` alone is a whole market: publish
// from three owners and submit a job from the CLI, and the devnet's own daemons
// run it to settlement.
func TestDevnetWithNodes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	proc, info := startDevnetProc(t, dir, freeAddr(t), "--owners", "3", "--nodes")
	defer stopProc(t, proc)
	p := &procMarket{t: t, dir: dir, info: info}
	p.publishDiabetes(3, "toy")
	id := p.submit("toy", `{"rounds":2}`, `{"epsilon":1,"delta":1e-6,"dropouts":0}`)
	v := p.waitState(id, "settled", 2*time.Minute)
	if v.Confirmations != "3 of 3" {
		t.Fatalf("confirmations %q", v.Confirmations)
	}
	for i := 1; i <= 3; i++ {
		p.waitWithdrawable(fmt.Sprintf("owner%d", i), "0.1", 30*time.Second)
	}
}
