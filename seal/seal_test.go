package seal

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"

	"filippo.io/age"
	"pgregory.net/rapid"
)

// ageChunk is age's payload chunk size (STREAM, 64 KiB).
const ageChunk = 64 << 10

func TestSealOpenRoundTrip(t *testing.T) {
	id := testIdentity(t, 1)
	for _, size := range []int{0, 1, ageChunk - 1, ageChunk, ageChunk + 1, 3*ageChunk + 17} {
		st := testStore(t)
		data := testPlaintext(size, uint64(size))
		p := sealBytes(t, st, id, data)

		path, err := st.LocalPath(p.URI)
		if err != nil {
			t.Fatal(err)
		}
		blob, _ := os.ReadFile(path)
		if sha256.Sum256(blob) != p.SHA256 || int64(len(blob)) != p.Size {
			t.Fatalf("size %d: pointer %x/%d does not describe the stored blob", size, p.SHA256, p.Size)
		}
		if bytes.Contains(blob, data) && size > 16 {
			t.Fatalf("size %d: plaintext appears in the blob", size)
		}
		var out bytes.Buffer
		if err := Open(context.Background(), st, p, id, &out); err != nil {
			t.Fatalf("size %d: %v", size, err)
		}
		if !bytes.Equal(out.Bytes(), data) {
			t.Fatalf("size %d: round trip changed the plaintext", size)
		}
	}
}

func TestOpenFileRoundTrip(t *testing.T) {
	id := testIdentity(t, 1)
	st := testStore(t)
	data := testPlaintext(200_000, 3)
	p := sealBytes(t, st, id, data)
	out := filepath.Join(t.TempDir(), "plain.csv")
	if err := OpenFile(context.Background(), st, p, id, out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Fatal("OpenFile output differs from the plaintext")
	}
	if info, _ := os.Stat(out); info.Mode().Perm() != 0o600 {
		t.Fatalf("output mode %v, want 0600", info.Mode().Perm())
	}
}

// Opening through a store without Seek exercises the re-open path.
func TestOpenNonSeekableStore(t *testing.T) {
	id := testIdentity(t, 1)
	st := &streamStore{DirStore: testStore(t)}
	data := testPlaintext(ageChunk+5, 4)
	p := sealBytes(t, st, id, data)
	var out bytes.Buffer
	if err := Open(context.Background(), st, p, id, &out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), data) || st.opens != 2 {
		t.Fatalf("plaintext equal: %v, opens: %d (want 2)", bytes.Equal(out.Bytes(), data), st.opens)
	}
}

// tamperings change a stored blob in place.
var tamperings = []struct {
	name   string
	tamper func([]byte) []byte
}{
	{"flipped last byte", func(b []byte) []byte { b[len(b)-1] ^= 1; return b }},
	{"flipped payload byte", func(b []byte) []byte { b[len(b)/2] ^= 0x80; return b }},
	{"truncated by one", func(b []byte) []byte { return b[:len(b)-1] }},
	{"truncated to the first chunk", func(b []byte) []byte { return b[:len(b)-ageChunk/2] }},
	{"appended byte", func(b []byte) []byte { return append(b, 0) }},
}

func rewriteBlob(t *testing.T, st *DirStore, p Pointer, tamper func([]byte) []byte) []byte {
	t.Helper()
	path, err := st.LocalPath(p.URI)
	if err != nil {
		t.Fatal(err)
	}
	blob, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	blob = tamper(blob)
	if err := os.WriteFile(path, blob, 0o644); err != nil {
		t.Fatal(err)
	}
	return blob
}

// A blob changed in place no longer matches its pointer: refused before any
// plaintext is written, and OpenFile leaves no file.
func TestOpenRefusesTamperedBlob(t *testing.T) {
	id := testIdentity(t, 1)
	for _, tt := range tamperings {
		t.Run(tt.name, func(t *testing.T) {
			st := testStore(t)
			p := sealBytes(t, st, id, testPlaintext(2*ageChunk+100, 5))
			rewriteBlob(t, st, p, tt.tamper)

			err := Open(context.Background(), st, p, id, untouchedWriter{t})
			if !errors.Is(err, ErrDigestMismatch) {
				t.Fatalf("Open err = %v, want ErrDigestMismatch", err)
			}
			assertOpenFileFails(t, st, p, id, ErrDigestMismatch)
		})
	}
}

// A tampered blob stored under its own digest passes the digest check; age's
// authentication must still refuse it, and OpenFile must leave no file.
func TestOpenRefusesUnauthenticatedBlob(t *testing.T) {
	id := testIdentity(t, 1)
	for _, tt := range tamperings {
		t.Run(tt.name, func(t *testing.T) {
			st := testStore(t)
			p := sealBytes(t, st, id, testPlaintext(2*ageChunk+100, 5))
			path, _ := st.LocalPath(p.URI)
			blob, _ := os.ReadFile(path)
			bad, err := st.Put(context.Background(), bytes.NewReader(tt.tamper(blob)))
			if err != nil {
				t.Fatal(err)
			}
			if err := Open(context.Background(), st, bad, id, io.Discard); !errors.Is(err, ErrCorruptBlob) {
				t.Fatalf("Open err = %v, want ErrCorruptBlob", err)
			}
			assertOpenFileFails(t, st, bad, id, ErrCorruptBlob)
		})
	}
}

func TestOpenWrongIdentity(t *testing.T) {
	st := testStore(t)
	p := sealBytes(t, st, testIdentity(t, 1), []byte("rows"))
	wrong := testIdentity(t, 2)
	if err := Open(context.Background(), st, p, wrong, io.Discard); !errors.Is(err, ErrWrongIdentity) {
		t.Fatalf("Open err = %v, want ErrWrongIdentity", err)
	}
	assertOpenFileFails(t, st, p, wrong, ErrWrongIdentity)
}

func TestOpenPointerMismatch(t *testing.T) {
	id := testIdentity(t, 1)
	st := testStore(t)
	p := sealBytes(t, st, id, testPlaintext(1000, 6))
	wrongSum, wrongSize := p, p
	wrongSum.SHA256[0] ^= 1
	wrongSum.URI = p.URI // same blob, pointer claims another digest
	wrongSize.Size++
	for _, bad := range []Pointer{wrongSum, wrongSize, {SHA256: p.SHA256, URI: p.URI, Size: -1}} {
		if err := Open(context.Background(), st, bad, id, untouchedWriter{t}); !errors.Is(err, ErrDigestMismatch) {
			t.Errorf("pointer %+v: err = %v, want ErrDigestMismatch", bad, err)
		}
	}
}

// A store that serves a different (valid) blob on the second read is caught
// by the hash taken while decrypting.
func TestOpenDetectsBlobSwappedBetweenReads(t *testing.T) {
	id := testIdentity(t, 1)
	st := &streamStore{DirStore: testStore(t)}
	p := sealBytes(t, st, id, []byte("version 2"))
	other := sealBytes(t, st, id, []byte("version 1"))
	path, _ := st.LocalPath(other.URI)
	st.second, _ = os.ReadFile(path)

	var out bytes.Buffer
	if err := Open(context.Background(), st, p, id, &out); !errors.Is(err, ErrDigestMismatch) {
		t.Fatalf("Open err = %v, want ErrDigestMismatch", err)
	}
	assertOpenFileFails(t, st, p, id, ErrDigestMismatch)
	if st.opens != 6 {
		t.Fatalf("store opened %d times, want 6 (two per Open)", st.opens)
	}
}

func TestOpenCancelled(t *testing.T) {
	id := testIdentity(t, 1)
	st := testStore(t)
	p := sealBytes(t, st, id, []byte("rows"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Open(ctx, st, p, id, untouchedWriter{t}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestSealSourceError(t *testing.T) {
	root := t.TempDir()
	st, _ := NewDirStore(root)
	boom := errors.New("disk on fire")
	src := io.MultiReader(bytes.NewReader(make([]byte, 3*ageChunk)), iotest.ErrReader(boom))
	_, err := Seal(context.Background(), src, testIdentity(t, 1).Recipient(), st)
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the source's error", err)
	}
	if files := storeFiles(t, root); len(files) != 0 {
		t.Fatalf("failed Seal left %q", files)
	}
}

// assertOpenFileFails checks that OpenFile fails with want, creates no new
// file and leaves an existing one untouched.
func assertOpenFileFails(t *testing.T, st Store, p Pointer, id *age.HybridIdentity, want error) {
	t.Helper()
	dir := t.TempDir()
	fresh := filepath.Join(dir, "fresh.csv")
	if err := OpenFile(context.Background(), st, p, id, fresh); !errors.Is(err, want) {
		t.Fatalf("OpenFile err = %v, want %v", err, want)
	}
	existing := filepath.Join(dir, "existing.csv")
	if err := os.WriteFile(existing, []byte("keep"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := OpenFile(context.Background(), st, p, id, existing); !errors.Is(err, want) {
		t.Fatalf("OpenFile over a file: err = %v, want %v", err, want)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "existing.csv" {
		t.Fatalf("output dir holds %v after failed OpenFile, want only existing.csv", entries)
	}
	if got, _ := os.ReadFile(existing); string(got) != "keep" {
		t.Fatalf("existing file now holds %q", got)
	}
}

// Property: any plaintext, in particular sizes at age's chunk boundaries,
// round-trips byte for byte, and the pointer is the blob's SHA-256.
func TestSealOpenProperty(t *testing.T) {
	id := testIdentity(t, 9)
	st := &memStore{}
	rapid.Check(t, func(t *rapid.T) {
		k := rapid.IntRange(0, 4).Draw(t, "chunks")
		size := rapid.SampledFrom([]int{k*ageChunk - 1, k * ageChunk, k*ageChunk + 1, rapid.IntRange(0, 5*ageChunk).Draw(t, "any")}).Draw(t, "size")
		size = max(size, 0)
		data := testPlaintext(size, rapid.Uint64().Draw(t, "seed"))
		p, err := Seal(context.Background(), bytes.NewReader(data), id.Recipient(), st)
		if err != nil {
			t.Fatal(err)
		}
		if sha256.Sum256(st.blobs[p.URI]) != p.SHA256 {
			t.Fatal("pointer digest is not the SHA-256 of the stored blob")
		}
		var out bytes.Buffer
		if err := Open(context.Background(), st, p, id, &out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out.Bytes(), data) {
			t.Fatalf("size %d: round trip changed the plaintext", size)
		}
	})
}

func TestSealCancelled(t *testing.T) {
	root := t.TempDir()
	st, _ := NewDirStore(root)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Seal(ctx, bytes.NewReader(make([]byte, 3*ageChunk)), testIdentity(t, 1).Recipient(), st)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if files := storeFiles(t, root); len(files) != 0 {
		t.Fatalf("cancelled Seal left %q", files)
	}
}

// shortStore claims success after reading only part of the ciphertext.
type shortStore struct{ memStore }

func (s *shortStore) Put(ctx context.Context, src io.Reader) (Pointer, error) {
	return s.memStore.Put(ctx, io.LimitReader(src, 100))
}

func TestSealRefusesStoreThatStopsEarly(t *testing.T) {
	_, err := Seal(context.Background(), bytes.NewReader(make([]byte, 3*ageChunk)), testIdentity(t, 1).Recipient(), &shortStore{})
	if err == nil {
		t.Fatal("Seal accepted a store that kept 100 bytes of the ciphertext")
	}
}
