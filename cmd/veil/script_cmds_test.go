package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"

	"github.com/rogpeppe/go-internal/testscript"
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
