package attest

import (
	"fmt"
	"sync"
	"time"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/kds"
	spb "github.com/google/go-sev-guest/proto/sevsnp"
	sevtest "github.com/google/go-sev-guest/testing"
	"github.com/google/go-sev-guest/verify/trust"
)

// SimProduct is the product a `sim` report claims.
const SimProduct = "Milan-B0"

// SimTCB is the TCB a `sim` report and its VCEK carry.
var SimTCB = kds.TCBParts{BlSpl: 3, TeeSpl: 0, SnpSpl: 8, UcodeSpl: 115}

// simMu serialises go-sev-guest's fake signer, which draws from one
// unsynchronised math/rand source.
var simMu sync.Mutex

// Sim signs SEV-SNP reports with go-sev-guest's published test keys: the
// same bytes and the same verifier as real hardware, and no secret at all
// (anyone can sign with these keys), which is why policies refuse it except
// on the devnet.
type Sim struct {
	signer  *sevtest.AmdSigner
	product *spb.SevProduct
}

// NewSim makes a test ARK → ASK → VCEK chain valid from created on, with
// the VCEK at tcb.
func NewSim(created time.Time, tcb kds.TCBParts) (*Sim, error) {
	product, err := kds.ParseProductName(SimProduct, abi.VcekReportSigner)
	if err != nil {
		return nil, err
	}
	v, err := kds.ComposeTCBParts(tcb)
	if err != nil {
		return nil, err
	}
	simMu.Lock()
	defer simMu.Unlock()
	b := &sevtest.AmdSignerBuilder{Keys: sevtest.DefaultAmdKeys(), ProductName: SimProduct, TCB: v,
		ArkCreationTime: created, AskCreationTime: created, VcekCreationTime: created,
		VcekCustom: sevtest.CertOverride{Extensions: sevtest.CustomExtensions(tcb, make([]byte, abi.ChipIDSize), "", SimProduct)}}
	signer, err := b.TestOnlyCertChain()
	if err != nil {
		return nil, fmt.Errorf("attest: sim chain: %w", err)
	}
	return &Sim{signer: signer, product: product}, nil
}

// Attest returns evidence for an enclave with this launch measurement,
// report data and ephemeral key, signed by the test VCEK.
func (s *Sim) Attest(measurement [48]byte, reportData [64]byte, enclaveKey []byte) (*Evidence, error) {
	tcb := uint64(s.signer.TCB)
	r := &spb.Report{Version: 2, Policy: abi.SnpPolicyToBytes(abi.SnpPolicy{SMT: true, ABIMajor: 1, ABIMinor: 51}),
		SignatureAlgo: 1, CurrentTcb: tcb, ReportedTcb: tcb, CommittedTcb: tcb, LaunchTcb: tcb,
		CurrentMajor: 1, CurrentMinor: 55, CommittedMajor: 1, CommittedMinor: 55,
		FamilyId: make([]byte, abi.FamilyIDSize), ImageId: make([]byte, abi.ImageIDSize),
		ReportData: reportData[:], Measurement: measurement[:], HostData: make([]byte, abi.HostDataSize),
		IdKeyDigest: make([]byte, abi.IDKeyDigestSize), AuthorKeyDigest: make([]byte, abi.AuthorKeyDigestSize),
		ReportId: make([]byte, abi.ReportIDSize), ReportIdMa: make([]byte, abi.ReportIDMASize),
		ChipId: make([]byte, abi.ChipIDSize), Signature: make([]byte, abi.SignatureSize)}
	raw, err := abi.ReportToAbiBytes(r)
	if err != nil {
		return nil, fmt.Errorf("attest: sim report: %w", err)
	}
	simMu.Lock()
	defer simMu.Unlock()
	rr, ss, err := s.signer.Sign(abi.SignedComponent(raw))
	if err != nil {
		return nil, fmt.Errorf("attest: sim signature: %w", err)
	}
	if err := abi.SetSignature(rr, ss, raw); err != nil {
		return nil, err
	}
	certs, err := s.signer.CertTableBytes()
	if err != nil {
		return nil, err
	}
	return &Evidence{Type: TypeSim, Report: raw, Certs: certs, EnclaveKey: clone(enclaveKey)}, nil
}

// Roots are the roots that verify this Sim's reports (and nothing AMD signed).
func (s *Sim) Roots() Roots { return simRoots(s.signer, s.product) }

// SimRoots are the test roots every `sim` report chains to: go-sev-guest's
// published test ARK and ASK keys.
func SimRoots(created time.Time) (Roots, error) {
	s, err := NewSim(created, SimTCB)
	if err != nil {
		return Roots{}, err
	}
	return s.Roots(), nil
}

func simRoots(signer *sevtest.AmdSigner, product *spb.SevProduct) Roots {
	r := trust.AMDRootCertsProduct(kds.ProductLine(product))
	r.ProductCerts = &trust.ProductCerts{Ark: signer.Ark, Ask: signer.Ask}
	return Roots{SNP: map[string][]*trust.AMDRootCerts{kds.ProductLine(product): {r}}, Product: product}
}

// AMDRoots are AMD's production roots (embedded in go-sev-guest): what a
// real SEV-SNP deployment verifies against.
func AMDRoots() Roots { return Roots{} }
