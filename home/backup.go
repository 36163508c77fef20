package home

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"filippo.io/age"
	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/veil-market/veil/internal/fsutil"
)

// bundle is the plaintext of a backup: everything needed to rebuild the home's
// keys. The keystore stays encrypted with the account password; the keyring stays
// encrypted to the owner identity, which the bundle holds.
type bundle struct {
	Version      int             `json:"version"`
	Config       json.RawMessage `json:"config"`
	KeystoreName string          `json:"keystore_name"`
	Keystore     json.RawMessage `json:"keystore"`
	Keys         keyFile         `json:"keys"`
	Keyring      []byte          `json:"keyring,omitempty"`
}

const maxBackup = 16 << 20

// Backup writes the home's keys (account, owner identity, node key, keyring of
// dataset identities, config) to w as one age file protected by passphrase.
func (h *Home) Backup(w io.Writer, s *Secrets, passphrase string, workFactor int) error {
	rcpt, err := age.NewScryptRecipient(passphrase)
	if err != nil {
		return fmt.Errorf("home: a backup passphrase is required: %w", err)
	}
	if workFactor > 0 {
		rcpt.SetWorkFactor(workFactor)
	}
	b, err := h.bundle(s)
	if err != nil {
		return err
	}
	plain, err := json.Marshal(b)
	if err != nil {
		return fmt.Errorf("home: encoding backup: %w", err)
	}
	aw, err := age.Encrypt(w, rcpt)
	if err != nil {
		return fmt.Errorf("home: encrypting backup: %w", err)
	}
	if _, err := aw.Write(plain); err != nil {
		return fmt.Errorf("home: writing backup: %w", err)
	}
	return aw.Close()
}

func (h *Home) bundle(s *Secrets) (*bundle, error) {
	ksPath, err := h.keystoreFile()
	if err != nil {
		return nil, err
	}
	ks, err := os.ReadFile(ksPath)
	if err != nil {
		return nil, fmt.Errorf("home: reading keystore: %w", err)
	}
	cfg, err := os.ReadFile(h.configPath())
	if err != nil {
		return nil, fmt.Errorf("home: reading config: %w", err)
	}
	kr, err := os.ReadFile(h.KeyringPath())
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("home: reading keyring: %w", err)
	}
	return &bundle{Version: 1, Config: cfg, KeystoreName: filepath.Base(ksPath), Keystore: ks, Keys: *newKeyFile(s), Keyring: kr}, nil
}

// Restore rebuilds a home in dir (which must not hold one) from a backup.
// password must open the account's keystore: it also protects the restored keys.
func Restore(r io.Reader, passphrase, dir, password string) (*Home, error) {
	if _, err := os.Stat(filepath.Join(dir, "config.json")); err == nil {
		return nil, fmt.Errorf("%w: %s (restore into a new directory)", ErrExists, dir)
	}
	b, err := readBundle(r, passphrase)
	if err != nil {
		return nil, err
	}
	cfg, err := decodeBundleConfig(b.Config)
	if err != nil {
		return nil, err
	}
	key, err := keystore.DecryptKey(b.Keystore, password)
	if err != nil {
		return nil, fmt.Errorf("%w: it does not open the account in the backup", ErrWrongPassword)
	}
	s := &Secrets{Account: key.PrivateKey}
	if err := b.Keys.into(s); err != nil {
		return nil, fmt.Errorf("home: backup is corrupted: %w", err)
	}
	return writeRestored(dir, password, cfg, b, s)
}

func readBundle(r io.Reader, passphrase string) (*bundle, error) {
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, fmt.Errorf("home: a backup passphrase is required: %w", err)
	}
	pr, err := age.Decrypt(r, id)
	if err != nil {
		return nil, fmt.Errorf("home: cannot open the backup (wrong passphrase or not a Veil backup): %w", err)
	}
	plain, err := io.ReadAll(io.LimitReader(pr, maxBackup+1))
	if err != nil {
		return nil, fmt.Errorf("home: backup is corrupted: %w", err)
	}
	if len(plain) > maxBackup {
		return nil, errors.New("home: backup is larger than 16 MiB")
	}
	var b bundle
	dec := json.NewDecoder(bytes.NewReader(plain))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil || b.Version != 1 {
		return nil, errors.New("home: backup is corrupted or from another version")
	}
	return &b, nil
}

func decodeBundleConfig(raw json.RawMessage) (*Config, error) {
	dir, err := os.MkdirTemp("", "veil-restore-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "config.json")
	if err := os.WriteFile(p, raw, 0o600); err != nil {
		return nil, err
	}
	return readConfig(p)
}

func writeRestored(dir, password string, cfg *Config, b *bundle, s *Secrets) (*Home, error) {
	if err := ensureDirs(dir); err != nil {
		return nil, err
	}
	h := &Home{Dir: dir, Config: cfg}
	keys, err := encodeKeys(newKeyFile(s), password, cfg.DevHome, 0)
	if err != nil {
		return nil, err
	}
	writes := []struct {
		path string
		data []byte
	}{
		{h.keysPath(), keys},
		{filepath.Join(dir, keystoreDir, filepath.Base(b.KeystoreName)), b.Keystore},
	}
	if len(b.Keyring) > 0 {
		writes = append(writes, struct {
			path string
			data []byte
		}{h.KeyringPath(), b.Keyring})
	}
	for _, w := range writes {
		if err := fsutil.WriteFile(w.path, w.data, 0o600); err != nil {
			return nil, fmt.Errorf("home: %w", err)
		}
	}
	if err := h.SaveConfig(); err != nil {
		return nil, err
	}
	return h, nil
}
