package wire

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
)

// contributionDigest is what an owner signs for each message it sends: the job,
// round and step, the digest of the dataset it computed on, and the payload's
// SHA-256. The signature is evidence of who contributed what, and binds the
// message so it cannot be replayed into another job, round or step.
func contributionDigest(job uint64, round uint32, step string, dataset [32]byte, payload []byte) []byte {
	h := sha256.New()
	h.Write([]byte("veil-contribution-v1"))
	var n [12]byte
	binary.BigEndian.PutUint64(n[:8], job)
	binary.BigEndian.PutUint32(n[8:], round)
	h.Write(n[:])
	h.Write([]byte{byte(len(step))})
	h.Write([]byte(step))
	h.Write(dataset[:])
	p := sha256.Sum256(payload)
	h.Write(p[:])
	return h.Sum(nil)
}

// Contribution is the evidence an aggregator keeps of an owner's message.
type Contribution struct {
	Job           uint64
	Round         uint32
	Step          string
	DatasetDigest [32]byte
	PayloadSHA256 [32]byte
	Signature     []byte
}

func signContribution(key ed25519.PrivateKey, job uint64, round uint32, step string, dataset [32]byte, payload []byte) []byte {
	return ed25519.Sign(key, contributionDigest(job, round, step, dataset, payload))
}

func verifyContribution(key ed25519.PublicKey, job uint64, round uint32, step string, dataset [32]byte, payload, sig []byte) bool {
	return len(sig) == ed25519.SignatureSize && ed25519.Verify(key, contributionDigest(job, round, step, dataset, payload), sig)
}
