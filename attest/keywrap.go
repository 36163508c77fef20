package attest

import (
	"encoding/binary"
	"fmt"

	"filippo.io/hpke"
)

// The enclave's ephemeral key is a hybrid post-quantum HPKE key
// (ML-KEM-768 + X25519), as age's recipients are; data keys are wrapped
// to it with HKDF-SHA256 and ChaCha20-Poly1305.
var (
	enclaveKEM = hpke.MLKEM768X25519()
	wrapKDF    = hpke.HKDFSHA256()
	wrapAEAD   = hpke.ChaCha20Poly1305()
)

// NewEnclaveKey makes the enclave's ephemeral key pair; the public key's
// bytes go into Evidence.EnclaveKey and the report data. The private key
// never leaves the enclave's memory.
func NewEnclaveKey() (hpke.PrivateKey, []byte, error) {
	k, err := enclaveKEM.GenerateKey()
	if err != nil {
		return nil, nil, fmt.Errorf("attest: enclave key: %w", err)
	}
	return k, k.PublicKey().Bytes(), nil
}

func wrapInfo(jobID, datasetID uint64) []byte {
	info := []byte("veil tee data key v1\x00")
	info = binary.BigEndian.AppendUint64(info, jobID)
	return binary.BigEndian.AppendUint64(info, datasetID)
}

// WrapDataKey is the only way an owner's data key leaves it: the evidence
// is verified and validated for want first (Check), and only then is the
// per-dataset key sealed to the enclave key the report binds. Every refusal
// happens before the key is touched.
func (p *Policy) WrapDataKey(ev *Evidence, want Binding, datasetID uint64, dataKey []byte) ([]byte, *Verified, error) {
	v, err := p.Check(ev, want)
	if err != nil {
		return nil, nil, err
	}
	pk, err := enclaveKEM.NewPublicKey(v.EnclaveKey)
	if err != nil {
		return nil, nil, fmt.Errorf("attest: enclave key: %w", err)
	}
	wrapped, err := hpke.Seal(pk, wrapKDF, wrapAEAD, wrapInfo(want.JobID, datasetID), dataKey)
	if err != nil {
		return nil, nil, fmt.Errorf("attest: wrapping the data key: %w", err)
	}
	return wrapped, v, nil
}

// UnwrapDataKey opens a wrapped data key inside the enclave.
func UnwrapDataKey(k hpke.PrivateKey, jobID, datasetID uint64, wrapped []byte) ([]byte, error) {
	key, err := hpke.Open(k, wrapKDF, wrapAEAD, wrapInfo(jobID, datasetID), wrapped)
	if err != nil {
		return nil, fmt.Errorf("attest: unwrapping the data key of dataset %d: %w", datasetID, err)
	}
	return key, nil
}

// SealTo encrypts plaintext to an enclave key for info (an owner's rows, a
// data key): HPKE with the enclave's KEM, HKDF-SHA256, ChaCha20-Poly1305.
func SealTo(enclaveKey, info, plaintext []byte) ([]byte, error) {
	pk, err := enclaveKEM.NewPublicKey(enclaveKey)
	if err != nil {
		return nil, fmt.Errorf("attest: enclave key: %w", err)
	}
	return hpke.Seal(pk, wrapKDF, wrapAEAD, info, plaintext)
}

// OpenWith decrypts what SealTo sealed to k's public key for info.
func OpenWith(k hpke.PrivateKey, info, ciphertext []byte) ([]byte, error) {
	return hpke.Open(k, wrapKDF, wrapAEAD, info, ciphertext)
}
