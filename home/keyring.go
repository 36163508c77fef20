package home

import (
	"fmt"
	"strings"

	"github.com/veil-market/veil/seal"
	"github.com/veil-market/veil/seal/ipfs"
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

// DefaultIPFSAPI is where kubo serves its RPC API by default.
const DefaultIPFSAPI = "http://127.0.0.1:5001"

// Store kinds for new datasets (config "store", `publish --store`).
const (
	StoreDir  = "dir"
	StoreIPFS = "ipfs"
)

// IPFSStore opens the IPFS store of the configured node (kubo's default API
// address when none is configured). Downloads go to the blob directory.
func (h *Home) IPFSStore() (*ipfs.Store, error) {
	o := ipfs.Options{API: h.Config.IPFS.API, Gateway: h.Config.IPFS.Gateway, TempDir: h.BlobDir()}
	if o.API == "" {
		o.API = DefaultIPFSAPI
	}
	if _, err := seal.NewDirStore(o.TempDir); err != nil { // creates the directory
		return nil, err
	}
	return ipfs.NewStore(o)
}

// StoreNamed opens the store of that kind for new blobs: "dir" (or "") or "ipfs".
func (h *Home) StoreNamed(kind string) (seal.Store, error) {
	switch kind {
	case "", StoreDir:
		return h.Store()
	case StoreIPFS:
		return h.IPFSStore()
	}
	return nil, fmt.Errorf("home: unknown blob store %q (want %s or %s)", kind, StoreDir, StoreIPFS)
}

// StoreFor opens the store that holds the blob named by uri, by its scheme.
func (h *Home) StoreFor(uri string) (seal.Store, error) {
	if strings.HasPrefix(uri, ipfs.Scheme+"://") {
		return h.IPFSStore()
	}
	return h.Store()
}
