package he

import (
	"crypto/cipher"
	"crypto/ed25519"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"

	"golang.org/x/crypto/chacha20poly1305"

	"github.com/veil-market/veil/engine"
)

// kvStore adapts a node's engine.KV (where a missing key reads as nil) to
// KeyStore (where it is ErrNoKey).
type kvStore struct{ kv engine.KV }

func (s kvStore) Get(key string) ([]byte, error) {
	b, err := s.kv.Get(key)
	if err != nil {
		return nil, fmt.Errorf("he: reading %q: %w", key, err)
	}
	if b == nil {
		return nil, fmt.Errorf("he: %q: %w", key, ErrNoKey)
	}
	return b, nil
}

func (s kvStore) Put(key string, v []byte) error { return s.kv.Put(key, v) }

// sealedStore encrypts every value (XChaCha20-Poly1305, the store key as
// associated data) under a key derived from the node's Ed25519 key, so the
// secret shares in the node's database are as safe as the node key, which
// the home keeps behind its passphrase. A value moved to another key name
// or altered fails to open.
type sealedStore struct {
	inner KeyStore
	aead  cipher.AEAD
	rand  io.Reader
}

const sealInfo = "veil/he/keystore/v1"

func newSealedStore(inner KeyStore, nodeKey ed25519.PrivateKey, r io.Reader) (*sealedStore, error) {
	if len(nodeKey) != ed25519.PrivateKeySize {
		return nil, errors.New("he: the node key is missing: the key store cannot be sealed")
	}
	key, err := hkdf.Key(sha256.New, nodeKey.Seed(), nil, sealInfo, chacha20poly1305.KeySize)
	if err != nil {
		return nil, fmt.Errorf("he: deriving the key store key: %w", err)
	}
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, fmt.Errorf("he: key store cipher: %w", err)
	}
	if r == nil {
		r = rand.Reader
	}
	return &sealedStore{inner: inner, aead: aead, rand: r}, nil
}

func (s *sealedStore) Put(key string, v []byte) error {
	nonce := make([]byte, s.aead.NonceSize(), s.aead.NonceSize()+len(v)+s.aead.Overhead())
	if _, err := io.ReadFull(s.rand, nonce); err != nil {
		return fmt.Errorf("he: sealing %q: %w", key, err)
	}
	return s.inner.Put(key, s.aead.Seal(nonce, nonce, v, []byte(key)))
}

func (s *sealedStore) Get(key string) ([]byte, error) {
	b, err := s.inner.Get(key)
	if err != nil {
		return nil, err
	}
	if len(b) < s.aead.NonceSize()+s.aead.Overhead() {
		return nil, fmt.Errorf("he: stored %q is too short to be sealed", key)
	}
	n := s.aead.NonceSize()
	v, err := s.aead.Open(nil, b[:n], b[n:], []byte(key))
	if err != nil {
		return nil, fmt.Errorf("he: stored %q does not open with this node's key", key)
	}
	return v, nil
}
