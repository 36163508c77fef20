package mhe

import (
	"errors"
	"fmt"
	"sync"
)

// KeyStore persists committee keys between jobs. The node backs it by its
// sealed home directory. Get must return an error wrapping ErrNoKey when
// nothing is stored under key.
type KeyStore interface {
	Get(key string) ([]byte, error)
	Put(key string, v []byte) error
}

func secretShareKey(c *Committee) string   { return "he/v1/" + c.IDHex() + "/secret-share" }
func collectiveKeyKey(c *Committee) string { return "he/v1/" + c.IDHex() + "/collective-key" }

// SaveSecretShare stores the owner's share for committee c. Store it before
// sending the key-generation share: a share whose secret is lost makes the
// collective key useless.
func SaveSecretShare(s KeyStore, c *Committee, sk *SecretShare) error {
	b, _ := sk.MarshalBinary()
	if err := s.Put(secretShareKey(c), b); err != nil {
		return fmt.Errorf("mhe: storing secret share of committee %x: %w", c.id[:8], err)
	}
	return nil
}

// LoadSecretShare returns the stored share of committee c, or an error
// wrapping ErrNoKey when this committee has not run key generation here.
func LoadSecretShare(s KeyStore, c *Committee) (*SecretShare, error) {
	b, err := s.Get(secretShareKey(c))
	if err != nil {
		return nil, fmt.Errorf("mhe: secret share of committee %x: %w", c.id[:8], err)
	}
	return ParseSecretShare(c.params, b)
}

// SaveCollectiveKey stores the collective public key of committee c.
func SaveCollectiveKey(s KeyStore, c *Committee, k *CollectiveKey) error {
	if k.committee != c.id {
		return fmt.Errorf("mhe: collective key belongs to committee %x, not %x", k.committee[:8], c.id[:8])
	}
	b, _ := k.MarshalBinary()
	if err := s.Put(collectiveKeyKey(c), b); err != nil {
		return fmt.Errorf("mhe: storing collective key of committee %x: %w", c.id[:8], err)
	}
	return nil
}

// LoadCollectiveKey returns the stored collective key of committee c, or an
// error wrapping ErrNoKey when key generation has not completed.
func LoadCollectiveKey(s KeyStore, c *Committee) (*CollectiveKey, error) {
	b, err := s.Get(collectiveKeyKey(c))
	if err != nil {
		return nil, fmt.Errorf("mhe: collective key of committee %x: %w", c.id[:8], err)
	}
	return ParseCollectiveKey(c, b)
}

// MemoryKeyStore is a KeyStore in memory, for tests and for compute nodes
// that keep only public keys. Safe for concurrent use.
type MemoryKeyStore struct {
	mu sync.Mutex
	m  map[string][]byte
}

// NewMemoryKeyStore returns an empty store.
func NewMemoryKeyStore() *MemoryKeyStore { return &MemoryKeyStore{m: map[string][]byte{}} }

// Get returns a copy of the value under key.
func (s *MemoryKeyStore) Get(key string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	if !ok {
		return nil, fmt.Errorf("mhe: %q: %w", key, ErrNoKey)
	}
	return append([]byte(nil), v...), nil
}

// Put stores a copy of v under key.
func (s *MemoryKeyStore) Put(key string, v []byte) error {
	if key == "" {
		return errors.New("mhe: empty store key")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = append([]byte(nil), v...)
	return nil
}
