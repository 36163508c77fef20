package attest

import (
	"crypto/sha256"
	"errors"
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// Evidence types.
const (
	TypeSEVSNP = "sev-snp" // a report from an AMD SEV-SNP secure processor
	TypeSim    = "sim"     // a report signed by go-sev-guest's test roots (no hardware)
	TypeTDX    = "tdx"     // an Intel TDX quote (v4); Certs is empty, the PCK chain is in the quote
)

// MaxEvidence bounds encoded evidence (a report, a certificate table and a key).
const MaxEvidence = 64 << 10

// Evidence is what an enclave presents: a raw SEV-SNP report (abi.ReportSize
// bytes) and the certificate table the secure processor's host returned with
// it (VCEK, ASK, ARK) — or a raw TDX quote, which carries its own PCK
// chain — and the enclave's ephemeral public key, which the report data
// binds.
type Evidence struct {
	Type       string
	Report     []byte
	Certs      []byte
	EnclaveKey []byte
}

// ErrEvidence is wrapped by decoding errors.
var ErrEvidence = errors.New("attest: malformed evidence")

// Encode is the canonical wire form; Hash is its SHA-256 (what the chain's
// commitment carries through the result payload).
func (e *Evidence) Encode() ([]byte, error) {
	var b cryptobyte.Builder
	b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes([]byte(e.Type)) })
	for _, f := range [][]byte{e.Report, e.Certs, e.EnclaveKey} {
		b.AddUint24LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes(f) })
	}
	out, err := b.Bytes()
	if err == nil && len(out) > MaxEvidence {
		err = fmt.Errorf("attest: evidence of %d bytes exceeds %d", len(out), MaxEvidence)
	}
	return out, err
}

// Hash is the SHA-256 of the encoded evidence.
func (e *Evidence) Hash() ([32]byte, error) {
	b, err := e.Encode()
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}

// DecodeEvidence reads the wire form, refusing trailing bytes and oversize input.
func DecodeEvidence(b []byte) (*Evidence, error) {
	if len(b) > MaxEvidence {
		return nil, fmt.Errorf("%w: %d bytes", ErrEvidence, len(b))
	}
	s := cryptobyte.String(b)
	var typ, report, certs, key cryptobyte.String
	if !s.ReadUint8LengthPrefixed(&typ) || !s.ReadUint24LengthPrefixed(&report) ||
		!s.ReadUint24LengthPrefixed(&certs) || !s.ReadUint24LengthPrefixed(&key) || !s.Empty() {
		return nil, fmt.Errorf("%w: truncated or trailing bytes", ErrEvidence)
	}
	if t := string(typ); t != TypeSEVSNP && t != TypeSim && t != TypeTDX {
		return nil, fmt.Errorf("%w: unknown type %q", ErrEvidence, t)
	}
	return &Evidence{Type: string(typ), Report: clone(report), Certs: clone(certs), EnclaveKey: clone(key)}, nil
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }
