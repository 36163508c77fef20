package seal

import "errors"

// Sentinel errors callers branch on. Returned errors wrap them with the URI,
// path or digest they concern.
var (
	// ErrDigestMismatch: the stored ciphertext is not the one the pointer
	// names (different SHA-256 or size). Nothing was decrypted.
	ErrDigestMismatch = errors.New("seal: ciphertext digest mismatch")
	// ErrWrongIdentity: the identity cannot unwrap the blob's file key. age
	// cannot tell a wrong key from a damaged recipient stanza, so a blob
	// corrupted there reports this too.
	ErrWrongIdentity = errors.New("seal: identity does not match the sealed blob")
	// ErrCorruptBlob: the blob matches its pointer but fails age's own checks
	// (bad header, header MAC, payload chunk authentication, truncation,
	// trailing data), so it was malformed when it was sealed.
	ErrCorruptBlob = errors.New("seal: sealed blob fails age authentication")
	// ErrBlobNotFound: the store holds no blob under that URI.
	ErrBlobNotFound = errors.New("seal: blob not found")
	// ErrNoLocalPath: the store keeps no file on the local filesystem.
	ErrNoLocalPath = errors.New("seal: store keeps no local file")
	// ErrMalformedURI: the URI is not one the store understands.
	ErrMalformedURI = errors.New("seal: malformed blob URI")
	// ErrUnknownDataset: the keyring holds no identity for that dataset.
	ErrUnknownDataset = errors.New("seal: dataset not in keyring")
	// ErrMalformedKeyring: the decrypted keyring does not decode.
	ErrMalformedKeyring = errors.New("seal: malformed keyring")
)
