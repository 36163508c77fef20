package seal

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/veil-market/veil/internal/fsutil"
)

// DirStore keeps blobs as files under root: root/ab/cdef… named by the hex
// SHA-256 of their content, like git's loose objects. Its URIs are
// veil-dir://<hex sha256>. Writes are atomic and durable (fsutil).
type DirStore struct {
	root string
}

var _ Store = (*DirStore)(nil)

// blobPerm: ciphertext is public by design (it may be pinned on IPFS).
const blobPerm = 0o644

// copyBufSize is the buffer for streaming blobs: four age chunks, large
// enough that syscalls and hashing calls are amortised.
const copyBufSize = 256 << 10

// NewDirStore opens (creating if needed) a blob directory at root.
func NewDirStore(root string) (*DirStore, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("seal: dir store %s: %w", root, err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("seal: dir store %s: %w", root, err)
	}
	return &DirStore{root: abs}, nil
}

// Put streams src to a temporary file while hashing it, then renames the file
// to its content address. Putting existing content again rewrites the same
// bytes under the same name and returns the same pointer.
func (s *DirStore) Put(ctx context.Context, src io.Reader) (Pointer, error) {
	f, err := fsutil.Create(filepath.Join(s.root, "incoming"), blobPerm)
	if err != nil {
		return Pointer{}, fmt.Errorf("seal: dir store put: %w", err)
	}
	defer f.Abort()
	h := sha256.New()
	n, err := io.CopyBuffer(io.MultiWriter(f, h), &ctxReader{ctx: ctx, r: src}, make([]byte, copyBufSize))
	if err != nil {
		return Pointer{}, fmt.Errorf("seal: dir store put: %w", err)
	}
	p := Pointer{Size: n}
	h.Sum(p.SHA256[:0])
	p.URI = DirURI(p.SHA256)
	path, err := s.prepareDir(p.SHA256)
	if err != nil {
		return Pointer{}, err
	}
	if err := f.CommitAs(path); err != nil {
		return Pointer{}, fmt.Errorf("seal: dir store put %s: %w", p.URI, err)
	}
	return p, nil
}

// prepareDir makes the fan-out directory for sum durable and returns the
// blob's path.
func (s *DirStore) prepareDir(sum [32]byte) (string, error) {
	path := s.blobPath(sum)
	dir := filepath.Dir(path)
	err := os.Mkdir(dir, 0o755)
	switch {
	case errors.Is(err, fs.ErrExist):
		return path, nil
	case err != nil:
		return "", fmt.Errorf("seal: dir store: %w", err)
	}
	if err := fsutil.SyncDir(s.root); err != nil {
		return "", fmt.Errorf("seal: dir store: %w", err)
	}
	return path, nil
}

// Open returns the blob file; it implements io.Seeker, which Open uses to
// hash and decrypt the same file rather than whatever is at the path later.
func (s *DirStore) Open(ctx context.Context, uri string) (io.ReadCloser, error) {
	path, err := s.LocalPath(uri)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("seal: dir store open %s: %w", uri, err)
	}
	return f, nil
}

// LocalPath returns the file holding the blob named by uri.
func (s *DirStore) LocalPath(uri string) (string, error) {
	sum, err := ParseDirURI(uri)
	if err != nil {
		return "", err
	}
	path := s.blobPath(sum)
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("%w: %s", ErrBlobNotFound, uri)
		}
		return "", fmt.Errorf("seal: dir store %s: %w", uri, err)
	}
	return path, nil
}

func (s *DirStore) blobPath(sum [32]byte) string {
	name := hex.EncodeToString(sum[:])
	return filepath.Join(s.root, name[:2], name[2:])
}

var _ Remover = (*DirStore)(nil)

// Remove deletes the blob named by uri; a blob already gone is not an error.
func (s *DirStore) Remove(_ context.Context, uri string) error {
	sum, err := ParseDirURI(uri)
	if err != nil {
		return err
	}
	if err := os.Remove(s.blobPath(sum)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("seal: dir store remove %s: %w", uri, err)
	}
	return nil
}
