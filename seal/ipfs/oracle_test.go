package ipfs

import (
	"bytes"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// testFile returns n deterministic pseudo-random bytes (ChaCha8, seed = n),
// the inputs whose CIDs testdata/cids.json records.
func testFile(n int) []byte {
	var seed [32]byte
	seed[0], seed[1], seed[2], seed[3] = byte(n), byte(n>>8), byte(n>>16), byte(n>>24)
	b := make([]byte, n)
	rand.NewChaCha8(seed).Read(b)
	return b
}

// oracleSizes: empty, one short chunk, a 3 MiB file (one level of links) and
// a 50 MiB file (200 chunks: more than 174, so two levels of links).
var oracleSizes = []struct {
	name string
	size int
}{
	{"empty", 0},
	{"small", 1000},
	{"3MiB", 3 << 20},
	{"50MiB", 50 << 20},
}

// knownCIDs: testdata/cids.json, written from Debian's ipfs-cid 0.0~git20200813
// (rust_cid_npm, an implementation independent of boxo and kubo) on the
// inputs of testFile, plus two CIDs every IPFS user knows: the empty file and
// "hello\n" (`ipfs add` prints these).
func knownCIDs(t *testing.T) map[string]string {
	t.Helper()
	raw, err := os.ReadFile("testdata/cids.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCIDKnownAnswers(t *testing.T) {
	known := knownCIDs(t)
	for _, tc := range oracleSizes {
		got, n, err := CID(context.Background(), bytes.NewReader(testFile(tc.size)))
		if err != nil {
			t.Fatal(err)
		}
		if n != int64(tc.size) || got.String() != known[tc.name] {
			t.Errorf("%s: CID %s over %d bytes, want %s", tc.name, got, n, known[tc.name])
		}
	}
	hello, _, err := CID(context.Background(), bytes.NewReader([]byte("hello\n")))
	if err != nil || hello.String() != known["hello"] {
		t.Errorf("hello: %s, %v; want %s", hello, err, known["hello"])
	}
}

// ipfsCIDTool finds Debian's ipfs-cid (its binary is ipfs_cid). Locally the
// test skips without it; CI=true makes its absence a failure.
func ipfsCIDTool(t *testing.T) string {
	for _, name := range []string{"ipfs_cid", "ipfs-cid"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" || os.Getenv("VEIL_REQUIRE_IPFS_CID") == "1" {
		t.Fatal("ipfs-cid is not installed (apt-get install ipfs-cid); CI requires it")
	}
	t.Skip("ipfs-cid not installed (apt-get install ipfs-cid)")
	return ""
}

// TestCIDMatchesIndependentImplementation: the CID computed in-process is the
// one an independent implementation computes for the same file.
func TestCIDMatchesIndependentImplementation(t *testing.T) {
	tool := ipfsCIDTool(t)
	dir := t.TempDir()
	for _, tc := range oracleSizes {
		data := testFile(tc.size)
		path := filepath.Join(dir, tc.name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(tool, path).Output()
		if err != nil {
			t.Fatalf("%s %s: %v", tool, path, err)
		}
		var want struct{ CIDv0 string }
		if err := json.Unmarshal(out, &want); err != nil || want.CIDv0 == "" {
			t.Fatalf("%s printed %q: %v", tool, out, err)
		}
		got, _, err := CID(context.Background(), bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != want.CIDv0 {
			t.Errorf("%s: in-process CID %s, ipfs-cid says %s", tc.name, got, want.CIDv0)
		}
	}
}
