package mpc

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"golang.org/x/crypto/cryptobyte"
)

// A compute node's signed share commitment: what it did in the job and the
// SHA-256 of what it released. Owners build their payload from both nodes'
// commitments, received from each node directly, and confirm its hash
// on-chain (docs/fair-exchange.md, the mpc row); the helper's commitment is
// its step (attestStep). Encoding:
//
//	"VMC1" | job binding (32) | task (1) | role (1)
//	| accepted: count (2), owner indices (2 each, increasing)
//	| rejected: count (2), per owner: index (2), reason (1)
//	| dropped: count (2), owner indices (2 each, increasing)
//	| digest of the node's release (32) | Ed25519ctx signature (64)
const (
	commitMagic   = "VMC1"
	commitContext = "veil/mpc/commit/v1"
	maxOwners     = 1024
)

// Task kinds in commitments.
const (
	kindStats byte = 1
	kindPSI   byte = 2
)

// Reasons an owner is rejected, as commitments carry them.
type Reason uint8

const (
	ReasonMalformed    Reason = 1 // a share or message that does not decode
	ReasonInconsistent Reason = 2 // shares that do not belong together
	ReasonInvalid      Reason = 3 // a validity proof that fails
	ReasonOutOfBounds  Reason = 4 // a sum constraint that does not hold
)

func (r Reason) String() string {
	switch r {
	case ReasonMalformed:
		return "malformed share"
	case ReasonInconsistent:
		return "inconsistent shares at the two compute nodes"
	case ReasonInvalid:
		return "validity proof failed"
	case ReasonOutOfBounds:
		return "input outside its public bounds"
	}
	return fmt.Sprintf("reason %d", uint8(r))
}

// commitment is what one compute node signs.
type commitment struct {
	job      [32]byte
	task     byte
	role     byte // 0 lead, 1 helper
	accepted []int
	rejected map[int]Reason
	dropped  []int
	digest   [32]byte
}

func (c *commitment) body() []byte {
	var b cryptobyte.Builder
	b.AddBytes([]byte(commitMagic))
	b.AddBytes(c.job[:])
	b.AddUint8(c.task)
	b.AddUint8(c.role)
	addIndices(&b, c.accepted)
	rej := sortedOwners(c.rejected)
	b.AddUint16(uint16(len(rej)))
	for _, o := range rej {
		b.AddUint16(uint16(o))
		b.AddUint8(uint8(c.rejected[o]))
	}
	addIndices(&b, c.dropped)
	b.AddBytes(c.digest[:])
	return b.BytesOrPanic()
}

func addIndices(b *cryptobyte.Builder, idx []int) {
	b.AddUint16(uint16(len(idx)))
	for _, o := range idx {
		b.AddUint16(uint16(o))
	}
}

func sortedOwners[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for o := range m {
		out = append(out, o)
	}
	slices.Sort(out)
	return out
}

var signOpts = &ed25519.Options{Context: commitContext}

// sign encodes and signs the commitment with the node's registry key.
func (c *commitment) sign(key ed25519.PrivateKey) []byte {
	body := c.body()
	sig, err := key.Sign(nil, body, signOpts)
	if err != nil {
		panic("mpc: Ed25519ctx signing failed: " + err.Error()) // only for a bad context length
	}
	return append(body, sig...)
}

// ErrCommitment marks a commitment that does not decode, verify or match.
var ErrCommitment = errors.New("mpc: bad share commitment")

// openCommitment checks a commitment's signature against the node's key
// (unless key is nil),
// its job and role, and that every owner index is below n and in one list
// only; it returns the decoded commitment.
func openCommitment(msg []byte, key ed25519.PublicKey, job [32]byte, task, role byte, n int) (*commitment, error) {
	if len(msg) < ed25519.SignatureSize || len(msg) > 8<<10 {
		return nil, fmt.Errorf("%w: %d bytes", ErrCommitment, len(msg))
	}
	body, sig := msg[:len(msg)-ed25519.SignatureSize], msg[len(msg)-ed25519.SignatureSize:]
	// A nil key: the caller (the buyer) could not read the node's registry
	// key; the payload's hash, confirmed on-chain by the owners who did
	// check the signatures, binds it instead.
	if key != nil && ed25519.VerifyWithOptions(key, body, sig, signOpts) != nil {
		return nil, fmt.Errorf("%w: signature of compute node %d does not verify", ErrCommitment, role)
	}
	c, err := parseCommitment(body, n)
	if err != nil {
		return nil, err
	}
	if c.job != job || c.task != task || c.role != role {
		return nil, fmt.Errorf("%w: made for another job, task or role", ErrCommitment)
	}
	return c, nil
}

func parseCommitment(body []byte, n int) (*commitment, error) {
	in := cryptobyte.String(body)
	var magic, job, digest []byte
	c := &commitment{rejected: map[int]Reason{}}
	if !in.ReadBytes(&magic, 4) || string(magic) != commitMagic || !in.ReadBytes(&job, 32) || !in.ReadUint8(&c.task) || !in.ReadUint8(&c.role) {
		return nil, fmt.Errorf("%w: header", ErrCommitment)
	}
	seen := map[int]bool{}
	var err error
	if c.accepted, err = readIndices(&in, n, seen); err != nil {
		return nil, err
	}
	var nrej uint16
	if !in.ReadUint16(&nrej) || int(nrej) > n {
		return nil, fmt.Errorf("%w: rejected count", ErrCommitment)
	}
	for range nrej {
		var o uint16
		var r uint8
		if !in.ReadUint16(&o) || !in.ReadUint8(&r) || int(o) >= n || seen[int(o)] || r < 1 || r > uint8(ReasonOutOfBounds) {
			return nil, fmt.Errorf("%w: rejected owner", ErrCommitment)
		}
		seen[int(o)], c.rejected[int(o)] = true, Reason(r)
	}
	if c.dropped, err = readIndices(&in, n, seen); err != nil {
		return nil, err
	}
	if !in.ReadBytes(&digest, 32) || !in.Empty() {
		return nil, fmt.Errorf("%w: digest or trailing bytes", ErrCommitment)
	}
	copy(c.job[:], job)
	copy(c.digest[:], digest)
	return c, nil
}

// readIndices reads a count and that many increasing owner indices below n
// that no other list of the commitment holds.
func readIndices(in *cryptobyte.String, n int, seen map[int]bool) ([]int, error) {
	var count uint16
	if !in.ReadUint16(&count) || int(count) > n {
		return nil, fmt.Errorf("%w: owner count", ErrCommitment)
	}
	out := make([]int, 0, count)
	for range count {
		var o uint16
		if !in.ReadUint16(&o) || int(o) >= n || seen[int(o)] || (len(out) > 0 && int(o) <= out[len(out)-1]) {
			return nil, fmt.Errorf("%w: owner list", ErrCommitment)
		}
		seen[int(o)] = true
		out = append(out, int(o))
	}
	return out, nil
}

// sameOutcome reports whether two commitments name the same accepted,
// rejected and dropped owners (the reasons may differ: each node names what
// it saw first).
func sameOutcome(a, b *commitment) bool {
	return slices.Equal(a.accepted, b.accepted) && slices.Equal(a.dropped, b.dropped) &&
		slices.Equal(sortedOwners(a.rejected), sortedOwners(b.rejected))
}

// jobBinding ties every message and commitment to one job: its number, its
// buyer and its spec (hash of the canonical document).
func jobBinding(id uint64, buyer [20]byte, specHash [32]byte) [32]byte {
	h := sha256.New()
	h.Write([]byte("veil/mpc/job/v1"))
	h.Write(binary.BigEndian.AppendUint64(nil, id))
	h.Write(buyer[:])
	h.Write(specHash[:])
	var out [32]byte
	h.Sum(out[:0])
	return out
}
