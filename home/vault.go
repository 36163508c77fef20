package home

import (
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"filippo.io/age"
	"golang.org/x/crypto/chacha20poly1305"

	"github.com/veil-market/veil/internal/fsutil"
)

// Vault is the home's one store for secrets: engines' private keys and
// secret shares, on owner, compute and buyer homes alike (engine.Env.Secrets,
// engine.BuyerEnv.Secrets). Each value is sealed with XChaCha20-Poly1305
// under a key derived from the home's age identity (so it is as safe as that
// identity, which the home keeps behind its passphrase), bound to its store
// name and key: a value moved to another name, or altered, does not open. One
// file per value under state/vault/<name>/, written atomically. Keys are not
// secret (they name jobs and committees); values are.
type Vault struct {
	dir  string
	name string
	aead cipher.AEAD
	rand io.Reader
}

// maxVaultKey bounds a key: it becomes a file name (hex).
const maxVaultKey = 120

const vaultInfo = "veil/vault/v1"

// Vault opens the vault `name` (an engine's name, or "buyer-he") sealed to
// the identity in s.
func (h *Home) Vault(s *Secrets, name string) (*Vault, error) {
	return OpenVault(filepath.Join(h.StateDir(), "vault"), name, s.Identity)
}

// OpenVault opens the vault `name` under dir, sealed to id.
func OpenVault(dir, name string, id *age.HybridIdentity) (*Vault, error) {
	if id == nil {
		return nil, errors.New("home: the vault needs the home's identity")
	}
	if name == "" || filepath.Base(name) != name || name == "." || name == ".." {
		return nil, fmt.Errorf("home: %q is not a vault name", name)
	}
	key, err := hkdf.Key(sha256.New, []byte(id.String()), nil, vaultInfo, chacha20poly1305.KeySize)
	if err != nil {
		return nil, fmt.Errorf("home: deriving the vault key: %w", err)
	}
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, fmt.Errorf("home: vault cipher: %w", err)
	}
	return &Vault{dir: filepath.Join(dir, name), name: name, aead: aead, rand: rand.Reader}, nil
}

func (v *Vault) path(key string) (string, error) {
	if key == "" || len(key) > maxVaultKey {
		return "", fmt.Errorf("home: vault key of %d bytes (want 1 to %d)", len(key), maxVaultKey)
	}
	return filepath.Join(v.dir, hex.EncodeToString([]byte(key))), nil
}

// associated binds a sealed value to its vault and key.
func (v *Vault) associated(key string) []byte {
	return fmt.Appendf(nil, "%s\x00%s\x00%s", vaultInfo, v.name, key)
}

// Put seals value under key, atomically and durably.
func (v *Vault) Put(key string, value []byte) error {
	p, err := v.path(key)
	if err != nil {
		return err
	}
	n := v.aead.NonceSize()
	nonce := make([]byte, n, n+len(value)+v.aead.Overhead())
	if _, err := io.ReadFull(v.rand, nonce); err != nil {
		return fmt.Errorf("home: sealing %q: %w", key, err)
	}
	if err := os.MkdirAll(v.dir, 0o700); err != nil {
		return err
	}
	return fsutil.WriteFile(p, v.aead.Seal(nonce, nonce, value, v.associated(key)), 0o600)
}

// Get opens the value under key; a missing key is (nil, nil).
func (v *Vault) Get(key string) ([]byte, error) {
	p, err := v.path(key)
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	n := v.aead.NonceSize()
	if len(b) < n+v.aead.Overhead() {
		return nil, fmt.Errorf("home: vault %s: %q is too short to be sealed", v.name, key)
	}
	out, err := v.aead.Open(nil, b[:n], b[n:], v.associated(key))
	if err != nil {
		return nil, fmt.Errorf("home: vault %s: %q does not open with this home's identity (altered, moved or another home's)", v.name, key)
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}
