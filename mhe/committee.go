package mhe

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/tuneinsight/lattigo/v6/utils/sampling"
)

// Member is one owner of a committee: its node address (the identity the
// chain knows) and the Ed25519 key it signs protocol messages with.
type Member struct {
	Address    string
	SigningKey ed25519.PublicKey
}

// Committee is the set of owners that hold shares of one collective key.
// It is immutable; its ID is the SHA-256 of the parameter set's identifier
// and the sorted member addresses, so the same owners under the same
// parameters always get the same ID (and reuse the same keys), and any change
// of membership gives a new ID (and a new key setup).
//
// Decryption (the key switch to a buyer) needs every member: the threshold is
// N-of-N. The ID's preimage has a threshold field so that t-of-N committees
// (Lattigo's multiparty.Thresholdizer) can be added later without colliding.
type Committee struct {
	params  Params
	members []Member // sorted by address
	id      [32]byte
}

const maxAddressLen = 128

// NewCommittee checks and sorts the members. Addresses are compared byte for
// byte: callers must pass them in one canonical form.
func NewCommittee(p Params, members []Member) (*Committee, error) {
	if p.isZero() {
		return nil, fmt.Errorf("mhe: committee: zero parameters")
	}
	if len(members) < 1 || len(members) > MaxCommittee {
		return nil, fmt.Errorf("mhe: committee needs 1 to %d members, got %d", MaxCommittee, len(members))
	}
	sorted := make([]Member, len(members))
	for i, m := range members {
		if err := checkMember(m); err != nil {
			return nil, err
		}
		sorted[i] = Member{Address: m.Address, SigningKey: slices.Clone(m.SigningKey)}
	}
	slices.SortFunc(sorted, func(a, b Member) int { return strings.Compare(a.Address, b.Address) })
	for i := 1; i < len(sorted); i++ {
		if sorted[i].Address == sorted[i-1].Address {
			return nil, fmt.Errorf("mhe: committee member %q appears twice", sorted[i].Address)
		}
	}
	c := &Committee{params: p, members: sorted}
	c.id = c.digest()
	return c, nil
}

func checkMember(m Member) error {
	if m.Address == "" || len(m.Address) > maxAddressLen {
		return fmt.Errorf("mhe: committee member address must have 1 to %d bytes, got %d", maxAddressLen, len(m.Address))
	}
	for _, r := range m.Address {
		if !unicode.IsPrint(r) || unicode.IsSpace(r) {
			return fmt.Errorf("mhe: committee member address %q has a non-printable or space character", m.Address)
		}
	}
	if len(m.SigningKey) != ed25519.PublicKeySize {
		return fmt.Errorf("mhe: committee member %q: signing key has %d bytes, want %d", m.Address, len(m.SigningKey), ed25519.PublicKeySize)
	}
	return nil
}

func (c *Committee) digest() [32]byte {
	h := sha256.New()
	h.Write([]byte("veil/he/committee/v1\x00"))
	h.Write(c.params.id[:])
	binary.Write(h, binary.BigEndian, uint32(len(c.members))) // threshold: N-of-N
	binary.Write(h, binary.BigEndian, uint32(len(c.members)))
	for _, m := range c.members {
		writeField(h, []byte(m.Address))
	}
	var id [32]byte
	copy(id[:], h.Sum(nil))
	return id
}

// ID identifies the committee (and the collective key it owns).
func (c *Committee) ID() [32]byte { return c.id }

// IDHex is ID in lowercase hex, the form used in key-store keys.
func (c *Committee) IDHex() string { return hex.EncodeToString(c.id[:]) }

// Params returns the parameter set the committee's keys are for.
func (c *Committee) Params() Params { return c.params }

// Size is the number of members.
func (c *Committee) Size() int { return len(c.members) }

// Members returns a copy of the members, sorted by address.
func (c *Committee) Members() []Member {
	out := make([]Member, len(c.members))
	for i, m := range c.members {
		out[i] = Member{Address: m.Address, SigningKey: slices.Clone(m.SigningKey)}
	}
	return out
}

// member returns the member with the given address.
func (c *Committee) member(addr string) (Member, bool) {
	i, ok := slices.BinarySearchFunc(c.members, addr, func(m Member, a string) int { return strings.Compare(m.Address, a) })
	if !ok {
		return Member{}, false
	}
	return c.members[i], true
}

// crs returns the common reference string: a keyed PRNG whose key is derived
// from the committee ID. It is public; its only job is that every member
// samples the same uniform polynomial for key generation.
func (c *Committee) crs() sampling.PRNG {
	seed := sha256.Sum256(append([]byte("veil/he/crs/v1\x00"), c.id[:]...))
	prng, err := sampling.NewKeyedPRNG(seed[:])
	if err != nil {
		panic(fmt.Sprintf("mhe: keyed PRNG: %v", err)) // invariant: a 32-byte key is always accepted
	}
	return prng
}
