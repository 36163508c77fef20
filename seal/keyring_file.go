package seal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"filippo.io/age"

	"github.com/veil-market/veil/internal/fsutil"
)

var errDuplicateEntry = errors.New("duplicate entry")

// keyringVersion is the only payload version this code reads or writes.
const keyringVersion = 1

// maxKeyringSize bounds the decrypted payload (about 70k datasets), so a
// hostile file cannot make LoadKeyring allocate without limit.
const maxKeyringSize = 16 << 20

// keyringPerm: the file holds secret keys (encrypted, but still).
const keyringPerm = 0o600

// keyringFile is the decrypted payload, JSON.
type keyringFile struct {
	Version  int            `json:"version"`
	Datasets []keyringEntry `json:"datasets"`
}

type keyringEntry struct {
	Digest   string          `json:"digest"`
	Identity string          `json:"identity"`
	OnChain  *keyringOnChain `json:"onchain,omitempty"`
}

type keyringOnChain struct {
	ChainID   *uint64 `json:"chain_id"`
	DatasetID *uint64 `json:"dataset_id"`
}

// LoadKeyring decrypts the keyring at path with the owner's identity. A
// missing file is an empty keyring; a file the owner cannot decrypt is
// ErrWrongIdentity; a payload that does not decode is ErrMalformedKeyring.
func LoadKeyring(path string, owner age.Identity) (*Keyring, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return NewKeyring(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("seal: keyring %s: %w", path, err)
	}
	defer f.Close()
	payload, err := decryptKeyring(f, owner)
	if err != nil {
		return nil, fmt.Errorf("%w (keyring %s)", err, path)
	}
	k, err := decodeKeyring(payload)
	if err != nil {
		return nil, fmt.Errorf("%w (keyring %s)", err, path)
	}
	return k, nil
}

func decryptKeyring(src io.Reader, owner age.Identity) ([]byte, error) {
	if owner == nil {
		return nil, errors.New("seal: keyring: nil owner identity")
	}
	plain, err := age.Decrypt(src, owner)
	var noMatch *age.NoIdentityMatchError
	switch {
	case errors.As(err, &noMatch):
		return nil, fmt.Errorf("%w: %w", ErrWrongIdentity, err)
	case err != nil:
		return nil, fmt.Errorf("seal: keyring: %w", err)
	}
	payload, err := io.ReadAll(io.LimitReader(plain, maxKeyringSize+1))
	if err != nil {
		return nil, fmt.Errorf("seal: keyring: %w", err)
	}
	if len(payload) > maxKeyringSize {
		return nil, fmt.Errorf("%w: payload exceeds %d bytes", ErrMalformedKeyring, maxKeyringSize)
	}
	return payload, nil
}

// Save encrypts the keyring to the owner and writes it to path atomically
// (mode 0600). Use a hybrid (post-quantum) owner recipient: the keyring is
// only as quantum-safe as the key it is sealed to.
func (k *Keyring) Save(path string, owner age.Recipient) error {
	if owner == nil {
		return errors.New("seal: keyring save: nil owner recipient")
	}
	payload, err := k.encode()
	if err != nil {
		return err
	}
	defer clear(payload)
	f, err := fsutil.Create(path, keyringPerm)
	if err != nil {
		return fmt.Errorf("seal: keyring save: %w", err)
	}
	defer f.Abort()
	w, err := age.Encrypt(f, owner)
	if err != nil {
		return fmt.Errorf("seal: keyring save %s: %w", path, err)
	}
	if _, err := w.Write(payload); err != nil {
		return fmt.Errorf("seal: keyring save %s: %w", path, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("seal: keyring save %s: %w", path, err)
	}
	if err := f.Commit(); err != nil {
		return fmt.Errorf("seal: keyring save: %w", err)
	}
	return nil
}

// encode returns the JSON payload, entries ordered by digest.
func (k *Keyring) encode() ([]byte, error) {
	file := keyringFile{Version: keyringVersion, Datasets: []keyringEntry{}}
	for _, e := range k.List() {
		entry := keyringEntry{Digest: e.Digest, Identity: e.Identity.String()}
		if e.OnChain {
			entry.OnChain = &keyringOnChain{ChainID: &e.ChainID, DatasetID: &e.DatasetID}
		}
		file.Datasets = append(file.Datasets, entry)
	}
	payload, err := json.Marshal(file)
	if err != nil {
		return nil, fmt.Errorf("seal: keyring encode: %w", err)
	}
	return payload, nil
}

// decodeKeyring parses a decrypted payload strictly: unknown fields, a wrong
// version, trailing data, malformed digests or identities, and duplicate
// digests or chain IDs are all refused with ErrMalformedKeyring. Errors name
// the entry by index and digest, never by identity.
func decodeKeyring(payload []byte) (*Keyring, error) {
	dec := json.NewDecoder(bytes.NewReader(payload))
	dec.DisallowUnknownFields()
	var file keyringFile
	if err := dec.Decode(&file); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedKeyring, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data after the keyring object", ErrMalformedKeyring)
	}
	if file.Version != keyringVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrMalformedKeyring, file.Version, keyringVersion)
	}
	k := NewKeyring()
	for i, e := range file.Datasets {
		if err := k.addDecoded(e); err != nil {
			// Name the entry by index: a malformed digest field might hold
			// anything, a misplaced secret key included.
			return nil, fmt.Errorf("%w: dataset %d: %w", ErrMalformedKeyring, i, err)
		}
	}
	return k, nil
}

func (k *Keyring) addDecoded(e keyringEntry) error {
	if err := checkDigestHex(e.Digest); err != nil {
		return err
	}
	if _, dup := k.entries[e.Digest]; dup {
		return fmt.Errorf("%w for digest %s", errDuplicateEntry, e.Digest)
	}
	id, err := age.ParseHybridIdentity(e.Identity)
	if err != nil {
		// age's message may quote part of the key; keep it out.
		return errors.New("identity is not a post-quantum age secret key")
	}
	if err := k.Add(e.Digest, id); err != nil {
		return err
	}
	if e.OnChain == nil {
		return nil
	}
	if e.OnChain.ChainID == nil || e.OnChain.DatasetID == nil {
		return errors.New("onchain needs both chain_id and dataset_id")
	}
	if _, dup := k.byDatasetID(*e.OnChain.ChainID, *e.OnChain.DatasetID); dup {
		return fmt.Errorf("onchain: %w for dataset %d on chain %d", errDuplicateEntry, *e.OnChain.DatasetID, *e.OnChain.ChainID)
	}
	return k.SetDatasetID(e.Digest, *e.OnChain.ChainID, *e.OnChain.DatasetID)
}
