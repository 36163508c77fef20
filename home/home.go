package home

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/internal/fsutil"
)

// Home is an opened home directory.
type Home struct {
	Dir    string
	Config *Config
}

// Paths inside a home.
const (
	keystoreDir   = "keystore"
	plainKeysFile = "keys.json" // devnet homes only
	sealedKeys    = "keys.age"
	keyringFile   = "keyring.age"
	blobsDir      = "blobs"
	stateDir      = "state"
)

// ErrNoHome means the directory holds no home.
var ErrNoHome = errors.New("home: no Veil home here")

// DefaultDir is --home's default: $VEIL_HOME, else ~/.veil.
func DefaultDir() string {
	if d := os.Getenv("VEIL_HOME"); d != "" {
		return d
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".veil")
	}
	return ".veil"
}

// Open reads the home in dir and checks that its files are all there.
func Open(dir string) (*Home, error) {
	h := &Home{Dir: dir}
	cfg, err := readConfig(h.configPath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s has no config.json (create one with veil init)", ErrNoHome, dir)
	}
	if err != nil {
		return nil, err
	}
	h.Config = cfg
	if _, err := h.keystoreFile(); err != nil {
		return nil, err
	}
	if _, err := os.Stat(h.keysPath()); err != nil {
		return nil, fmt.Errorf("home: %s is corrupted: %s is missing", dir, filepath.Base(h.keysPath()))
	}
	return h, nil
}

// Address is the home's account.
func (h *Home) Address() common.Address { return common.HexToAddress(h.Config.Account) }

// BlobDir is where the dir store keeps sealed blobs.
func (h *Home) BlobDir() string { return filepath.Join(h.Dir, blobsDir) }

// KeyringPath is the sealed keyring of dataset identities.
func (h *Home) KeyringPath() string { return filepath.Join(h.Dir, keyringFile) }

// StateDir holds the daemon's embedded store and other local state.
func (h *Home) StateDir() string { return filepath.Join(h.Dir, stateDir) }

func (h *Home) keysPath() string {
	if h.Config.DevHome {
		return filepath.Join(h.Dir, plainKeysFile)
	}
	return filepath.Join(h.Dir, sealedKeys)
}

func (h *Home) keystoreFile() (string, error) {
	dir := filepath.Join(h.Dir, keystoreDir)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", fmt.Errorf("home: %s is corrupted: no keystore directory", h.Dir)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && e.Name()[0] != '.' {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	if len(files) != 1 {
		return "", fmt.Errorf("home: %s is corrupted: want exactly one keystore file, found %d", h.Dir, len(files))
	}
	return files[0], nil
}

// TLSPublicKey is the key registered on-chain for the node's TLS certificate.
func TLSPublicKey(nodeKey ed25519.PrivateKey) [32]byte {
	var k [32]byte
	copy(k[:], nodeKey.Public().(ed25519.PublicKey))
	return k
}

func ensureDirs(dir string) error {
	for _, d := range []string{dir, filepath.Join(dir, keystoreDir), filepath.Join(dir, blobsDir), filepath.Join(dir, stateDir)} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return fmt.Errorf("home: %w", err)
		}
	}
	return fsutil.SyncDir(filepath.Dir(dir))
}
