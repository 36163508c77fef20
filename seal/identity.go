package seal

import (
	"fmt"
	"io"
	"strings"

	"filippo.io/age"
)

// hybridSeedSize is the length of an ML-KEM-768 + X25519 private key seed
// (filippo.io/hpke MLKEM768X25519: the key pair is expanded from 32 bytes).
const hybridSeedSize = 32

// NewDatasetIdentity returns a fresh post-quantum hybrid age identity for one
// dataset. With rand nil it uses age.GenerateHybridIdentity (crypto/rand);
// otherwise the 32-byte key seed is read from rand, which makes identities
// reproducible in tests. The identity must be kept secret: it decrypts the
// dataset.
func NewDatasetIdentity(rand io.Reader) (*age.HybridIdentity, error) {
	if rand == nil {
		id, err := age.GenerateHybridIdentity()
		if err != nil {
			return nil, fmt.Errorf("seal: generate dataset identity: %w", err)
		}
		return id, nil
	}
	seed := make([]byte, hybridSeedSize)
	defer clear(seed)
	if _, err := io.ReadFull(rand, seed); err != nil {
		return nil, fmt.Errorf("seal: generate dataset identity: read seed: %w", err)
	}
	// age takes no reader, but it parses a seed in its Bech32 form, which is
	// how it stores identities anyway.
	encoded := strings.ToUpper(bech32Encode("age-secret-key-pq-", seed))
	id, err := age.ParseHybridIdentity(encoded)
	if err != nil {
		// A well-formed seed always parses; the message would be about our
		// own encoding, not about the secret.
		return nil, fmt.Errorf("seal: generate dataset identity: encoded seed refused by age")
	}
	return id, nil
}
