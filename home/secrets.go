package home

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/accounts/keystore"
)

// Secrets are a home's keys once unlocked. They must be kept secret.
type Secrets struct {
	Account  *ecdsa.PrivateKey
	Identity *age.HybridIdentity // the owner's own identity: opens the keyring
	NodeKey  ed25519.PrivateKey  // TLS certificate and protocol signatures
}

// ErrWrongPassword means the password does not open the home's keys.
var ErrWrongPassword = errors.New("home: wrong password")

// keyFile is the JSON inside keys.json / keys.age.
type keyFile struct {
	Version     int    `json:"version"`
	AgeIdentity string `json:"age_identity"`
	NodeKey     string `json:"node_key"` // hex Ed25519 seed
}

// Unlock opens the keystore account and the keys file with password.
func (h *Home) Unlock(password string) (*Secrets, error) {
	path, err := h.keystoreFile()
	if err != nil {
		return nil, err
	}
	blob, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("home: reading keystore: %w", err)
	}
	key, err := keystore.DecryptKey(blob, password)
	if err != nil {
		if errors.Is(err, keystore.ErrDecrypt) {
			return nil, fmt.Errorf("%w for %s", ErrWrongPassword, h.Dir)
		}
		return nil, fmt.Errorf("home: %s is corrupted: keystore: %v", h.Dir, err)
	}
	if key.Address != h.Address() {
		return nil, fmt.Errorf("home: %s is corrupted: keystore holds %s, config says %s", h.Dir, key.Address.Hex(), h.Config.Account)
	}
	kf, err := h.readKeys(password)
	if err != nil {
		return nil, err
	}
	s := &Secrets{Account: key.PrivateKey}
	if err := kf.into(s); err != nil {
		return nil, fmt.Errorf("home: %s is corrupted: %w", h.Dir, err)
	}
	return s, nil
}

func (h *Home) readKeys(password string) (*keyFile, error) {
	f, err := os.Open(h.keysPath())
	if err != nil {
		return nil, fmt.Errorf("home: %s is corrupted: %w", h.Dir, err)
	}
	defer f.Close()
	var r io.Reader = f
	if !h.Config.DevHome {
		id, err := age.NewScryptIdentity(password)
		if err != nil {
			return nil, fmt.Errorf("%w for %s", ErrWrongPassword, h.Dir)
		}
		if r, err = age.Decrypt(f, id); err != nil {
			return nil, fmt.Errorf("%w for %s (keys.age)", ErrWrongPassword, h.Dir)
		}
	}
	return decodeKeyFile(r)
}

func decodeKeyFile(r io.Reader) (*keyFile, error) {
	b, err := io.ReadAll(io.LimitReader(r, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("home: reading keys: %w", err)
	}
	var kf keyFile
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&kf); err != nil || kf.Version != 1 {
		return nil, errors.New("home: keys file is corrupted")
	}
	return &kf, nil
}

func (kf *keyFile) into(s *Secrets) error {
	id, err := age.ParseHybridIdentity(kf.AgeIdentity)
	if err != nil {
		return errors.New("the age identity does not parse")
	}
	seed, err := hex.DecodeString(kf.NodeKey)
	if err != nil || len(seed) != ed25519.SeedSize {
		return errors.New("the node key does not parse")
	}
	s.Identity = id
	s.NodeKey = ed25519.NewKeyFromSeed(seed)
	return nil
}

func newKeyFile(s *Secrets) *keyFile {
	return &keyFile{Version: 1, AgeIdentity: s.Identity.String(), NodeKey: hex.EncodeToString(s.NodeKey.Seed())}
}

// encodeKeys returns the keys file's bytes: plain JSON for a devnet home, else
// age-encrypted with the password (scrypt, workFactor).
func encodeKeys(kf *keyFile, password string, dev bool, workFactor int) ([]byte, error) {
	plain, err := json.Marshal(kf)
	if err != nil {
		return nil, err
	}
	if dev {
		return plain, nil
	}
	rcpt, err := age.NewScryptRecipient(password)
	if err != nil {
		return nil, fmt.Errorf("home: a password is required: %w", err)
	}
	if workFactor > 0 {
		rcpt.SetWorkFactor(workFactor)
	}
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, rcpt)
	if err != nil {
		return nil, fmt.Errorf("home: encrypting keys: %w", err)
	}
	if _, err := w.Write(plain); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
