package buyer

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"filippo.io/age"

	"github.com/veil-market/veil/internal/fsutil"
)

// fileKV keeps an engine's buyer-side keys (e.g. the CKKS secret key) as small
// files in the buyer's home, each encrypted to the home's own age identity.
type fileKV struct {
	dir string
	id  *age.HybridIdentity
}

// FileKV is the buyer's persistent, encrypted store for one engine's keys.
func FileKV(stateDir, name string, id *age.HybridIdentity) fileKV {
	return fileKV{dir: filepath.Join(stateDir, name), id: id}
}

func (k fileKV) path(key string) string {
	return filepath.Join(k.dir, hex.EncodeToString([]byte(key))+".age")
}

// Get returns nil, nil for a missing key.
func (k fileKV) Get(key string) ([]byte, error) {
	b, err := os.ReadFile(k.path(key))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	r, err := age.Decrypt(bytes.NewReader(b), k.id)
	if err != nil {
		return nil, fmt.Errorf("buyer: key %q does not open with this home's identity: %w", key, err)
	}
	return io.ReadAll(r)
}

// Put stores value encrypted, atomically.
func (k fileKV) Put(key string, value []byte) error {
	if err := os.MkdirAll(k.dir, 0o700); err != nil {
		return err
	}
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, k.id.Recipient())
	if err != nil {
		return err
	}
	if _, err := w.Write(value); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return fsutil.WriteFile(k.path(key), buf.Bytes(), 0o600)
}
