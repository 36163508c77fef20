package enginetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"sync"
)

// memKV is an in-memory engine.KV.
type memKV struct {
	mu sync.Mutex
	m  map[string][]byte
}

func newMemKV() *memKV { return &memKV{m: map[string][]byte{}} }

func (kv *memKV) Get(key string) ([]byte, error) {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	v, ok := kv.m[key]
	if !ok {
		return nil, nil
	}
	return bytes.Clone(v), nil
}

func (kv *memKV) Put(key string, value []byte) error {
	kv.mu.Lock()
	defer kv.mu.Unlock()
	kv.m[key] = bytes.Clone(value)
	return nil
}

// blobStore plays the aggregator's blob service: the buyer uploads, engines read
// by SHA-256.
type blobStore struct {
	mu sync.Mutex
	m  map[[32]byte][]byte
}

func newBlobStore() *blobStore { return &blobStore{m: map[[32]byte][]byte{}} }

func (s *blobStore) upload(_ context.Context, _ int, data []byte) (string, [32]byte, error) {
	d := sha256.Sum256(data)
	s.mu.Lock()
	s.m[d] = bytes.Clone(data)
	s.mu.Unlock()
	return fmt.Sprintf("mem://%x", d), d, nil
}

func (s *blobStore) read(_ context.Context, digest [32]byte) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.m[digest]
	if !ok {
		return nil, fmt.Errorf("enginetest: no blob %x was uploaded", digest)
	}
	return bytes.Clone(b), nil
}

// seeded returns a deterministic random stream named by a seed and a purpose,
// e.g. seeded(7, "job", 3, "owner", 1).
func seeded(seed uint64, purpose ...any) io.Reader {
	return rand.NewChaCha8(seedBytes(seed, purpose...))
}

func seedBytes(seed uint64, purpose ...any) [32]byte {
	h := sha256.New()
	_ = binary.Write(h, binary.BigEndian, seed)
	fmt.Fprintf(h, "%#v", purpose)
	var s [32]byte
	h.Sum(s[:0])
	return s
}

// logBuffer collects a participant's log so the suite can check that it names
// the owner it excluded.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug}))
}
