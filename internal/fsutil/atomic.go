// Package fsutil writes files atomically and durably.
//
// Promise: a reader of the final path sees either what was there before or
// the complete new content, never a prefix. The content is written to a
// temporary file in the same directory, fsynced, renamed over the final path,
// and the directory is fsynced, so once Commit (or WriteFile) returns nil the
// new file survives a crash. On any failure the temporary file is removed and
// whatever was at the final path is left untouched.
//
// Temporary files are named ".<base>.tmp-<random>" next to the final path; a
// crash between Create and Commit can leave one behind, never a partial
// final file.
package fsutil

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrClosed is returned by Write and Commit on a file that was already
// committed or aborted.
var ErrClosed = errors.New("fsutil: atomic file already committed or aborted")

// AtomicFile is a file being written that appears at its final path only when
// Commit succeeds. It is not safe for concurrent use.
type AtomicFile struct {
	tmp  *os.File
	path string
	err  error // first write error; Commit refuses to publish after one
	done bool
}

// Create starts an atomic write of path with permissions perm. perm is applied
// exactly (the umask is not consulted), so 0o600 really means owner-only.
// The caller must end with Commit or Abort; `defer f.Abort()` right after
// Create is the intended pattern, as Abort after Commit does nothing.
func Create(path string, perm os.FileMode) (*AtomicFile, error) {
	dir, base := filepath.Split(path)
	if base == "" {
		return nil, fmt.Errorf("fsutil: create %q: path names a directory", path)
	}
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("fsutil: create %s: %w", path, err)
	}
	if err := tmp.Chmod(perm.Perm()); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("fsutil: create %s: %w", path, err)
	}
	return &AtomicFile{tmp: tmp, path: path}, nil
}

// Write appends p to the pending content. After a failed Write, Commit
// fails too.
func (f *AtomicFile) Write(p []byte) (int, error) {
	if f.done {
		return 0, ErrClosed
	}
	if f.err != nil {
		return 0, f.err
	}
	n, err := f.tmp.Write(p)
	if err != nil {
		f.err = fmt.Errorf("fsutil: write %s: %w", f.path, err)
		return n, f.err
	}
	return n, nil
}

// Commit publishes the content at the path given to Create.
func (f *AtomicFile) Commit() error {
	return f.CommitAs(f.path)
}

// CommitAs publishes the content at path instead of the path given to
// Create, for writers that learn the name only from the content
// (content-addressed stores). path must be on the same filesystem as the
// Create path and its directory must exist. A file already at path is
// replaced atomically.
func (f *AtomicFile) CommitAs(path string) error {
	if f.done {
		return ErrClosed
	}
	if f.err != nil {
		f.Abort()
		return f.err
	}
	f.done = true
	tmpName := f.tmp.Name()
	if err := syncAndClose(f.tmp); err != nil {
		os.Remove(tmpName)
		return fmt.Errorf("fsutil: commit %s: %w", path, err)
	}
	if err := os.Rename(tmpName, path); err != nil {
		os.Remove(tmpName)
		return fmt.Errorf("fsutil: commit %s: %w", path, err)
	}
	if err := SyncDir(filepath.Dir(path)); err != nil {
		return fmt.Errorf("fsutil: commit %s: %w", path, err)
	}
	return nil
}

// Abort discards the pending content and removes the temporary file. It is
// a no-op after Commit or a previous Abort.
func (f *AtomicFile) Abort() error {
	if f.done {
		return nil
	}
	f.done = true
	closeErr := f.tmp.Close()
	if err := os.Remove(f.tmp.Name()); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("fsutil: abort %s: %w", f.path, err)
	}
	if closeErr != nil && !errors.Is(closeErr, os.ErrClosed) {
		return fmt.Errorf("fsutil: abort %s: %w", f.path, closeErr)
	}
	return nil
}

func syncAndClose(f *os.File) error {
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
