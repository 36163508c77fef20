package attest

import (
	"crypto/x509"
	"errors"
	"fmt"
	"time"

	"github.com/google/go-sev-guest/abi"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	"github.com/google/go-sev-guest/verify"
	"github.com/google/go-sev-guest/verify/trust"
	tdxpb "github.com/google/go-tdx-guest/proto/tdx"
)

// ErrSignature is wrapped when evidence is not a report signed under a
// trusted root (bad signature, broken or unknown chain, expired certificate).
var ErrSignature = errors.New("attest: report not signed under a trusted root")

// Verified is a report whose signature chain verified: what it says, not yet
// judged.
type Verified struct {
	Type        string
	Measurement []byte // SEV-SNP: the launch measurement; TDX: MRTD
	ReportData  []byte // 64 bytes
	EnclaveKey  []byte
	snp         *spb.Attestation
	tdx         *tdxpb.QuoteV4
}

// Roots are the roots a verifier trusts for one evidence type.
type Roots struct {
	// SNP is nil for AMD's own roots (embedded in go-sev-guest, the ARK and
	// ASK of every product line), or the roots to trust instead.
	SNP     map[string][]*trust.AMDRootCerts
	Product *spb.SevProduct // the expected product, when the report does not say (v2 reports)
	// TDX is nil for Intel's SGX/TDX root (embedded in go-tdx-guest).
	TDX *x509.CertPool
}

// Verify checks the evidence's signature and certificate chain (no
// network: the chain must be in the evidence) against roots at time now.
// It does not look at what the report says.
func Verify(ev *Evidence, roots Roots, now time.Time) (*Verified, error) {
	if ev.Type == TypeTDX {
		return verifyTDX(ev, roots, now)
	}
	if len(ev.Report) != abi.ReportSize {
		return nil, fmt.Errorf("%w: report of %d bytes, want %d", ErrEvidence, len(ev.Report), abi.ReportSize)
	}
	att, err := abi.ReportCertsToProto(append(clone(ev.Report), ev.Certs...))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEvidence, err)
	}
	opts := &verify.Options{DisableCertFetching: true, Now: now, TrustedRoots: roots.SNP, Product: roots.Product}
	if err := verify.SnpAttestation(att, opts); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrSignature, err)
	}
	return &Verified{Type: ev.Type, Measurement: att.Report.GetMeasurement(), ReportData: att.Report.GetReportData(),
		EnclaveKey: clone(ev.EnclaveKey), snp: att}, nil
}
