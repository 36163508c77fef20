package engine

import (
	"context"
	"crypto/sha512"
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
)

// Attestation: a compute node can prove what code it runs (a TEE's report),
// and the parties that connect to it can check that proof before any message
// of the job moves. The engine supplies both halves; the transport runs them
// at the connection's start and hands the checked evidence to the engine
// (Channel.Evidence):
//
//   - An owner's run (or a compute node's) that implements Verifier checks
//     every compute node it connects to. The transport sends a fresh nonce of
//     the verifier's; the connection carries no job message until Verify
//     accepts the answer, and a refusal ends it, naming the peer.
//   - A lead's or helper's run that implements Prover answers each challenge
//     with evidence binding it, typically a platform report (Env.Platform)
//     whose report data is Challenge.ReportData(its ephemeral public key).
//
// For tee: the owner's Verify checks the report's signature chain and the
// pinned measurement, and that the report data binds the challenge and the
// enclave key carried in the evidence; its Round then reads that key from
// link.Evidence(ctx) and seals the dataset key to it. The enclave puts the
// evidence it gave into the result, so the buyer's Finalize checks it again.

// Challenge is what one attestation answers: fresh, and naming the job and
// both ends, so evidence cannot be replayed to another party, job or time.
type Challenge struct {
	Job      uint64
	Prover   common.Address // the compute node that attests
	Verifier common.Address // who asks: an owner or another compute node
	Nonce    [32]byte       // the verifier's, fresh for this connection
}

// ReportData is the 64 bytes a platform report binds for c, with extra (the
// prover's ephemeral public key, say): SHA-512 of the fields, domain-separated.
// Both sides compute it; it fits SEV-SNP's and TDX's 64-byte report data.
func (c Challenge) ReportData(extra []byte) [64]byte {
	h := sha512.New()
	h.Write([]byte("veil-attestation-v1"))
	h.Write(binary.BigEndian.AppendUint64(nil, c.Job))
	h.Write(c.Prover[:])
	h.Write(c.Verifier[:])
	h.Write(c.Nonce[:])
	h.Write(binary.BigEndian.AppendUint64(nil, uint64(len(extra))))
	h.Write(extra)
	return [64]byte(h.Sum(nil))
}

// MaxEvidence bounds the evidence one attestation carries (a report with its
// certificate chain is a few KiB).
const MaxEvidence = 64 << 10

// Prover is implemented by a lead's or helper's run whose peers check it.
type Prover interface {
	// Prove answers c with evidence (at most MaxEvidence bytes).
	Prove(ctx context.Context, c Challenge) ([]byte, error)
}

// Verifier is implemented by an owner's, lead's or helper's run that checks
// the compute nodes it connects to.
type Verifier interface {
	// Verify checks prover's evidence for c (empty when the peer gave none).
	// An error refuses the peer before any message of the job moves.
	Verify(ctx context.Context, c Challenge, evidence []byte) error
}

// Platform is the hardware attestation of the machine a node runs on (AMD
// SEV-SNP, Intel TDX): Env.Platform, nil on a machine without one.
type Platform interface {
	// Report returns evidence that the code this machine was launched with
	// asked for reportData: the report and what verifies it.
	Report(ctx context.Context, reportData [64]byte) ([]byte, error)
}

// Attesters returns the run's attestation halves, nil where it has none.
func Attesters(run any) (Prover, Verifier) {
	p, _ := run.(Prover)
	v, _ := run.(Verifier)
	return p, v
}
