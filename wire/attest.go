package wire

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/engine"
)

// The attestation handshake runs on a Join stream right after admission and
// before any message of the job (docs/wire.md#attestation). It uses data
// frames of round 0, which no job uses, each one whole message in one frame:
//
//	owner → node:  hello, payload: a 32-byte nonce when the owner checks the node, else empty
//	node → owner:  "veil/evidence" (the node's evidence for that nonce; empty if it has none), only after a nonce
//
//	peer → node:   hello, step "veil/compute", payload: a 32-byte nonce
//	node → peer:   "veil/evidence" for the peer's nonce, then "veil/challenge": the node's nonce
//	peer → node:   "veil/evidence" for the node's nonce (empty if it has none)
//
// Each side that checks calls its engine's Verify on what it got, with the
// challenge it issued; a refusal ends the stream with an error frame.
const (
	StepCompute   = "veil/compute"   // the hello step of a compute node joining another
	StepEvidence  = "veil/evidence"  // attestation evidence answering a nonce
	StepChallenge = "veil/challenge" // a compute node's nonce for the peer that joined it
	nonceSize     = 32
)

// ErrAttestation means a peer's attestation was refused, or missing where
// the engine requires one.
var ErrAttestation = errors.New("wire: attestation refused")

// Prove and Verify are an engine run's attestation halves (engine.Prover,
// engine.Verifier), as the transport calls them.
type (
	Prove  func(ctx context.Context, c engine.Challenge) ([]byte, error)
	Verify func(ctx context.Context, c engine.Challenge, evidence []byte) error
)

func attestFrame(job uint64, step string, payload []byte) *Frame {
	return &Frame{Kind: KindData, Job: job, Step: step, Total: uint64(len(payload)), Last: true, Payload: payload}
}

// readAttest checks a handshake frame from peer: a whole message of round 0
// under step, of at most max bytes.
func readAttest(f *Frame, job uint64, peer common.Address, step string, max int) ([]byte, error) {
	switch {
	case f.Kind == KindError:
		return nil, fmt.Errorf("wire: %s refused: %s", peer.Hex(), printableText(f.Payload))
	case f.Kind != KindData || f.Job != job || f.Round != 0 || f.Step != step:
		return nil, fmt.Errorf("wire: %s sent a %d frame (job %d, round %d, step %q) where the attestation handshake expects %q",
			peer.Hex(), f.Kind, f.Job, f.Round, f.Step, step)
	case f.Seq != 0 || !f.Last || f.Total != uint64(len(f.Payload)) || len(f.Payload) > max:
		return nil, fmt.Errorf("wire: %s sent %q that is not one whole message of at most %d bytes", peer.Hex(), step, max)
	}
	return f.Payload, nil
}

func freshNonce() ([nonceSize]byte, error) {
	var n [nonceSize]byte
	if _, err := rand.Read(n[:]); err != nil {
		return n, fmt.Errorf("wire: drawing a nonce: %w", err)
	}
	return n, nil
}

// prove answers challenge c with prove's evidence (empty when prove is nil).
func prove(ctx context.Context, p Prove, c engine.Challenge) ([]byte, error) {
	if p == nil {
		return nil, nil
	}
	ev, err := p(ctx, c)
	if err != nil {
		return nil, fmt.Errorf("wire: this node cannot attest to %s: %w", c.Verifier.Hex(), err)
	}
	if len(ev) > engine.MaxEvidence {
		return nil, fmt.Errorf("wire: this node's evidence has %d bytes, more than %d", len(ev), engine.MaxEvidence)
	}
	return ev, nil
}

// verify runs v on the prover's evidence; nil v accepts anything (and keeps nothing).
func verify(ctx context.Context, v Verify, c engine.Challenge, ev []byte) ([]byte, error) {
	if v == nil {
		return nil, nil
	}
	if err := v(ctx, c, ev); err != nil {
		return nil, fmt.Errorf("%w: compute node %s for job %d: %v", ErrAttestation, c.Prover.Hex(), c.Job, err)
	}
	return ev, nil
}
