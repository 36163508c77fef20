package attest

import (
	"context"
	"fmt"
)

// The engine seam's platform (engine.Platform, satisfied structurally: this
// package does not import engine) returns evidence for report data; a `tee`
// lead adds its enclave key with WithKey.

// SimPlatform is a `sim` machine: SimAttester as an engine.Platform.
type SimPlatform struct{ SimAttester }

// Report implements engine.Platform: encoded evidence without a key.
func (p SimPlatform) Report(_ context.Context, reportData [64]byte) ([]byte, error) {
	ev, err := p.Attest(reportData, nil)
	if err != nil {
		return nil, err
	}
	return ev.Encode()
}

// SNPPlatform is an SEV-SNP guest as an engine.Platform.
type SNPPlatform struct{ SNPAttester }

// Report implements engine.Platform.
func (p SNPPlatform) Report(_ context.Context, reportData [64]byte) ([]byte, error) {
	ev, err := p.Attest(reportData, nil)
	if err != nil {
		return nil, err
	}
	return ev.Encode()
}

// WithKey sets the enclave key of a platform's encoded evidence (whose
// report data must already bind it).
func WithKey(evidence, enclaveKey []byte) ([]byte, error) {
	ev, err := DecodeEvidence(evidence)
	if err != nil {
		return nil, fmt.Errorf("attest: platform evidence: %w", err)
	}
	ev.EnclaveKey = clone(enclaveKey)
	return ev.Encode()
}
