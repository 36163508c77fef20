package enclave

import (
	"crypto/sha256"
	"errors"
	"fmt"

	"golang.org/x/crypto/cryptobyte"

	"github.com/veil-market/veil/attest"
	"github.com/veil-market/veil/release"
)

// Bundle is a `tee` job's result payload: the releases and everything the
// buyer needs to check where they come from. Its SHA-256 is the payload
// hash committed on-chain, so the attestation report is bound to the
// on-chain commitment through it (no contract change).
type Bundle struct {
	JobID        uint64
	Nonces       [][attest.NonceSize]byte // the owners' nonces the report binds, in owner order
	Evidence     []byte                   // attest.Evidence, encoded
	ModuleSHA256 [32]byte                 // the module the enclave ran (the spec names it)
	TaskSHA256   [32]byte                 // the task document (plan, columns, arguments)
	Releases     []byte                   // EncodePayload's releases
}

const bundleMagic = "VTB1"

// MaxBundle bounds an encoded bundle.
const MaxBundle = MaxPayload + attest.MaxEvidence + 1<<20

// ErrBundle is wrapped by decoding errors.
var ErrBundle = errors.New("enclave: malformed result bundle")

// Encode is the canonical form whose SHA-256 is committed.
func (b *Bundle) Encode() ([]byte, error) {
	var c cryptobyte.Builder
	c.AddBytes([]byte(bundleMagic))
	c.AddUint64(b.JobID)
	c.AddUint16(uint16(len(b.Nonces)))
	for _, n := range b.Nonces {
		c.AddBytes(n[:])
	}
	c.AddUint24LengthPrefixed(func(c *cryptobyte.Builder) { c.AddBytes(b.Evidence) })
	c.AddBytes(b.ModuleSHA256[:])
	c.AddBytes(b.TaskSHA256[:])
	c.AddUint32LengthPrefixed(func(c *cryptobyte.Builder) { c.AddBytes(b.Releases) })
	if len(b.Nonces) > 1<<16-1 {
		return nil, errors.New("enclave: too many nonces")
	}
	return c.Bytes()
}

// Hash is SHA-256 of the encoded bundle.
func (b *Bundle) Hash() ([32]byte, error) {
	enc, err := b.Encode()
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(enc), nil
}

// DecodeBundle reads an encoded bundle, refusing anything malformed before
// allocating for it.
func DecodeBundle(p []byte) (*Bundle, error) {
	if len(p) > MaxBundle {
		return nil, fmt.Errorf("%w: %d bytes", ErrBundle, len(p))
	}
	s := cryptobyte.String(p)
	var magic []byte
	var b Bundle
	var n uint16
	if !s.ReadBytes(&magic, 4) || string(magic) != bundleMagic || !s.ReadUint64(&b.JobID) || !s.ReadUint16(&n) ||
		int(n)*attest.NonceSize > len(s) {
		return nil, fmt.Errorf("%w: bad header", ErrBundle)
	}
	b.Nonces = make([][attest.NonceSize]byte, n)
	for i := range b.Nonces {
		s.CopyBytes(b.Nonces[i][:])
	}
	var ev cryptobyte.String
	var rel []byte
	var relLen uint32
	if !s.ReadUint24LengthPrefixed(&ev) || !s.CopyBytes(b.ModuleSHA256[:]) || !s.CopyBytes(b.TaskSHA256[:]) ||
		!s.ReadUint32(&relLen) || !s.ReadBytes(&rel, int(relLen)) || !s.Empty() {
		return nil, fmt.Errorf("%w: truncated or trailing bytes", ErrBundle)
	}
	b.Evidence, b.Releases = append([]byte(nil), ev...), append([]byte(nil), rel...)
	return &b, nil
}

// Verified is what checking a bundle established, for the buyer to see.
type Verified struct {
	Hash        [32]byte // the payload hash the chain must hold
	Type        string   // attest.TypeSEVSNP or attest.TypeSim
	Measurement []byte
	ReportData  []byte
	Owners      int // nonces bound
	Releases    []release.Released
}

// Verify checks a bundle for job jobID, module and task: the evidence
// verifies and validates under policy for this job and the bundle's nonces,
// the module and task are the spec's, and the releases decode. The caller
// compares Hash with the on-chain commitment.
func (b *Bundle) Verify(p *attest.Policy, jobID uint64, module, task [32]byte) (*Verified, error) {
	if b.JobID != jobID || b.ModuleSHA256 != module || b.TaskSHA256 != task {
		return nil, fmt.Errorf("enclave: the result is for job %d with another module or task, not job %d's", b.JobID, jobID)
	}
	ev, err := attest.DecodeEvidence(b.Evidence)
	if err != nil {
		return nil, err
	}
	v, err := p.Check(ev, attest.Binding{JobID: jobID, Nonces: b.Nonces})
	if err != nil {
		return nil, fmt.Errorf("enclave: the result's attestation does not verify: %w", err)
	}
	rs, err := DecodePayload(b.Releases)
	if err != nil {
		return nil, err
	}
	h, err := b.Hash()
	if err != nil {
		return nil, err
	}
	return &Verified{Hash: h, Type: v.Type, Measurement: v.Measurement, ReportData: v.ReportData,
		Owners: len(b.Nonces), Releases: rs}, nil
}
