package seal

import (
	"crypto/subtle"
	"fmt"
	"slices"
	"strings"
	"sync"

	"filippo.io/age"
)

// Keyring holds an owner's dataset identities, keyed by the ciphertext digest
// of each sealed dataset, with the on-chain dataset ID once it is known. It is
// safe for concurrent use. On disk it is an age file encrypted to the owner
// (LoadKeyring, Save).
type Keyring struct {
	mu      sync.Mutex
	entries map[string]*KeyringEntry
}

// KeyringEntry is one dataset's identity and, when registered, its chain
// coordinates.
type KeyringEntry struct {
	// Digest is the lowercase hex SHA-256 of the sealed blob (Pointer.Hex).
	Digest   string
	Identity *age.HybridIdentity
	// OnChain reports whether ChainID and DatasetID are set.
	OnChain   bool
	ChainID   uint64
	DatasetID uint64
}

// NewKeyring returns an empty keyring. The zero Keyring is empty and ready
// to use too.
func NewKeyring() *Keyring {
	return &Keyring{entries: make(map[string]*KeyringEntry)}
}

// Add records the identity a dataset was sealed to. Adding the same identity
// again is a no-op; a different identity for a known digest is refused, as
// replacing it would lose the only key to that blob.
func (k *Keyring) Add(digestHex string, identity *age.HybridIdentity) error {
	if err := checkDigestHex(digestHex); err != nil {
		return err
	}
	if identity == nil {
		return fmt.Errorf("seal: keyring add %s: nil identity", digestHex)
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if old, ok := k.entries[digestHex]; ok {
		if !sameIdentity(old.Identity, identity) {
			return fmt.Errorf("seal: keyring add %s: dataset already has a different identity", digestHex)
		}
		return nil
	}
	if k.entries == nil {
		k.entries = make(map[string]*KeyringEntry)
	}
	k.entries[digestHex] = &KeyringEntry{Digest: digestHex, Identity: identity}
	return nil
}

// SetDatasetID records the on-chain ID of a dataset already in the keyring.
// A (chain, dataset) pair names one dataset only.
func (k *Keyring) SetDatasetID(digestHex string, chainID, datasetID uint64) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	e, ok := k.entries[digestHex]
	if !ok {
		return fmt.Errorf("%w: digest %s", ErrUnknownDataset, digestHex)
	}
	if other, ok := k.byDatasetID(chainID, datasetID); ok && other.Digest != digestHex {
		return fmt.Errorf("seal: keyring: dataset %d on chain %d is already %s", datasetID, chainID, other.Digest)
	}
	e.OnChain, e.ChainID, e.DatasetID = true, chainID, datasetID
	return nil
}

// Identity returns the identity of the dataset with ciphertext digest
// digestHex, or ErrUnknownDataset.
func (k *Keyring) Identity(digestHex string) (*age.HybridIdentity, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	e, ok := k.entries[digestHex]
	if !ok {
		return nil, fmt.Errorf("%w: digest %s", ErrUnknownDataset, digestHex)
	}
	return e.Identity, nil
}

// ByDatasetID returns the entry registered as datasetID on chainID, or
// ErrUnknownDataset.
func (k *Keyring) ByDatasetID(chainID, datasetID uint64) (KeyringEntry, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	e, ok := k.byDatasetID(chainID, datasetID)
	if !ok {
		return KeyringEntry{}, fmt.Errorf("%w: dataset %d on chain %d", ErrUnknownDataset, datasetID, chainID)
	}
	return *e, nil
}

func (k *Keyring) byDatasetID(chainID, datasetID uint64) (*KeyringEntry, bool) {
	for _, e := range k.entries {
		if e.OnChain && e.ChainID == chainID && e.DatasetID == datasetID {
			return e, true
		}
	}
	return nil, false
}

// List returns every entry, ordered by digest.
func (k *Keyring) List() []KeyringEntry {
	k.mu.Lock()
	defer k.mu.Unlock()
	out := make([]KeyringEntry, 0, len(k.entries))
	for _, e := range k.entries {
		out = append(out, *e)
	}
	slices.SortFunc(out, func(a, b KeyringEntry) int { return strings.Compare(a.Digest, b.Digest) })
	return out
}

func checkDigestHex(digestHex string) error {
	var sum [32]byte
	if err := parseDigestHex(digestHex, &sum); err != nil {
		return fmt.Errorf("seal: keyring digest: %w", err)
	}
	return nil
}

// sameIdentity compares two secret keys in constant time.
func sameIdentity(a, b *age.HybridIdentity) bool {
	return subtle.ConstantTimeCompare([]byte(a.String()), []byte(b.String())) == 1
}
