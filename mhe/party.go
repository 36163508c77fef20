package mhe

import "crypto/ed25519"

// Party is a committee member acting in the protocol: its address and
// its Ed25519 signing key. The key must be kept secret.
type Party struct {
	Address string
	Signer  ed25519.PrivateKey
}
