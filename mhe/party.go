package mhe

import "crypto/ed25519"

// Identity is a committee member acting in the protocol: its address and
// its Ed25519 signing key. The key must be kept secret.
type Identity struct {
	Address string
	Signer  ed25519.PrivateKey
}
