package tee

import (
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/enclave"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/release"
	"github.com/veil-market/veil/spec"
)

var (
	buyer    = common.HexToAddress("0xb0")
	leadAddr = common.HexToAddress("0xc0")
)

func testSpec(t *testing.T, shares string, compute common.Address) *spec.Spec {
	t.Helper()
	wasm, err := os.ReadFile("../../sandbox/examples/groupstats.wasm")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(wasm)
	task := `{"type":"wasm","module":{"uri":"veil-node://m","sha256":"` + hex.EncodeToString(sum[:]) + `"},"columns":["g","x"],
		"plan":{"releases":[{"name":"n","mechanism":"histogram","function":"group","edges":[0,1,2],"epsilon":` + shares + `}]}}`
	return &spec.Spec{Engine: "tee", Datasets: []uint64{1, 2}, Task: json.RawMessage(task), Compute: []string{compute.Hex()},
		Privacy: spec.Privacy{Epsilon: 1, Delta: 1e-5}, Buyer: &spec.Buyer{Address: buyer.Hex()}}
}

func testMetas() []*dataset.Metadata {
	m := &dataset.Metadata{Rows: 10, Columns: []dataset.ColumnMeta{{Name: "g"}, {Name: "x"}}}
	return []*dataset.Metadata{m, m}
}

func TestPlanRefuses(t *testing.T) {
	if _, err := (Engine{}).Plan(testSpec(t, "1.5", leadAddr), testMetas()); !errors.Is(err, release.ErrBudget) {
		t.Fatalf("a plan spending ε 1.5 of 1: %v", err)
	}
	if _, err := (Engine{}).Plan(testSpec(t, "0.5", buyer), testMetas()); !errors.Is(err, enclave.ErrBuyerNode) {
		t.Fatalf("the buyer as the enclave: %v", err)
	}
	long := testSpec(t, "0.5", leadAddr)
	big := []*dataset.Metadata{{Rows: 100000, Columns: testMetas()[0].Columns}}
	long.Datasets = long.Datasets[:1]
	if _, err := (Engine{}).Plan(long, big); err == nil || !strings.Contains(err.Error(), "deadline") {
		t.Fatalf("a plan publishing after the deadline: %v", err)
	}
	long.Deadline = "400h"
	if _, err := (Engine{}).Plan(long, big); err != nil {
		t.Fatalf("with a long enough deadline: %v", err)
	}
	p, err := (Engine{}).Plan(testSpec(t, "1", leadAddr), testMetas())
	if err != nil || p.Epsilon != 1 || p.Rounds != 1 || p.RoundTimeout < time.Minute {
		t.Fatalf("plan %+v, %v", p, err)
	}
}

// TestResultWhoseReportDoesNotVerifyIsRefused: Finalize (what `veil job
// result` runs) refuses a bundle whose report binds other releases, another
// job or another buyer, or comes from an image the policy does not pin.
func TestResultWhoseReportDoesNotVerifyIsRefused(t *testing.T) {
	sim, err := attest.NewSim(time.Now().Add(-time.Hour), attest.SimTCB)
	if err != nil {
		t.Fatal(err)
	}
	policy := &attest.Policy{Measurements: [][]byte{SimImage[:]}, MinimumTCB: attest.SimTCB, AllowSim: true, SimRoots: sim.Roots()}
	e := Engine{Policy: policy}
	s := testSpec(t, "1", leadAddr)
	job := &engine.Job{ID: 9, Spec: s, Buyer: buyer, Compute: []engine.ComputeNode{{Address: leadAddr}}}
	bundleOf := func(image [48]byte, mutate func(*enclave.Bundle)) []byte {
		var task enclave.Task
		json.Unmarshal(s.Task, &task)
		var mod [32]byte
		hex.Decode(mod[:], []byte(task.Module.SHA256))
		rel, _ := enclave.EncodePayload([]release.Released{{Name: "n", Mechanism: release.Histogram, Values: []float64{3, 4}}})
		b := &enclave.Bundle{JobID: 9, ModuleSHA256: mod, TaskSHA256: sha256.Sum256(s.Task), Releases: rel}
		_, pub, _ := attest.NewEnclaveKey()
		c := resultChallenge(job, b)
		ev, _ := attest.SimPlatform{SimAttester: attest.SimAttester{Sim: sim, Measurement: image}}.Report(context.Background(), c.ReportData(pub))
		b.Evidence, _ = attest.WithKey(ev, pub)
		if mutate != nil {
			mutate(b)
		}
		out, _ := b.Encode()
		return out
	}
	if out, err := e.Finalize(context.Background(), job, bundleOf(SimImage, nil), engine.BuyerEnv{}); err != nil || out.Summary == "" {
		t.Fatalf("an honest result is refused: %v", err)
	}
	other := sha512.Sum384([]byte("another image"))
	for name, payload := range map[string][]byte{
		"other releases": bundleOf(SimImage, func(b *enclave.Bundle) {
			b.Releases, _ = enclave.EncodePayload([]release.Released{{Name: "n", Mechanism: release.Histogram, Values: []float64{300, 4}}})
		}),
		"other job":   bundleOf(SimImage, func(b *enclave.Bundle) { b.JobID = 10 }),
		"other image": bundleOf(other, nil),
		"no report":   bundleOf(SimImage, func(b *enclave.Bundle) { b.Evidence = nil }),
	} {
		if _, err := e.Finalize(context.Background(), job, payload, engine.BuyerEnv{}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	otherBuyer := *job
	otherBuyer.Buyer = common.HexToAddress("0xb1")
	if _, err := e.Finalize(context.Background(), &otherBuyer, bundleOf(SimImage, nil), engine.BuyerEnv{}); !errors.Is(err, attest.ErrReportData) {
		t.Errorf("a result attested to another buyer: %v", err)
	}
	if _, err := (Engine{}).Finalize(context.Background(), job, bundleOf(SimImage, nil), engine.BuyerEnv{ChainID: 1666600000}); !errors.Is(err, attest.ErrSimRefused) {
		t.Errorf("the default policy accepted sim off the devnet: %v", err)
	}
	if _, err := (Engine{}).Finalize(context.Background(), job, bundleOf(SimImage, nil), engine.BuyerEnv{ChainID: attest.DevnetChainID}); err != nil {
		t.Errorf("the default policy refused sim on the devnet: %v", err)
	}
}

// TestOwnerRefusesALeadItCannotTrust: an owner's Verify refuses the lead's
// evidence for another image, for another challenge, and garbage.
func TestOwnerRefusesALeadItCannotTrust(t *testing.T) {
	sim, _ := attest.NewSim(time.Now().Add(-time.Hour), attest.SimTCB)
	policy := &attest.Policy{Measurements: [][]byte{SimImage[:]}, MinimumTCB: attest.SimTCB, AllowSim: true, SimRoots: sim.Roots()}
	c := checker{policy: policy, job: &engine.Job{ID: 3, Compute: []engine.ComputeNode{{Address: leadAddr}}}}
	ch := engine.Challenge{Job: 3, Prover: leadAddr, Verifier: buyer, Nonce: [32]byte{1}}
	_, pub, _ := attest.NewEnclaveKey()
	evidence := func(image [48]byte, rd [64]byte) []byte {
		ev, _ := attest.SimPlatform{SimAttester: attest.SimAttester{Sim: sim, Measurement: image}}.Report(context.Background(), rd)
		out, _ := attest.WithKey(ev, pub)
		return out
	}
	if err := c.Verify(context.Background(), ch, evidence(SimImage, ch.ReportData(pub))); err != nil {
		t.Fatalf("the right lead refused: %v", err)
	}
	stale := ch
	stale.Nonce = [32]byte{2}
	for name, ev := range map[string][]byte{
		"other image":     evidence(sha512.Sum384([]byte("x")), ch.ReportData(pub)),
		"other challenge": evidence(SimImage, stale.ReportData(pub)),
		"garbage":         []byte("not evidence"),
		"none":            nil,
	} {
		if err := c.Verify(context.Background(), ch, ev); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
