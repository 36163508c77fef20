package seal

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"math/rand/v2"
	"testing"

	"filippo.io/age"
)

// testRand is a deterministic randomness source for identities.
func testRand(seed uint64) io.Reader {
	var s [32]byte
	binary.LittleEndian.PutUint64(s[:], seed)
	return rand.NewChaCha8(s)
}

func testIdentity(t testing.TB, seed uint64) *age.HybridIdentity {
	t.Helper()
	id, err := NewDatasetIdentity(testRand(seed))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func testStore(t testing.TB) *DirStore {
	t.Helper()
	st, err := NewDirStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// testPlaintext returns n deterministic bytes.
func testPlaintext(n int, seed uint64) []byte {
	b := make([]byte, n)
	testRand(seed).Read(b)
	return b
}

func sealBytes(t testing.TB, st Store, id *age.HybridIdentity, data []byte) Pointer {
	t.Helper()
	p, err := Seal(context.Background(), bytes.NewReader(data), id.Recipient(), st)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// untouchedWriter fails the test if any plaintext reaches it.
type untouchedWriter struct{ t testing.TB }

func (w untouchedWriter) Write(p []byte) (int, error) {
	w.t.Errorf("%d bytes of plaintext written before verification", len(p))
	return len(p), nil
}

// streamStore hands out non-seekable readers, so Open must re-open the blob,
// and can serve another blob on every second Open (the one Open decrypts).
type streamStore struct {
	*DirStore
	opens  int
	second []byte // returned by the second Open when set
}

func (s *streamStore) Open(ctx context.Context, uri string) (io.ReadCloser, error) {
	s.opens++
	if s.opens%2 == 0 && s.second != nil {
		return io.NopCloser(bytes.NewReader(s.second)), nil
	}
	rc, err := s.DirStore.Open(ctx, uri)
	if err != nil {
		return nil, err
	}
	return struct{ io.ReadCloser }{rc}, nil // hide Seek
}

// memStore keeps blobs in memory, so the property test does not fsync.
type memStore struct {
	blobs map[string][]byte
}

func (m *memStore) Put(ctx context.Context, src io.Reader) (Pointer, error) {
	b, err := io.ReadAll(src)
	if err != nil {
		return Pointer{}, err
	}
	p := Pointer{SHA256: sha256.Sum256(b), Size: int64(len(b))}
	p.URI = DirURI(p.SHA256)
	if m.blobs == nil {
		m.blobs = make(map[string][]byte)
	}
	m.blobs[p.URI] = b
	return p, nil
}

func (m *memStore) Open(ctx context.Context, uri string) (io.ReadCloser, error) {
	b, ok := m.blobs[uri]
	if !ok {
		return nil, ErrBlobNotFound
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}

func (m *memStore) LocalPath(string) (string, error) { return "", ErrNoLocalPath }
