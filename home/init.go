package home

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/veil-market/veil/internal/fsutil"
	"github.com/veil-market/veil/seal"
)

// InitOptions shape a new home.
type InitOptions struct {
	Config     Config    // chain settings to start with (Account and Version are set by Init)
	Dev        bool      // devnet home: empty password, plain keys file, light scrypt
	Rand       io.Reader // key material; crypto/rand when nil
	WorkFactor int       // age scrypt work factor of keys.age; 0 means age's default
	LightKDF   bool      // light keystore scrypt (tests); devnet homes always use it
}

// ErrExists means Init would overwrite a home.
var ErrExists = errors.New("home: a home already exists here")

// Init creates a home in dir with a new account, age identity and node key.
func Init(dir, password string, opts InitOptions) (*Home, *Secrets, error) {
	if _, err := os.Stat(filepath.Join(dir, "config.json")); err == nil {
		return nil, nil, fmt.Errorf("%w: %s", ErrExists, dir)
	}
	if !opts.Dev && password == "" {
		return nil, nil, errors.New("home: a password is required (devnet homes are the only ones without)")
	}
	s, err := newSecrets(opts.Rand)
	if err != nil {
		return nil, nil, err
	}
	h, err := create(dir, password, s, opts)
	if err != nil {
		return nil, nil, err
	}
	return h, s, nil
}

func newSecrets(r io.Reader) (*Secrets, error) {
	if r == nil {
		r = rand.Reader
	}
	acct, err := ecdsaKey(r)
	if err != nil {
		return nil, err
	}
	id, err := seal.NewDatasetIdentity(nilIfCrypto(r))
	if err != nil {
		return nil, fmt.Errorf("home: age identity: %w", err)
	}
	_, nodeKey, err := ed25519.GenerateKey(r)
	if err != nil {
		return nil, fmt.Errorf("home: node key: %w", err)
	}
	return &Secrets{Account: acct, Identity: id, NodeKey: nodeKey}, nil
}

func nilIfCrypto(r io.Reader) io.Reader {
	if r == rand.Reader {
		return nil
	}
	return r
}

func ecdsaKey(r io.Reader) (k *ecdsa.PrivateKey, err error) {
	seed := make([]byte, 32)
	for range 8 {
		if _, err := io.ReadFull(r, seed); err != nil {
			return nil, fmt.Errorf("home: account key: %w", err)
		}
		if k, err = crypto.ToECDSA(seed); err == nil {
			clear(seed)
			return k, nil
		}
	}
	return nil, errors.New("home: account key: could not draw a valid key")
}

// create writes every file of a new home; on failure nothing is left behind
// except empty directories.
func create(dir, password string, s *Secrets, opts InitOptions) (*Home, error) {
	if err := ensureDirs(dir); err != nil {
		return nil, err
	}
	cfg := opts.Config
	cfg.Version = ConfigVersion
	cfg.Account = crypto.PubkeyToAddress(s.Account.PublicKey).Hex()
	cfg.DevHome = opts.Dev
	if cfg.Store == "" {
		cfg.Store = "dir"
	}
	h := &Home{Dir: dir, Config: &cfg}
	if err := h.writeSecrets(s, password, opts.WorkFactor, opts.LightKDF); err != nil {
		return nil, err
	}
	if err := h.SaveConfig(); err != nil {
		return nil, err
	}
	return h, nil
}

// writeSecrets writes the keystore file and the keys file.
func (h *Home) writeSecrets(s *Secrets, password string, workFactor int, light bool) error {
	scryptN, scryptP := keystore.StandardScryptN, keystore.StandardScryptP
	if h.Config.DevHome || light {
		scryptN, scryptP = keystore.LightScryptN, keystore.LightScryptP
	}
	key := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(s.Account.PublicKey), PrivateKey: s.Account}
	blob, err := keystore.EncryptKey(key, password, scryptN, scryptP)
	if err != nil {
		return fmt.Errorf("home: encrypting account: %w", err)
	}
	keys, err := encodeKeys(newKeyFile(s), password, h.Config.DevHome, workFactor)
	if err != nil {
		return err
	}
	if err := fsutil.WriteFile(h.keysPath(), keys, 0o600); err != nil {
		return fmt.Errorf("home: %w", err)
	}
	name := fmt.Sprintf("UTC--%s--%x", time.Now().UTC().Format("2006-01-02T15-04-05.000000000Z"), key.Address[:])
	if err := fsutil.WriteFile(filepath.Join(h.Dir, keystoreDir, name), blob, 0o600); err != nil {
		return fmt.Errorf("home: %w", err)
	}
	return nil
}
