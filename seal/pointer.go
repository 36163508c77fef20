package seal

import (
	"encoding/hex"
	"fmt"
	"strings"
)

// Pointer names a sealed blob the way the chain records it.
type Pointer struct {
	// SHA256 is the digest of the ciphertext, exactly what `sha256sum BLOB`
	// prints.
	SHA256 [32]byte
	// URI locates the blob in a Store (veil-dir://<hex>, later ipfs://<cid>).
	URI string
	// Size is the length of the ciphertext in bytes.
	Size int64
}

// Hex returns the ciphertext digest in lowercase hex, the keyring's key for
// the dataset.
func (p Pointer) Hex() string {
	return hex.EncodeToString(p.SHA256[:])
}

// DirScheme is the URI scheme of blobs in a DirStore.
const DirScheme = "veil-dir"

const dirPrefix = DirScheme + "://"

// DirURI returns the veil-dir URI of the blob with ciphertext digest sum.
func DirURI(sum [32]byte) string {
	return dirPrefix + hex.EncodeToString(sum[:])
}

// ParseDirURI returns the digest named by a veil-dir://<64 lowercase hex> URI.
// Anything else (another scheme, upper case, a path, query or fragment, a
// digest of the wrong length) is refused with ErrMalformedURI.
func ParseDirURI(uri string) ([32]byte, error) {
	var sum [32]byte
	rest, ok := strings.CutPrefix(uri, dirPrefix)
	if !ok {
		return sum, fmt.Errorf("%w %q: want scheme %s://", ErrMalformedURI, uri, DirScheme)
	}
	if err := parseDigestHex(rest, &sum); err != nil {
		return sum, fmt.Errorf("%w %q: %w", ErrMalformedURI, uri, err)
	}
	return sum, nil
}

// parseDigestHex decodes exactly 64 lowercase hex digits into sum.
func parseDigestHex(s string, sum *[32]byte) error {
	if len(s) != 2*len(sum) {
		return fmt.Errorf("digest has %d characters, want %d hex digits", len(s), 2*len(sum))
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return fmt.Errorf("digest character %d is not a lowercase hex digit", i)
		}
	}
	_, err := hex.Decode(sum[:], []byte(s))
	return err
}
