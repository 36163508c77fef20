package psi

import (
	"crypto/rand"
	"fmt"
	"io"

	"github.com/cloudflare/circl/group"
)

// Role is a compute node's place in the protocol.
type Role uint8

const (
	// Counter holds an ElGamal key, decrypts the tags, counts and releases
	// (the job's first compute node: it commits the result).
	Counter Role = 0
	// Mixer adds the dummies and shuffles (the helper).
	Mixer Role = 1
)

func (r Role) String() string {
	if r == Counter {
		return "counter"
	}
	return "mixer"
}

// KeyShare is one node's secret for one job: its share of the OPRF key and,
// for the counter, the ElGamal key the owners encrypt their tags to. It
// must be drawn fresh for every job and kept secret.
type KeyShare struct {
	role   Role
	k      group.Scalar
	q      group.Scalar // counter only
	Public PublicKey
}

// PublicKey is what a node publishes: K = k·G and, for the counter, Q = q·G.
type PublicKey struct {
	Role Role
	K    group.Element
	Q    group.Element // nil for the mixer
}

// NewKeyShare draws a node's key share from rnd (nil: crypto/rand).
func NewKeyShare(r Role, rnd io.Reader) (*KeyShare, error) {
	if r != Counter && r != Mixer {
		return nil, fmt.Errorf("psi: unknown role %d", r)
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	ks := &KeyShare{role: r, k: g.RandomNonZeroScalar(rnd)}
	ks.Public = PublicKey{Role: r, K: g.NewElement().MulGen(ks.k)}
	if r == Counter {
		ks.q = g.RandomNonZeroScalar(rnd)
		ks.Public.Q = g.NewElement().MulGen(ks.q)
	}
	return ks, nil
}

// A public key: "VQK1" | role (1) | K (32) | Q (32, the counter only).
const keyMagic = "VQK1"

// MarshalBinary encodes the public key.
func (p PublicKey) MarshalBinary() ([]byte, error) {
	b := append([]byte(keyMagic), byte(p.Role))
	b = encodeElement(b, p.K)
	if p.Role == Counter {
		b = encodeElement(b, p.Q)
	}
	return b, nil
}

// ParsePublicKey decodes a node's public key and checks it is the role the
// job gives that node.
func ParsePublicKey(b []byte, want Role) (PublicKey, error) {
	n := len(keyMagic) + 1 + ElementSize
	if want == Counter {
		n += ElementSize
	}
	if len(b) != n || string(b[:4]) != keyMagic || Role(b[4]) != want {
		return PublicKey{}, fmt.Errorf("%w: public key of the %s: %d bytes", ErrMalformed, want, len(b))
	}
	k, err := decodeElement(b[5 : 5+ElementSize])
	if err != nil {
		return PublicKey{}, fmt.Errorf("public key of the %s: K: %w", want, err)
	}
	p := PublicKey{Role: want, K: k}
	if want == Counter {
		if p.Q, err = decodeElement(b[5+ElementSize:]); err != nil {
			return PublicKey{}, fmt.Errorf("public key of the counter: Q: %w", err)
		}
	}
	return p, nil
}
