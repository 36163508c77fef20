package wire

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"hash"
)

// hashPiece bounds one call into the hash's assembly loop, which the Go scheduler
// cannot preempt: hashing a whole 1 MiB chunk in one call stalls the garbage
// collector, which waits to scan that goroutine's stack (measured: a fifth of
// the transport's CPU time went to that wait).
const hashPiece = 32 << 10

// hashChunk writes b into h in pieces.
func hashChunk(h hash.Hash, b []byte) {
	for len(b) > 0 {
		n := min(len(b), hashPiece)
		h.Write(b[:n])
		b = b[n:]
	}
}

// contributionDigest is what an owner signs for each message it sends: the job,
// round and step, the digest of the dataset it computed on, and the payload's
// SHA-256. The signature is evidence of who contributed what, and binds the
// message so it cannot be replayed into another job, round or step. The payload
// enters as its SHA-256 so that both ends can hash it chunk by chunk while it
// is on the wire.
func contributionDigest(job uint64, round uint32, step string, dataset, payloadSHA [32]byte) []byte {
	h := sha256.New()
	h.Write([]byte("veil-contribution-v1"))
	var n [12]byte
	binary.BigEndian.PutUint64(n[:8], job)
	binary.BigEndian.PutUint32(n[8:], round)
	h.Write(n[:])
	h.Write([]byte{byte(len(step))})
	h.Write([]byte(step))
	h.Write(dataset[:])
	h.Write(payloadSHA[:])
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

func signContribution(key ed25519.PrivateKey, job uint64, round uint32, step string, dataset, payloadSHA [32]byte) []byte {
	return ed25519.Sign(key, contributionDigest(job, round, step, dataset, payloadSHA))
}

func verifyContribution(key ed25519.PublicKey, job uint64, round uint32, step string, dataset, payloadSHA [32]byte, sig []byte) bool {
	return len(key) == ed25519.PublicKeySize && len(sig) == ed25519.SignatureSize &&
		ed25519.Verify(key, contributionDigest(job, round, step, dataset, payloadSHA), sig)
}
