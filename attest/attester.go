package attest

import (
	"fmt"

	"github.com/google/go-sev-guest/abi"
	"github.com/google/go-sev-guest/client"
)

// Attester produces the enclave's evidence for a binding: inside a
// confidential VM the secure processor, elsewhere the `sim` signer.
type Attester interface {
	Attest(reportData [64]byte, enclaveKey []byte) (*Evidence, error)
}

// SimAttester attests as a `sim` enclave whose image measures Measurement.
type SimAttester struct {
	Sim         *Sim
	Measurement [48]byte
}

// Attest implements Attester.
func (a SimAttester) Attest(reportData [64]byte, enclaveKey []byte) (*Evidence, error) {
	return a.Sim.Attest(a.Measurement, reportData, enclaveKey)
}

// SNPAttester asks the SEV-SNP secure processor of the VM it runs in, through
// the guest's /dev/sev-guest or configfs-tsm (go-sev-guest's client), for an
// extended report: the report and the certificate table the host provisioned.
// It works only inside an SEV-SNP guest; nothing here can test it without one.
type SNPAttester struct{}

// Attest implements Attester.
func (SNPAttester) Attest(reportData [64]byte, enclaveKey []byte) (*Evidence, error) {
	qp, err := client.GetQuoteProvider()
	if err != nil {
		return nil, fmt.Errorf("attest: no SEV-SNP quote provider (not an SEV-SNP guest?): %w", err)
	}
	raw, err := qp.GetRawQuote(reportData)
	if err != nil {
		return nil, fmt.Errorf("attest: SEV-SNP report: %w", err)
	}
	if len(raw) < abi.ReportSize {
		return nil, fmt.Errorf("attest: SEV-SNP report of %d bytes", len(raw))
	}
	return &Evidence{Type: TypeSEVSNP, Report: clone(raw[:abi.ReportSize]), Certs: clone(raw[abi.ReportSize:]), EnclaveKey: clone(enclaveKey)}, nil
}
