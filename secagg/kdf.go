package secagg

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/sha256"
	"encoding/binary"
)

// Key derivation. Every symmetric key comes from HKDF-SHA256 with the
// session (job id ‖ round) as salt and a label plus the client indices as
// info, so keys never repeat across sessions, pairs or purposes:
//
//	pairwise mask key  HKDF(X25519(s_i, s_j), label "pairwise mask", min(i,j), max(i,j))
//	self mask key      HKDF(seed b_i,        label "self mask",      i)
//	share key i→j      HKDF(X25519(c_i, c_j), label "share encryption", i, j)
const (
	labelPairwiseMask = "veil/secagg/v1 pairwise mask"
	labelSelfMask     = "veil/secagg/v1 self mask"
	labelShareKey     = "veil/secagg/v1 share encryption"
	labelSeedCommit   = "veil/secagg/v1 seed commitment"
	labelMaskedSum    = "veil/secagg/v1 masked sum"
)

// seedCommitment binds client i to its self-mask seed b_i for the session:
// SHA-256(label ‖ session ‖ i ‖ b_i). The seed is 255 uniform bits, so the
// commitment hides it; SHA-256's collision resistance makes it binding.
func seedCommitment(seed [32]byte, s Session, i int) [32]byte {
	h := sha256.New()
	h.Write([]byte(labelSeedCommit))
	h.Write(s.bytes())
	h.Write(binary.BigEndian.AppendUint32(nil, uint32(i)))
	h.Write(seed[:])
	return [32]byte(h.Sum(nil))
}

// maskedSumDigest identifies the masked sum the server announces with U3:
// SHA-256(label ‖ session ‖ packed sum).
func maskedSumDigest(s Session, packed []byte) [32]byte {
	h := sha256.New()
	h.Write([]byte(labelMaskedSum))
	h.Write(s.bytes())
	h.Write(packed)
	return [32]byte(h.Sum(nil))
}

func deriveKey(secret []byte, s Session, label string, indices ...int) [32]byte {
	info := make([]byte, 0, len(label)+4*len(indices))
	info = append(info, label...)
	for _, i := range indices {
		info = binary.BigEndian.AppendUint32(info, uint32(i))
	}
	k, err := hkdf.Key(sha256.New, secret, s.bytes(), string(info), 32)
	if err != nil {
		panic("secagg: HKDF-SHA256 refused a 32-byte output: " + err.Error())
	}
	return [32]byte(k)
}

func pairwiseMaskKey(shared []byte, s Session, i, j int) [32]byte {
	return deriveKey(shared, s, labelPairwiseMask, min(i, j), max(i, j))
}

func selfMaskKey(seed [32]byte, s Session, i int) [32]byte {
	return deriveKey(seed[:], s, labelSelfMask, i)
}

// shareAEAD returns the AES-256-GCM instance for shares sent from sender to
// recipient. Each such key encrypts exactly one message, so the all-zero
// nonce is safe.
func shareAEAD(shared []byte, s Session, sender, recipient int) cipher.AEAD {
	k := deriveKey(shared, s, labelShareKey, sender, recipient)
	block, err := aes.NewCipher(k[:])
	if err != nil {
		panic("secagg: AES-256 refused a 32-byte key: " + err.Error())
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		panic("secagg: GCM over AES failed: " + err.Error())
	}
	return aead
}

func shareAAD(s Session, sender, recipient int) []byte {
	b := s.bytes()
	b = binary.BigEndian.AppendUint32(b, uint32(sender))
	return binary.BigEndian.AppendUint32(b, uint32(recipient))
}

var zeroNonce [12]byte

func sealShare(shared []byte, s Session, sender, recipient int, plain []byte) []byte {
	return shareAEAD(shared, s, sender, recipient).Seal(nil, zeroNonce[:], plain, shareAAD(s, sender, recipient))
}

func openShare(shared []byte, s Session, sender, recipient int, ct []byte) ([]byte, error) {
	return shareAEAD(shared, s, sender, recipient).Open(nil, zeroNonce[:], ct, shareAAD(s, sender, recipient))
}
