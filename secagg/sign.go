package secagg

import (
	"crypto/ed25519"
	"crypto/sha256"
)

// Client messages are signed hash-then-sign: Ed25519ctx (context
// signatureContext) over SHA-256 of the header and body. Ed25519 hashes its
// message twice with SHA-512; a masked input is hundreds of kilobytes, and
// one SHA-256 pass (SHA-NI on the target machines) costs about a quarter of
// that, for the client signing it and the server checking every one.
// Collision resistance of SHA-256 is all the change relies on.

// signMessage returns the signature over msg.
func signMessage(key ed25519.PrivateKey, msg []byte) []byte {
	digest := sha256.Sum256(msg)
	sig, err := key.Sign(nil, digest[:], signOpts)
	if err != nil {
		panic("secagg: Ed25519ctx signing failed: " + err.Error()) // only for a bad context length
	}
	return sig
}

// verifyMessage reports whether sig is key's signature over msg.
func verifyMessage(key ed25519.PublicKey, msg, sig []byte) bool {
	digest := sha256.Sum256(msg)
	return ed25519.VerifyWithOptions(key, digest[:], sig, signOpts) == nil
}
