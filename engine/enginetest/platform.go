package enginetest

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
)

// FakePlatform stands in for a TEE's attestation in tests: it signs reports
// (the measurement of the code it launched, and the 64 bytes of report data
// the code asked for) with an Ed25519 key whose public half verifiers pin,
// as a TEE's reports chain to its vendor's root key. It protects nothing: it
// lets the attestation path of the seam (engine.Platform, Prover, Verifier,
// wire's handshake) run in tests with real checks that fail on a wrong
// measurement, a wrong key or stale report data.
type FakePlatform struct {
	Measurement [32]byte
	key         ed25519.PrivateKey
}

var _ interface {
	Report(context.Context, [64]byte) ([]byte, error)
} = (*FakePlatform)(nil)

// NewFakePlatform is a platform with a root key derived from seed, launching
// code of the given measurement.
func NewFakePlatform(seed uint64, measurement [32]byte) *FakePlatform {
	s := seedBytes(seed, "fake platform root")
	return &FakePlatform{Measurement: measurement, key: ed25519.NewKeyFromSeed(s[:])}
}

// Root is the key verifiers pin.
func (p *FakePlatform) Root() ed25519.PublicKey { return p.key.Public().(ed25519.PublicKey) }

const fakeReportMagic = "veil-fake-report-v1"

// fakeReportSize is magic ‖ measurement ‖ report data ‖ signature.
const fakeReportSize = len(fakeReportMagic) + 32 + 64 + ed25519.SignatureSize

// Report implements engine.Platform.
func (p *FakePlatform) Report(_ context.Context, reportData [64]byte) ([]byte, error) {
	body := append(append([]byte(fakeReportMagic), p.Measurement[:]...), reportData[:]...)
	return append(body, ed25519.Sign(p.key, body)...), nil
}

// ErrFakeReport is what VerifyFakeReport's refusals wrap.
var ErrFakeReport = errors.New("enginetest: fake attestation report refused")

// VerifyFakeReport checks a report against the pinned root key and returns
// what it attests: the measurement and the report data.
func VerifyFakeReport(root ed25519.PublicKey, report []byte) (measurement [32]byte, reportData [64]byte, err error) {
	if len(report) != fakeReportSize || string(report[:len(fakeReportMagic)]) != fakeReportMagic {
		return measurement, reportData, fmt.Errorf("%w: %d bytes are not a report", ErrFakeReport, len(report))
	}
	body, sig := report[:fakeReportSize-ed25519.SignatureSize], report[fakeReportSize-ed25519.SignatureSize:]
	if len(root) != ed25519.PublicKeySize || !ed25519.Verify(root, body, sig) {
		return measurement, reportData, fmt.Errorf("%w: not signed by the pinned root", ErrFakeReport)
	}
	rest := body[len(fakeReportMagic):]
	copy(measurement[:], rest[:32])
	copy(reportData[:], rest[32:])
	return measurement, reportData, nil
}
