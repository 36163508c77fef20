package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/seal/ipfs/ipfstest"
)

// TestJobThroughProcesses: three owner daemons and an aggregator, each its own
// process of the real binary, run a job from `veil job submit`; balances are
// checked to the wei (0.1 per owner, 0.01 fee, nothing back to the buyer).
// owner1 keeps its sealed blob on IPFS (a fake kubo node): its daemon reads it
// back through the RPC API, verified block by block, to take part.
func TestJobThroughProcesses(t *testing.T) {
	p := startProcMarket(t, 3)
	kubo := ipfstest.New(t.Cleanup)
	p.publishArgs = map[string][]string{"owner1": {"--store", "ipfs", "--ipfs", kubo.API.URL}}
	p.publishDiabetes(3, "toy")
	if uri := p.veil("buyer", "dataset", "show", "1", "--json"); !strings.Contains(uri, `"uri": "ipfs://Qm`) {
		t.Fatalf("dataset 1 is not on IPFS: %s", uri)
	}
	for _, n := range []string{"owner1", "owner2", "owner3", "compute1"} {
		p.startNode(n)
	}
	id := p.submit("toy", `{"rounds":3}`, `{"epsilon":1,"delta":1e-6,"dropouts":0}`)
	v := p.waitState(id, "settled", 2*time.Minute)
	if v.Confirmations != "3 of 3" {
		t.Errorf("confirmations %q, want 3 of 3", v.Confirmations)
	}
	if kubo.BlockGets() == 0 {
		t.Error("owner1's daemon never read its blob from the IPFS node")
	}
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		p.waitWithdrawable(o, "0.1", 30*time.Second)
	}
	if got := p.withdrawable("compute1"); got != "0.01" {
		t.Errorf("aggregator can withdraw %s, want its fee 0.01", got)
	}
	if got := p.withdrawable("buyer"); got != "0" {
		t.Errorf("buyer can withdraw %s, want 0", got)
	}
	out := filepath.Join(t.TempDir(), "result.json")
	p.veil("buyer", "job", "result", fmt.Sprint(id), "--out", out)
	b, _ := os.ReadFile(out)
	var res struct{ Rows int }
	if json.Unmarshal(b, &res); res.Rows != 442 {
		t.Fatalf("result %s, want 442 rows", b)
	}
}

// TestOwnerKilledMidJob: an owner's process is killed in the middle of a job
// that tolerates no dropout. The job can no longer complete, so the aggregator
// ends it at once (abortJob) instead of leaving it "started" until the deadline:
// `veil job status` says why, nobody is slashed, the aggregator forgoes its fee,
// the owners are paid for their part (the killed one after a restart), and after
// the redeem window the buyer gets back everything nobody earned.
func TestOwnerKilledMidJob(t *testing.T) {
	p := startProcMarket(t, 3)
	p.publishDiabetes(3, "toy")
	for _, n := range []string{"owner1", "owner2", "owner3", "compute1"} {
		p.startNode(n)
	}
	id := p.submit("toy", `{"rounds":6,"delay_ms":700}`, `{"epsilon":1,"delta":1e-6,"dropouts":0}`)
	p.waitState(id, "started", time.Minute)
	time.Sleep(2 * time.Second) // a round or two
	p.kill("owner3")
	v := p.waitState(id, "failed", time.Minute)
	if v.PayloadHash != "" || !strings.Contains(v.Why, "aborted") || v.AbortReason == "" {
		t.Fatalf("job %d failed with payload %q, why %q, reason %q; want aborted before any result", id, v.PayloadHash, v.Why, v.AbortReason)
	}
	p.startNode("owner3") // it confirms and is paid for what it contributed before it died
	paid := map[string]string{}
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		paid[o] = p.waitPaid(o, 30*time.Second)
	}
	if p.staked("compute1") != "10" {
		t.Errorf("aggregator stake %s, want 10: an abort is not slashed", p.staked("compute1"))
	}
	p.warp(2 * time.Minute)
	p.veil("buyer", "job", "refund", fmt.Sprint(id))
	total := sumCoins(t, append(values(paid), p.withdrawable("buyer"), p.withdrawable("compute1")))
	if total != "0.31" {
		t.Fatalf("owners %v + buyer %s + aggregator %s = %s, want the 0.31 paid", paid, p.withdrawable("buyer"), p.withdrawable("compute1"), total)
	}
	if p.withdrawable("compute1") != "0" {
		t.Errorf("aggregator was paid %s for an aborted job", p.withdrawable("compute1"))
	}
}

// waitPaid waits until an owner's redeemed pay shows up and returns it.
func (p *procMarket) waitPaid(name string, timeout time.Duration) string {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if got := p.withdrawable(name); got != "0" {
			return got
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s redeemed nothing", name)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func values(m map[string]string) []string {
	var out []string
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// TestOwnerRestartMidJob: an owner's process is killed and restarted during a
// job that tolerates one dropout; it rejoins at a later round, never repeats a
// round, and is paid for the rounds it contributed.
func TestOwnerRestartMidJob(t *testing.T) {
	p := startProcMarket(t, 3)
	p.publishDiabetes(3, "toy")
	for _, n := range []string{"owner1", "owner2", "owner3", "compute1"} {
		p.startNode(n)
	}
	id := p.submit("toy", `{"rounds":12,"delay_ms":700}`, `{"epsilon":1,"delta":1e-6,"dropouts":1}`)
	p.waitState(id, "started", time.Minute)
	time.Sleep(3 * time.Second)
	p.kill("owner2")
	time.Sleep(1500 * time.Millisecond)
	p.startNode("owner2")
	p.waitState(id, "settled", 2*time.Minute)
	p.waitWithdrawable("owner1", "0.1", 30*time.Second)
	p.waitWithdrawable("owner3", "0.1", 30*time.Second)
	got := p.waitPaid("owner2", 30*time.Second)
	if got == "0.1" || got == "0" {
		t.Fatalf("owner2 was paid %s; it missed rounds, so it must earn less than the price but more than nothing", got)
	}
	if strings.Count(p.logs["owner2"].String(), "round failed") > 0 {
		t.Logf("owner2 log:\n%s", p.logs["owner2"].String())
	}
}

// TestAggregatorWithholdsReceipts: an aggregator that never signs receipts gets
// at most one round from each owner. The owners' ε was spent all the same, so
// each is paid kappa of its price (0.05 of 0.1) when it confirms; the job fails
// at its commit deadline and the aggregator's bond (its fee) is slashed.
func TestAggregatorWithholdsReceipts(t *testing.T) {
	p := startProcMarket(t, 3)
	p.publishDiabetes(3, "toy-withhold")
	for _, n := range []string{"owner1", "owner2", "owner3", "compute1"} {
		p.startNode(n)
	}
	id := p.submit("toy-withhold", `{"rounds":5}`, `{"epsilon":1,"delta":1e-6}`)
	p.waitState(id, "started", time.Minute)
	deadline := time.Now().Add(90 * time.Second)
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		for !strings.Contains(p.logs[o].String(), "did not send the receipt") {
			if time.Now().After(deadline) {
				t.Fatalf("%s kept going without receipts; log:\n%s", o, p.logs[o].String())
			}
			time.Sleep(300 * time.Millisecond)
		}
	}
	p.warp(3 * time.Minute)
	v := p.waitState(id, "failed", time.Minute)
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		if got := p.waitPaid(o, 30*time.Second); got != "0.05" {
			t.Errorf("%s was paid %s without a receipt, want kappa of its price (0.05)", o, got)
		}
	}
	t.Logf("job %d: %s", id, v.Why)
}

// TestAggregatorKilledMidJobResumes: the aggregator's process is killed
// (SIGKILL) in the middle of a job and started again. It resumes after the
// last round it announced; the job settles, each owner is paid for the rounds
// it was credited (at most the interrupted round is lost), and the aggregator
// earns its fee with its stake intact.
func TestAggregatorKilledMidJobResumes(t *testing.T) {
	p := startProcMarket(t, 3)
	p.publishDiabetes(3, "toy")
	for _, n := range []string{"owner1", "owner2", "owner3", "compute1"} {
		p.startNode(n)
	}
	id := p.submit("toy", `{"rounds":8,"delay_ms":600}`, `{"epsilon":1,"delta":1e-6}`)
	p.waitState(id, "started", time.Minute)
	time.Sleep(3 * time.Second)
	p.kill("compute1")
	p.startNode("compute1")
	p.waitState(id, "settled", 2*time.Minute)
	floor := big.NewInt(7e17 / 80) // 7/8 of 0.1: what 7 credited rounds of 8 pay at least
	for _, o := range []string{"owner1", "owner2", "owner3"} {
		got, err := chain.ParseCoins(p.waitPaid(o, 30*time.Second))
		if err != nil || got.Cmp(floor) < 0 || got.Cmp(big.NewInt(1e17)) > 0 {
			t.Errorf("%s was paid %s (%v); want between 7/8 of 0.1 and 0.1: at most the interrupted round is lost", o, chain.FormatCoins(got), err)
		}
	}
	p.waitWithdrawable("compute1", "0.01", 30*time.Second)
	if got := p.staked("compute1"); got != "10" {
		t.Errorf("aggregator stake %s, want 10 (not slashed)", got)
	}
	if !strings.Contains(p.logs["compute1"].String(), "resuming the job after a restart") {
		t.Errorf("the aggregator did not resume:\n%s", p.logs["compute1"].String())
	}
}
