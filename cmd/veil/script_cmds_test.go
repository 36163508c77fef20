package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/ipfs/go-cid"
	"github.com/rogpeppe/go-internal/testscript"

	"github.com/veil-market/veil/seal/ipfs/ipfstest"
)

// cmdSHA256Is checks that a file's SHA-256 is the given hex digest (with `!`, that it is not).
func cmdSHA256Is(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: sha256sum-is FILE HEX")
	}
	f, err := os.Open(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	h := sha256.New()
	_, err = io.Copy(h, f)
	ts.Check(err)
	got := hex.EncodeToString(h.Sum(nil))
	if (got == args[1]) == neg {
		ts.Fatalf("sha256(%s) = %s, want %s%s", args[0], got, map[bool]string{true: "not ", false: ""}[neg], args[1])
	}
}

// cmdCorruptBlobs flips the last byte of every sealed blob under a directory.
func cmdCorruptBlobs(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 || neg {
		ts.Fatalf("usage: corrupt-blobs DIR")
	}
	n := 0
	err := filepath.WalkDir(ts.MkAbs(args[0]), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil || len(b) == 0 {
			return err
		}
		b[len(b)-1] ^= 0x01
		n++
		return os.WriteFile(path, b, 0o600)
	})
	ts.Check(err)
	if n == 0 {
		ts.Fatalf("no blob under %s", args[0])
	}
}

type kuboKey struct{}

// cmdIPFSTamper makes the script's fake kubo node (API and gateway) serve
// every block with one byte changed.
func cmdIPFSTamper(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: ipfs-tamper")
	}
	ts.Value(kuboKey{}).(*ipfstest.Kubo).Tamper(func(_ cid.Cid, b []byte) []byte {
		if len(b) > 0 {
			b[len(b)-1] ^= 1
		}
		return b
	})
}
