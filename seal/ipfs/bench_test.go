package ipfs

import (
	"bytes"
	"context"
	"crypto/sha256"
	"io"
	"testing"
)

// BenchmarkCID computes the CID of 64 MiB as `ipfs add` would, beside the
// baseline: a plain SHA-256 of the same bytes (what the chain records).
func BenchmarkCID(b *testing.B) {
	data := testFile(64 << 20)
	b.Run("sha256-baseline", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			h := sha256.New()
			io.Copy(h, bytes.NewReader(data))
			h.Sum(nil)
		}
	})
	b.Run("cid-unixfs-v0-2015", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, _, err := CID(context.Background(), bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("sha256+cid-one-pass", func(b *testing.B) { // what Put computes
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			h := sha256.New()
			if _, _, err := CID(context.Background(), io.TeeReader(bytes.NewReader(data), h)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
