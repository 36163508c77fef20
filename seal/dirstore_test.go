package seal

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"
)

// storeFiles lists every file under root, relative to it.
func storeFiles(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(root, path)
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDirStorePutLayout(t *testing.T) {
	root := t.TempDir()
	st, err := NewDirStore(root)
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("ciphertext stand-in")
	p, err := st.Put(context.Background(), bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	name := hex.EncodeToString(sum[:])
	want := Pointer{SHA256: sum, URI: "veil-dir://" + name, Size: int64(len(data))}
	if p != want {
		t.Fatalf("Put = %+v, want %+v", p, want)
	}
	files := storeFiles(t, root)
	if len(files) != 1 || files[0] != filepath.Join(name[:2], name[2:]) {
		t.Fatalf("store holds %q, want [%s/%s]", files, name[:2], name[2:])
	}
	path, err := st.LocalPath(p.URI)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
		t.Fatalf("LocalPath file holds %q", got)
	}
}

func TestDirStorePutIdempotent(t *testing.T) {
	root := t.TempDir()
	st, _ := NewDirStore(root)
	data := testPlaintext(100_000, 7)
	first, err := st.Put(context.Background(), bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	second, err := st.Put(context.Background(), iotest.OneByteReader(bytes.NewReader(data)))
	if err != nil {
		t.Fatal(err)
	}
	if first != second {
		t.Fatalf("second Put = %+v, first = %+v", second, first)
	}
	if files := storeFiles(t, root); len(files) != 1 {
		t.Fatalf("store holds %q after putting the same bytes twice", files)
	}
	rc, err := st.Open(context.Background(), first.URI)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if got, _ := io.ReadAll(rc); !bytes.Equal(got, data) {
		t.Fatal("stored bytes differ from what was put")
	}
}

func TestDirStorePutFailureLeavesNothing(t *testing.T) {
	boom := errors.New("boom")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		src  io.Reader
		want error
	}{
		{"source error", context.Background(), io.MultiReader(bytes.NewReader(make([]byte, 70_000)), iotest.ErrReader(boom)), boom},
		{"cancelled context", cancelled, bytes.NewReader([]byte("x")), context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			st, _ := NewDirStore(root)
			if _, err := st.Put(tt.ctx, tt.src); !errors.Is(err, tt.want) {
				t.Fatalf("Put err = %v, want %v", err, tt.want)
			}
			if files := storeFiles(t, root); len(files) != 0 {
				t.Fatalf("failed Put left %q", files)
			}
		})
	}
}

func TestDirStoreMissingAndMalformed(t *testing.T) {
	st := testStore(t)
	missing := DirURI(sha256.Sum256([]byte("never stored")))
	tests := []struct {
		uri  string
		want error
	}{
		{missing, ErrBlobNotFound},
		{"ipfs://bafkqaaa", ErrMalformedURI},
		{"veil-dir://1234", ErrMalformedURI},
	}
	for _, tt := range tests {
		if _, err := st.Open(context.Background(), tt.uri); !errors.Is(err, tt.want) {
			t.Errorf("Open(%q) err = %v, want %v", tt.uri, err, tt.want)
		}
		if _, err := st.LocalPath(tt.uri); !errors.Is(err, tt.want) {
			t.Errorf("LocalPath(%q) err = %v, want %v", tt.uri, err, tt.want)
		}
	}
}
