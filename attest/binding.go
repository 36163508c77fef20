package attest

import (
	"crypto/sha512"
	"encoding/binary"
)

// NonceSize is the size of an owner's fresh nonce.
const NonceSize = 32

// Binding is what a report's REPORT_DATA must commit to.
type Binding struct {
	JobID      uint64
	Nonces     [][NonceSize]byte // every owner's nonce, in the job's owner order
	EnclaveKey []byte            // the enclave's ephemeral public key (owners wrap data keys to it)
}

const bindingLabel = "veil tee attestation v1\x00"

// ReportData is SHA-512 over a label, the job id, the nonces (counted) and
// the enclave key (length-prefixed): 64 bytes, the size of REPORT_DATA.
func (b Binding) ReportData() [64]byte {
	h := sha512.New()
	h.Write([]byte(bindingLabel))
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], b.JobID)
	h.Write(n[:])
	binary.BigEndian.PutUint64(n[:], uint64(len(b.Nonces)))
	h.Write(n[:])
	for _, x := range b.Nonces {
		h.Write(x[:])
	}
	binary.BigEndian.PutUint64(n[:], uint64(len(b.EnclaveKey)))
	h.Write(n[:])
	h.Write(b.EnclaveKey)
	var out [64]byte
	copy(out[:], h.Sum(nil))
	return out
}
