// Package home manages a Veil home directory: the account in go-ethereum's
// standard keystore, the owner's age identity and Ed25519 node key (encrypted
// with the keystore password), the keyring of dataset identities (encrypted to the
// owner's age identity), the blob store, and config.json.
//
// Threat model: anyone who reads the home and knows the password holds every key
// in it. Files are written atomically with owner-only permissions; no secret is
// ever logged or put in an error. A devnet home uses an empty password and keeps
// its age identity and node key in a plain file: it is for local development only,
// and says so in its config.
package home
