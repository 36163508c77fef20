// Package seal encrypts datasets at rest and binds each sealed blob to the
// hash pointer that goes on-chain.
//
// Every dataset gets its own age identity (age v1.3's post-quantum hybrid
// ML-KEM-768 + X25519 recipient). Seal streams a plaintext through age into a
// content-addressed Store and returns a Pointer: the SHA-256 of the
// ciphertext (what `sha256sum BLOB` prints), its size and its URI. The blob is
// a standard age file, so the reference `age -d -i dataset.key` (age >= 1.3)
// opens it. Open checks the stored ciphertext against the Pointer before a
// single byte of plaintext is released. The owner's dataset identities live
// in a Keyring that is itself an age file encrypted to the owner.
//
// Threat model. The store, the network between store and node, and anyone
// who reads the chain are untrusted: they see ciphertext, its size and its
// digest, nothing else. Confidentiality and integrity of the plaintext rest on
// age (ChaCha20-Poly1305 payload, header MAC, hybrid KEM so that recorded
// ciphertext stays confidential against a future quantum computer). The
// digest check adds binding: a store cannot substitute another valid age file
// (an older version of the dataset, or one sealed to the same identity by
// someone else) for the one the pointer names; Open refuses it with
// ErrDigestMismatch before decrypting, and hashes the ciphertext a second
// time while decrypting so a blob swapped between the two reads is caught
// too. Dataset identities and the keyring's owner identity must be kept
// secret; whoever holds them reads the data. Not protected: the size of the
// dataset, the fact that an owner publishes, and a local attacker who can read
// the node's memory or its keyring together with the owner identity.
package seal
