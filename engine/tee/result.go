package tee

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/enclave"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/release"
)

// resultChallenge is what the result's report answers: the job, the lead
// as prover, the buyer as verifier, and as nonce the hash of what the
// bundle carries — so the report binds the releases, the module and the
// task to this job and this buyer.
func resultChallenge(job *engine.Job, b *enclave.Bundle) engine.Challenge {
	h := sha256.New()
	h.Write([]byte("veil tee result v1\x00"))
	h.Write(b.ModuleSHA256[:])
	h.Write(b.TaskSHA256[:])
	h.Write(b.Releases)
	return engine.Challenge{Job: job.ID, Prover: job.Compute[0].Address, Verifier: job.Buyer, Nonce: [32]byte(h.Sum(nil))}
}

// checkBundle is what owners (before confirming) and the buyer (in
// Finalize) check: the bundle is this job's, of the spec's module and task,
// and its report verifies and validates under policy for the result
// challenge.
func checkBundle(p *attest.Policy, job *engine.Job, payload []byte) (*enclave.Bundle, *attest.Verified, []release.Released, error) {
	b, err := enclave.DecodeBundle(payload)
	if err != nil {
		return nil, nil, nil, err
	}
	t, err := enclave.DecodeTask(job.Spec.Task)
	if err != nil {
		return nil, nil, nil, err
	}
	if b.JobID != job.ID || hex.EncodeToString(b.ModuleSHA256[:]) != t.Module.SHA256 || b.TaskSHA256 != sha256.Sum256(job.Spec.Task) {
		return nil, nil, nil, fmt.Errorf("tee: the result is not job %d's, or not of its module and task", job.ID)
	}
	ev, err := attest.DecodeEvidence(b.Evidence)
	if err != nil {
		return nil, nil, nil, err
	}
	c := resultChallenge(job, b)
	v, err := p.CheckReportData(ev, func(k []byte) [64]byte { return c.ReportData(k) })
	if err != nil {
		return nil, nil, nil, fmt.Errorf("tee: the result's attestation does not verify: %w", err)
	}
	rs, err := enclave.DecodePayload(b.Releases)
	return b, v, rs, err
}

// Output is the file the buyer gets: the releases and what was verified.
type Output struct {
	Job          uint64             `json:"job"`
	Verified     VerifiedReport     `json:"verified"`
	Releases     []release.Released `json:"releases"`
	BundleSHA256 string             `json:"bundle_sha256"`
}

// VerifiedReport says what the buyer's check established.
type VerifiedReport struct {
	Type        string `json:"attestation"`
	Measurement string `json:"measurement"`
	ReportData  string `json:"report_data"`
	Binds       string `json:"binds"`
}

// Finalize implements engine.Engine: the result's report is verified again
// (and the job refused if it does not), then the releases are decoded.
func (e Engine) Finalize(_ context.Context, job *engine.Job, payload []byte, env engine.BuyerEnv) (*engine.Output, error) {
	_, v, rs, err := checkBundle(e.policy(env.ChainID), job, payload)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(payload)
	out := Output{Job: job.ID, Releases: rs, BundleSHA256: hex.EncodeToString(sum[:]),
		Verified: VerifiedReport{Type: v.Type, Measurement: hex.EncodeToString(v.Measurement), ReportData: hex.EncodeToString(v.ReportData),
			Binds: "this job, the lead as prover, you as verifier, the releases, the module and the task"}}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, err
	}
	return &engine.Output{Data: data, Extension: ".json",
		Summary: fmt.Sprintf("%d releases; %s attestation verified (measurement %s…)", len(rs), v.Type, out.Verified.Measurement[:16])}, nil
}
