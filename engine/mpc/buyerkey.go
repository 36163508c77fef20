package mpc

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"filippo.io/age"

	"github.com/veil-market/veil/spec"
)

// The buyer's mpc key is an age recipient (post-quantum hybrid by default),
// carried in the spec itself: buyer.keys.mpc = {"uri": "age:<recipient>",
// "sha256": hex SHA-256 of the recipient string}. Each compute node seals its
// release to it; only the buyer's identity opens them.
const keyScheme = "age:"

// keyRef is the spec's reference to recipient r.
func keyRef(r string) spec.KeyRef {
	sum := sha256.Sum256([]byte(r))
	return spec.KeyRef{URI: keyScheme + r, SHA256: hex.EncodeToString(sum[:])}
}

// parseKeyRef reads the buyer's recipient from its reference, checking the
// hash.
func parseKeyRef(ref spec.KeyRef) (age.Recipient, error) {
	r, ok := strings.CutPrefix(ref.URI, keyScheme)
	if !ok {
		return nil, fmt.Errorf(`mpc: buyer.keys.mpc.uri must start with %q`, keyScheme)
	}
	sum := sha256.Sum256([]byte(r))
	if hex.EncodeToString(sum[:]) != ref.SHA256 {
		return nil, fmt.Errorf("mpc: buyer.keys.mpc: the recipient does not match its sha256")
	}
	rs, err := age.ParseRecipients(strings.NewReader(r))
	if err != nil || len(rs) != 1 {
		return nil, fmt.Errorf("mpc: buyer.keys.mpc: not one age recipient")
	}
	return rs[0], nil
}
