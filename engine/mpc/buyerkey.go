package mpc

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"filippo.io/age"

	"github.com/veil-market/veil/spec"
)

// The buyer's mpc key is a post-quantum hybrid age recipient. The buyer
// uploads it to both compute nodes at submission and the spec references it
// (buyer.keys.mpc = {uri, sha256, params "age-recipient"}); each compute
// node reads it by its SHA-256 and seals its release to it, which only the
// buyer's identity opens.
const keyParams = "age-recipient"

// maxRecipient bounds the recipient's encoding (a hybrid one is ~1.9 KB).
const maxRecipient = 8 << 10

// parseRecipient checks that b is the key the spec references and parses it.
func parseRecipient(ref spec.KeyRef, b []byte) (age.Recipient, error) {
	if ref.Params != keyParams {
		return nil, fmt.Errorf("mpc: buyer.keys.mpc.params is %q, want %q", ref.Params, keyParams)
	}
	sum := sha256.Sum256(b)
	if hex.EncodeToString(sum[:]) != ref.SHA256 {
		return nil, fmt.Errorf("mpc: the buyer key's SHA-256 is not the spec's buyer.keys.mpc.sha256")
	}
	rs, err := age.ParseRecipients(strings.NewReader(string(b)))
	if err != nil || len(rs) != 1 {
		return nil, fmt.Errorf("mpc: buyer.keys.mpc is not one age recipient")
	}
	return rs[0], nil
}

// keyDigest is the SHA-256 the spec's reference names.
func keyDigest(ref spec.KeyRef) ([32]byte, error) {
	var d [32]byte
	b, err := hex.DecodeString(ref.SHA256)
	if err != nil || len(b) != 32 {
		return d, fmt.Errorf("mpc: buyer.keys.mpc.sha256 is not 64 hex digits")
	}
	copy(d[:], b)
	return d, nil
}

// fetchRecipient reads the buyer's key from the node's uploads.
func fetchRecipient(ctx context.Context, s *spec.Spec, blob func(context.Context, [32]byte) ([]byte, error)) (age.Recipient, error) {
	ref, ok := s.Buyer.Key(Name)
	if !ok {
		return nil, fmt.Errorf(`mpc: the spec has no buyer key for mpc ("buyer.keys.mpc"); submit it with veil job submit`)
	}
	d, err := keyDigest(ref)
	if err != nil {
		return nil, err
	}
	if blob == nil {
		return nil, fmt.Errorf("mpc: this node cannot read the buyer's upload")
	}
	b, err := blob(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("mpc: reading the buyer key: %w", err)
	}
	if len(b) > maxRecipient {
		return nil, fmt.Errorf("mpc: the buyer key upload is %d bytes, more than %d", len(b), maxRecipient)
	}
	return parseRecipient(ref, b)
}
