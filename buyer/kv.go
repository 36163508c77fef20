package buyer

import (
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/veil-market/veil/internal/fsutil"
)

// fileKV is a key-value store of small files in a directory of the buyer's home.
type fileKV struct{ dir string }

// FileKV is the buyer's persistent store for one engine's keys.
func FileKV(stateDir, name string) fileKV { return fileKV{dir: filepath.Join(stateDir, name)} }

func (k fileKV) path(key string) string { return filepath.Join(k.dir, hex.EncodeToString([]byte(key))) }

func (k fileKV) Get(key string) ([]byte, error) {
	b, err := os.ReadFile(k.path(key))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

func (k fileKV) Put(key string, value []byte) error {
	if err := os.MkdirAll(k.dir, 0o700); err != nil {
		return err
	}
	return fsutil.WriteFile(k.path(key), value, 0o600)
}
