package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/tee"
	"github.com/veil-market/veil/internal/demodata"
	"github.com/veil-market/veil/sandbox/examples"
	"github.com/veil-market/veil/spec"
)

// simPlatform is a compute node's attestation on the devnet (the demo, `veil devnet
// --nodes`, `veil node --platform sim`): `sim`, the
// same reports and verifier as SEV-SNP, signed with go-sev-guest's test
// roots, which owners accept on the devnet only.
var simPlatform = sync.OnceValue(func() attest.SimPlatform {
	sim, err := attest.NewSim(time.Now().Add(-time.Hour), attest.SimTCB)
	if err != nil {
		panic("demo: the sim signer: " + err.Error()) // fixed test keys: cannot fail
	}
	return attest.SimPlatform{SimAttester: attest.SimAttester{Sim: sim, Measurement: tee.SimImage}}
})

// teeJob runs the buyer's own Wasm analysis in the compute node's enclave.
func (d *demo) teeJob(ctx context.Context) error {
	d.step("The buyer's own analysis in an attested enclave (tee): a Wasm module, per row, only DP releases leave")
	ids, rows, err := d.publishTeeSample(ctx)
	if err != nil {
		return err
	}
	stop, err := d.startDaemons(ctx)
	if err != nil {
		return err
	}
	defer stop()
	module := filepath.Join(d.dir, "groupstats.wasm")
	if err := os.WriteFile(module, examples.Groupstats, 0o600); err != nil {
		return err
	}
	sum := sha256.Sum256(examples.Groupstats)
	task := fmt.Sprintf(`{"type":"wasm","module":{"uri":"file:%s","sha256":"%x"},"columns":["benign","mean_radius"],"call_timeout_ms":5,
 "plan":{"releases":[{"name":"counts","mechanism":"histogram","function":"group","edges":[0,1,2],"epsilon":1},
  {"name":"radius_by_label","mechanism":"vector","function":"sums_by_group","dim":2,"clip":30,"epsilon":1}]}}`, module, sum)
	raw := fmt.Sprintf(`{"engine":"tee","datasets":%s,"task":%s,"privacy":{"epsilon":2,"delta":1e-5,"dropouts":0,"colluders":0},"compute":[%q]}`,
		jsonIDs(ids), task, d.compute.home.Address().Hex())
	sp, err := spec.Parse([]byte(raw))
	if err != nil {
		return err
	}
	d.line("job: the groupstats module (sha256 %s…, built reproducibly from Go source) on %d rows: counts by label and sums of mean_radius by label, ε = 2", hex.EncodeToString(sum[:8]), rows)
	res, err := buyer.Submit(ctx, buyer.Submission{Market: d.buyer.market, Registry: chain.NewRegistry(d.buyer.market), Home: d.buyer.home, Secrets: d.buyer.secrets, Spec: sp})
	if err != nil {
		return err
	}
	d.line("each owner checks the compute node's sim attestation (chain to the test roots, pinned measurement, its own fresh challenge and the enclave key) before its rows move, sealed to the enclave key")
	if err := d.follow(ctx, res.ID); err != nil {
		return err
	}
	return d.showTee(ctx, res.ID)
}

// publishTeeSample has each owner publish a small sample for tee (the
// publication time is fixed by the plan's worst case, so the demo keeps it
// short).
func (d *demo) publishTeeSample(ctx context.Context) ([]uint64, int, error) {
	decl, err := dataset.ReadDeclarations(bytes.NewReader(demodata.BreastCancerBounds))
	if err != nil {
		return nil, 0, err
	}
	sample := &dataset.Table{Columns: d.train.Columns, Rows: d.train.Rows[:24]}
	ids, err := d.publishParts(ctx, sample.SplitIID(3, rand.New(rand.NewPCG(9, 9))), decl, "Breast cancer sample, clinic %d", chain.EngineTEE)
	if err != nil {
		return nil, 0, err
	}
	d.line("the 3 owners publish a 24-row sample for tee jobs: datasets %v", ids)
	return ids, sample.Len(), nil
}

func (d *demo) showTee(ctx context.Context, id uint64) error {
	res, err := buyer.Fetch(ctx, d.buyer.market, chain.NewRegistry(d.buyer.market), d.buyer.home, d.buyer.secrets, id)
	if err != nil {
		return err
	}
	var out tee.Output
	if err := json.Unmarshal(res.Output.Data, &out); err != nil {
		return err
	}
	d.line("the buyer verified the result's report again: %s attestation, measurement %s…, binding %s", out.Verified.Type, out.Verified.Measurement[:16], out.Verified.Binds)
	for _, r := range out.Releases {
		d.line("  release %s: %s (noise σ %.3g per value)", r.Name, fmtValues(r.Values), r.NoiseScale)
	}
	d.line("a real SEV-SNP deployment verifies instead:")
	for _, s := range realVerification {
		d.line("  - %s", s)
	}
	return nil
}

func fmtValues(v []float64) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprintf("%.1f", x)
	}
	return "[" + strings.Join(parts, " ") + "]"
}
