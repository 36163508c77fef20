package fsutil

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// dirEntries lists the names in dir, so tests can prove no temporary file
// was left behind.
func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func assertOnly(t *testing.T, dir string, want ...string) {
	t.Helper()
	got := dirEntries(t, dir)
	if len(got) != len(want) {
		t.Fatalf("dir holds %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("dir holds %q, want %q", got, want)
		}
	}
}

func assertContent(t *testing.T, path string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s holds %q, want %q", path, got, want)
	}
}

func TestWriteFile(t *testing.T) {
	tests := []struct {
		name string
		old  []byte // nil: no file before
		data []byte
		perm os.FileMode
	}{
		{"new file", nil, []byte("hello"), 0o600},
		{"replace", []byte("old content that is longer"), []byte("new"), 0o640},
		{"empty", []byte("x"), []byte{}, 0o644},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "f")
			if tt.old != nil {
				if err := os.WriteFile(path, tt.old, 0o666); err != nil {
					t.Fatal(err)
				}
			}
			if err := WriteFile(path, tt.data, tt.perm); err != nil {
				t.Fatal(err)
			}
			assertContent(t, path, tt.data)
			info, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if info.Mode().Perm() != tt.perm {
				t.Errorf("perm %v, want %v", info.Mode().Perm(), tt.perm)
			}
			assertOnly(t, dir, "f")
		})
	}
}

func TestWriteFileMissingDir(t *testing.T) {
	dir := t.TempDir()
	err := WriteFile(filepath.Join(dir, "nope", "f"), []byte("x"), 0o600)
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("err = %v, want ErrNotExist", err)
	}
	assertOnly(t, dir)
}

func TestCreateRejectsDirectoryPath(t *testing.T) {
	dir := t.TempDir()
	if _, err := Create(dir+string(filepath.Separator), 0o600); err == nil {
		t.Fatal("Create of a directory path succeeded")
	}
	assertOnly(t, dir)
}

func TestAtomicFileInvisibleUntilCommit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := Create(path, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	for _, chunk := range []string{"new ", "content"} {
		if _, err := f.Write([]byte(chunk)); err != nil {
			t.Fatal(err)
		}
		assertContent(t, path, []byte("old"))
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	assertContent(t, path, []byte("new content"))
	if err := f.Abort(); err != nil {
		t.Fatalf("Abort after Commit: %v", err)
	}
	assertContent(t, path, []byte("new content"))
	assertOnly(t, dir, "out")
}

func TestAtomicFileAbort(t *testing.T) {
	tests := []struct {
		name string
		old  []byte
	}{
		{"no previous file", nil},
		{"previous file kept", []byte("keep me")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out")
			want := []string{}
			if tt.old != nil {
				if err := os.WriteFile(path, tt.old, 0o600); err != nil {
					t.Fatal(err)
				}
				want = append(want, "out")
			}
			f, err := Create(path, 0o600)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write([]byte("partial")); err != nil {
				t.Fatal(err)
			}
			if err := f.Abort(); err != nil {
				t.Fatal(err)
			}
			if err := f.Abort(); err != nil {
				t.Fatalf("second Abort: %v", err)
			}
			assertOnly(t, dir, want...)
			if tt.old != nil {
				assertContent(t, path, tt.old)
			}
		})
	}
}

func TestAtomicFileClosedOperations(t *testing.T) {
	tests := []struct {
		name string
		end  func(*AtomicFile) error
	}{
		{"after commit", (*AtomicFile).Commit},
		{"after abort", (*AtomicFile).Abort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Create(filepath.Join(t.TempDir(), "out"), 0o600)
			if err != nil {
				t.Fatal(err)
			}
			if err := tt.end(f); err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write([]byte("x")); !errors.Is(err, ErrClosed) {
				t.Errorf("Write: %v, want ErrClosed", err)
			}
			if err := f.Commit(); !errors.Is(err, ErrClosed) {
				t.Errorf("Commit: %v, want ErrClosed", err)
			}
		})
	}
}

func TestCommitRefusedAfterWriteError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := Create(path, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	f.tmp.Close() // make the next write fail
	if _, err := f.Write([]byte("x")); err == nil {
		t.Fatal("Write on a closed temp file succeeded")
	}
	if err := f.Commit(); err == nil {
		t.Fatal("Commit after a failed Write succeeded")
	}
	assertContent(t, path, []byte("old"))
	assertOnly(t, dir, "out")
}

func TestCommitAs(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "ab")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := Create(filepath.Join(dir, "incoming"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	if _, err := f.Write([]byte("blob")); err != nil {
		t.Fatal(err)
	}
	final := filepath.Join(sub, "cdef")
	if err := f.CommitAs(final); err != nil {
		t.Fatal(err)
	}
	assertContent(t, final, []byte("blob"))
	assertOnly(t, dir, "ab")
}

func TestCommitFailureRemovesTemp(t *testing.T) {
	tests := []struct {
		name   string
		target func(dir string) string
	}{
		{"missing directory", func(dir string) string { return filepath.Join(dir, "missing", "f") }},
		{"target is a non-empty directory", func(dir string) string {
			d := filepath.Join(dir, "busy")
			os.MkdirAll(filepath.Join(d, "child"), 0o755)
			return d
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			target := tt.target(dir)
			before := dirEntries(t, dir)
			f, err := Create(filepath.Join(dir, "incoming"), 0o600)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write([]byte("x")); err != nil {
				t.Fatal(err)
			}
			if err := f.CommitAs(target); err == nil {
				t.Fatal("CommitAs succeeded")
			}
			if err := f.Abort(); err != nil {
				t.Fatalf("Abort after failed commit: %v", err)
			}
			assertOnly(t, dir, before...)
		})
	}
}
