package fsutil

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkWriteFile measures what durability costs for a 100 MB file:
// fsutil.WriteFile (temp file, fsync, rename, dir fsync) against the
// baseline os.WriteFile (page cache only), in the same run.
func BenchmarkWriteFile(b *testing.B) {
	data := make([]byte, 100_000_000)
	for i := range data {
		data[i] = byte(i * 7)
	}
	for _, bc := range []struct {
		name  string
		write func(string, []byte, os.FileMode) error
	}{
		{"os.WriteFile", os.WriteFile},
		{"fsutil.WriteFile", WriteFile},
	} {
		b.Run(bc.name, func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "out")
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if err := bc.write(path, data, 0o600); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
