package home

import (
	"github.com/veil-market/veil/seal"
)

// LoadKeyring opens the home's keyring of dataset identities (empty when none yet).
func (h *Home) LoadKeyring(s *Secrets) (*seal.Keyring, error) {
	return seal.LoadKeyring(h.KeyringPath(), s.Identity)
}

// SaveKeyring writes the keyring, encrypted to the owner's own identity.
func (h *Home) SaveKeyring(k *seal.Keyring, s *Secrets) error {
	return k.Save(h.KeyringPath(), s.Identity.Recipient())
}

// Store opens the home's blob store.
func (h *Home) Store() (*seal.DirStore, error) {
	return seal.NewDirStore(h.BlobDir())
}
