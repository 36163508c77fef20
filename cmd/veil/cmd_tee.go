package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/enclave"
	"github.com/veil-market/veil/release"
	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/spec"
)

func newTeeCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "tee",
		Short: "Rehearse a tee analysis on your own machine before paying for one",
	}
	cmd.AddCommand(newTeeRehearseCmd(g))
	return cmd
}

// teeRehearsal is what `veil tee rehearse` reports.
type teeRehearsal struct {
	Module       string             `json:"module_sha256"`
	Rows         int                `json:"rows"`
	Owners       int                `json:"owners"`
	Epsilon      float64            `json:"epsilon"`
	Delta        float64            `json:"delta"`
	PublishAfter string             `json:"publish_after"`
	Attestation  string             `json:"attestation"`
	Measurement  string             `json:"measurement"`
	BundleSHA256 string             `json:"bundle_sha256"`
	Releases     []release.Released `json:"releases"`
	Failure      string             `json:"failure,omitempty"`
	RealVerifies []string           `json:"a_real_deployment_verifies_instead"`
}

func newTeeRehearseCmd(g *globals) *cobra.Command {
	var modulePath, data string
	var eps, delta float64
	cmd := &cobra.Command{
		Use:   "rehearse TASK.json --module M.wasm --data A.csv[,B.csv...] --epsilon E [--delta D]",
		Short: "Run a tee task locally: each CSV as one owner, the key release and attestation under sim, the sandbox, the releases, the buyer's check",
		Long: "Runs everything a tee job runs, in one process and without a chain: each CSV plays an owner that\n" +
			"seals it, checks the enclave's sim attestation and only then releases its dataset key; the enclave opens\n" +
			"each sealed blob against its digest, the module runs in the sandbox under the\n" +
			"task's release plan, and the result bundle is checked as `veil job result` checks it. The publication\n" +
			"time is computed and shown, not waited for. Nothing leaves your machine.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := rehearseTee(cmd.Context(), args[0], modulePath, strings.Split(data, ","), eps, delta)
			if err != nil {
				return err
			}
			if g.json {
				return g.printJSON(r)
			}
			printRehearsal(g, r)
			return nil
		},
	}
	cmd.Flags().StringVar(&modulePath, "module", "", "the Wasm module the task names (its SHA-256 must match)")
	cmd.Flags().StringVar(&data, "data", "", "comma-separated CSV files, one per owner")
	cmd.Flags().Float64Var(&eps, "epsilon", 1, "the job's ε")
	cmd.Flags().Float64Var(&delta, "delta", 1e-5, "the job's δ")
	cmd.MarkFlagRequired("module")
	cmd.MarkFlagRequired("data")
	return cmd
}

func rehearseTee(ctx context.Context, taskPath, modulePath string, csvs []string, eps, delta float64) (*teeRehearsal, error) {
	raw, err := os.ReadFile(taskPath)
	if err != nil {
		return nil, err
	}
	task, err := enclave.DecodeTask(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", taskPath, err)
	}
	module, err := os.ReadFile(modulePath)
	if err != nil {
		return nil, err
	}
	if sum := sha256.Sum256(module); hex.EncodeToString(sum[:]) != task.Module.SHA256 {
		return nil, fmt.Errorf("%s has SHA-256 %x, the task names %s", modulePath, sum, task.Module.SHA256)
	}
	files, metas, err := readOwners(csvs)
	if err != nil {
		return nil, err
	}
	if _, err := task.Check(metas); err != nil {
		return nil, err
	}
	p := spec.Privacy{Epsilon: eps, Delta: delta}
	te, td := p.CalibrationTarget()
	job := &enclave.Job{Module: module, Plan: task.Plan, Args: task.Args, Columns: task.Columns,
		Epsilon: eps, Target: [2]float64{te, td}, Limits: task.Limits()}
	return rehearse(ctx, job, files, delta, sha256.Sum256(raw))
}

// readOwners reads each owner's CSV and its public metadata (schema, rows).
func readOwners(csvs []string) ([][]byte, []*dataset.Metadata, error) {
	var files [][]byte
	var metas []*dataset.Metadata
	for _, path := range csvs {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		t, err := dataset.Read(bytes.NewReader(b))
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		m := &dataset.Metadata{Rows: t.Len()}
		for _, c := range t.Columns {
			m.Columns = append(m.Columns, dataset.ColumnMeta{Name: c})
		}
		files, metas = append(files, b), append(metas, m)
	}
	return files, metas, nil
}

// sealOwners seals each owner's file under a fresh dataset identity into a
// store, as publishing does: the pointers are what the chain would hold,
// the identities what each owner releases.
func sealOwners(ctx context.Context, st seal.Store, files [][]byte) ([]seal.Pointer, [][]byte, error) {
	var ptrs []seal.Pointer
	var keys [][]byte
	for _, f := range files {
		id, err := seal.NewDatasetIdentity(nil)
		if err != nil {
			return nil, nil, err
		}
		p, err := seal.Seal(ctx, bytes.NewReader(f), id.Recipient(), st)
		if err != nil {
			return nil, nil, err
		}
		ptrs, keys = append(ptrs, p), append(keys, []byte(id.String()))
	}
	return ptrs, keys, nil
}

// rehearsalImage stands for the measurement of the project's image: in a
// rehearsal, as on the devnet, there is no image, and `sim` signs.
var rehearsalImage = sha512.Sum384([]byte("veil tee rehearsal: no image"))

// rehearse seals the owners' files, runs the key release, opens the blobs
// in the enclave (digests checked), runs the job and the buyer's check.
func rehearse(ctx context.Context, job *enclave.Job, files [][]byte, delta float64, taskHash [32]byte) (*teeRehearsal, error) {
	dir, err := os.MkdirTemp("", "veil-tee-rehearsal-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	st, err := seal.NewDirStore(dir)
	if err != nil {
		return nil, err
	}
	ptrs, keys, err := sealOwners(ctx, st, files)
	if err != nil {
		return nil, err
	}
	sim, err := attest.NewSim(time.Now().Add(-time.Hour), attest.SimTCB)
	if err != nil {
		return nil, err
	}
	policy := &attest.Policy{Measurements: [][]byte{rehearsalImage[:]}, MinimumTCB: attest.SimTCB,
		AllowSim: attest.SimAllowed(attest.DevnetChainID, false), SimRoots: sim.Roots()}
	const jobID = 1
	evidence, nonces, released, err := releaseKeys(jobID, keys, sim, policy)
	if err != nil {
		return nil, err
	}
	for i, p := range ptrs {
		t, err := enclave.OpenDataset(ctx, st, p, released[i])
		if err != nil {
			return nil, err
		}
		job.Tables = append(job.Tables, t)
	}
	noWait := enclave.Clock{Now: time.Now, WaitUntil: func(context.Context, time.Time) error { return nil }}
	res, err := enclave.Run(ctx, job, noWait, nil)
	if err != nil {
		return nil, err
	}
	b := &enclave.Bundle{JobID: jobID, Nonces: nonces, Evidence: evidence, ModuleSHA256: sha256.Sum256(job.Module),
		TaskSHA256: taskHash, Releases: res.Payload}
	v, err := b.Verify(policy, jobID, b.ModuleSHA256, taskHash)
	if err != nil {
		return nil, err
	}
	return &teeRehearsal{Module: hex.EncodeToString(b.ModuleSHA256[:]), Rows: countRows(job.Tables), Owners: len(job.Tables),
		Epsilon: job.Epsilon, Delta: delta, PublishAfter: res.Published.Sub(res.Start).String(),
		Attestation: v.Type, Measurement: hex.EncodeToString(v.Measurement), BundleSHA256: hex.EncodeToString(v.Hash[:]),
		Releases: v.Releases, Failure: res.Failure, RealVerifies: realVerification}, nil
}

// releaseKeys plays every owner's side of the key release against the
// enclave's and returns the keys as the enclave unwrapped them.
func releaseKeys(jobID uint64, keys [][]byte, sim *attest.Sim, policy *attest.Policy) ([]byte, [][attest.NonceSize]byte, [][]byte, error) {
	enc, err := enclave.NewEnclaveSession(jobID, len(keys), attest.SimAttester{Sim: sim, Measurement: rehearsalImage})
	if err != nil {
		return nil, nil, nil, err
	}
	sessions := make([]*enclave.OwnerSession, len(keys))
	for i := range sessions {
		if sessions[i], err = enclave.NewOwnerSession(jobID, uint64(i+1), i, policy, nil); err != nil {
			return nil, nil, nil, err
		}
		n := sessions[i].Nonce()
		if err := enc.AddNonce(i, n[:]); err != nil {
			return nil, nil, nil, err
		}
	}
	evidence, nonces, err := enc.Evidence()
	if err != nil {
		return nil, nil, nil, err
	}
	released := make([][]byte, len(keys))
	for i, s := range sessions {
		wrapped, _, err := s.Release(evidence, nonces, keys[i])
		if err != nil {
			return nil, nil, nil, fmt.Errorf("owner %d refused the enclave: %w", i+1, err)
		}
		if released[i], err = enc.OpenKey(uint64(i+1), wrapped); err != nil {
			return nil, nil, nil, err
		}
	}
	return evidence, nonces, released, nil
}

func countRows(ts []*dataset.Table) int {
	n := 0
	for _, t := range ts {
		n += t.Len()
	}
	return n
}

// realVerification is what `sim` stands in for (docs/tee.md §4).
var realVerification = []string{
	"the report is signed by the chip's VCEK, chained to AMD's ARK/ASK for its product line (not go-sev-guest's test roots)",
	"the launch measurement is the SEV-SNP digest of the project's reproducible image (firmware, kernel, initrd with veil), pinned in each owner's policy",
	"the reported TCB is at least the owner's minimum from AMD's current security bulletin; debug and migration agents are off",
	"sim is refused off the devnet (chain id 1337) unless an owner enables it",
}

func printRehearsal(g *globals, r *teeRehearsal) {
	g.say("module %s on %d rows of %d owners, ε = %v, δ = %v", r.Module, r.Rows, r.Owners, r.Epsilon, r.Delta)
	g.say("attestation: %s, measurement %s…, checked by every owner before its key moved and again on the result", r.Attestation, r.Measurement[:16])
	if r.Failure != "" {
		g.say("the module did not load, every release is its default: %s", r.Failure)
	}
	for _, rel := range r.Releases {
		g.say("  %s[%d] %s: %s (noise σ %.4g per value, ε %v)", rel.Name, rel.Rep, rel.Mechanism, teeValues(rel.Values), rel.NoiseScale, rel.Epsilon)
	}
	g.say("result bundle %s…; published %s after the start in a real job (not waited for here)", r.BundleSHA256[:16], r.PublishAfter)
	g.say("a real deployment verifies instead:")
	for _, s := range r.RealVerifies {
		g.say("  - %s", s)
	}
}

func teeValues(v []float64) string {
	parts := make([]string, 0, min(len(v), 6))
	for i, x := range v {
		if i == 6 {
			parts = append(parts, fmt.Sprintf("… (%d values)", len(v)))
			break
		}
		parts = append(parts, fmt.Sprintf("%.4g", x))
	}
	return "[" + strings.Join(parts, " ") + "]"
}
