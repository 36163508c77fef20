package mhe

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
)

// Signed is one committee member's protocol message: an encoded object and
// the member's Ed25519 signature binding the object's SHA-256 to its context
// (committee, job, and for key-switch shares the aggregate and the buyer
// key). The transport carries the three fields as they are.
type Signed struct {
	Owner     string
	Payload   []byte
	Signature []byte
}

// Signature contexts. Each message kind has its own domain tag, so a
// signature on one kind can never be replayed as another.
const (
	tagCKG   = "veil/he/sig/ckg-share/v1"
	tagInput = "veil/he/sig/input/v1"
	tagPCKS  = "veil/he/sig/pcks-share/v1"
)

// sigMessage builds the signed preimage: tag, owner and context fields,
// each length-prefixed, then the SHA-256 of the payload.
func sigMessage(tag, owner string, payload []byte, context ...[]byte) []byte {
	h := sha256.New()
	writeField(h, []byte(tag))
	writeField(h, []byte(owner))
	for _, c := range context {
		writeField(h, c)
	}
	digest := sha256.Sum256(payload)
	writeField(h, digest[:])
	return h.Sum(nil)
}

func sign(key ed25519.PrivateKey, tag, owner string, payload []byte, context ...[]byte) (Signed, error) {
	if len(key) != ed25519.PrivateKeySize {
		return Signed{}, fmt.Errorf("mhe: signing key has %d bytes, want %d", len(key), ed25519.PrivateKeySize)
	}
	sig := ed25519.Sign(key, sigMessage(tag, owner, payload, context...))
	return Signed{Owner: owner, Payload: payload, Signature: sig}, nil
}

// verifyFrom checks that m comes from a committee member and carries a valid
// signature for the given context; the error names the owner.
func (c *Committee) verifyFrom(m Signed, tag string, context ...[]byte) error {
	mem, ok := c.member(m.Owner)
	if !ok {
		return ownerErr(m.Owner, ErrUnknownOwner)
	}
	if !ed25519.Verify(mem.SigningKey, sigMessage(tag, m.Owner, m.Payload, context...), m.Signature) {
		return ownerErr(m.Owner, ErrBadSignature)
	}
	return nil
}

// verifyAll verifies a batch of messages: every sender a member, one message
// each, every signature valid. It returns them keyed by owner.
func (c *Committee) verifyAll(msgs []Signed, tag string, context ...[]byte) (map[string]Signed, error) {
	byOwner := make(map[string]Signed, len(msgs))
	for _, m := range msgs {
		if _, dup := byOwner[m.Owner]; dup {
			return nil, ownerErr(m.Owner, ErrDuplicate)
		}
		if err := c.verifyFrom(m, tag, context...); err != nil {
			return nil, err
		}
		byOwner[m.Owner] = m
	}
	return byOwner, nil
}

// requireAll returns an error naming every member without a message.
func (c *Committee) requireAll(byOwner map[string]Signed) error {
	var missing []string
	for _, m := range c.members {
		if _, ok := byOwner[m.Address]; !ok {
			missing = append(missing, m.Address)
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return ownerErr(missing[0], ErrMissingShare)
	default:
		return fmt.Errorf("mhe: owners %q: %w", missing, ErrMissingShare)
	}
}
