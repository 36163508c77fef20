package seal

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"filippo.io/age"
)

// cliSealedSHA256 is what `sha256sum testdata/cli_sealed.age` printed.
const cliSealedSHA256 = "17787eccae50c41565479055c49643e7b6fda6d96553090b5d0508147ee1c25a"

func readIdentityFile(t *testing.T, path string) age.Identity {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ids, err := age.ParseIdentities(f)
	if err != nil || len(ids) != 1 {
		t.Fatalf("identity file %s: %d identities, %v", path, len(ids), err)
	}
	return ids[0]
}

// A blob written by the reference age CLI opens with seal.Open.
func TestOpenReferenceCLIBlob(t *testing.T) {
	blob, err := os.ReadFile(filepath.Join("testdata", "cli_sealed.age"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "cli_plain.csv"))
	if err != nil {
		t.Fatal(err)
	}
	st := testStore(t)
	p, err := st.Put(context.Background(), bytes.NewReader(blob))
	if err != nil {
		t.Fatal(err)
	}
	if p.Hex() != cliSealedSHA256 {
		t.Fatalf("pointer digest %s, sha256sum printed %s", p.Hex(), cliSealedSHA256)
	}
	var out bytes.Buffer
	if err := Open(context.Background(), st, p, readIdentityFile(t, filepath.Join("testdata", "cli_identity.txt")), &out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Fatalf("opened %q, want %q", out.Bytes(), want)
	}
}

// requireTool finds a command on PATH. With VEIL_REQUIRE_AGE_CLI=1 a missing
// tool fails the test; otherwise it skips with the reason.
func requireTool(t *testing.T, name, why string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		skipOrFail(t, name+" not on PATH: "+why)
	}
	return path
}

func skipOrFail(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("VEIL_REQUIRE_AGE_CLI") == "1" {
		t.Fatal(msg + " (VEIL_REQUIRE_AGE_CLI=1)")
	}
	t.Skip(msg + "; install with `go install filippo.io/age/cmd/age@v1.3.2`")
}

// ageVersionAtLeast13 reports whether `age --version` output (v1.3.2) is
// 1.3 or later. Debian's age 1.1 cannot open post-quantum files.
func ageVersionAtLeast13(out string) bool {
	v := strings.TrimPrefix(strings.TrimSpace(out), "v")
	parts := strings.SplitN(v, ".", 3)
	if len(parts) < 2 {
		return false
	}
	major, err1 := strconv.Atoi(parts[0])
	minor, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil {
		return false
	}
	return major > 1 || major == 1 && minor >= 3
}

func TestAgeVersionAtLeast13(t *testing.T) {
	tests := map[string]bool{
		"v1.3.2\n": true, "v1.3.0": true, "v1.10.0": true, "v2.0.0": true,
		"v1.1.1": false, "1.2.0": false, "(devel)": false, "": false,
	}
	for in, want := range tests {
		if got := ageVersionAtLeast13(in); got != want {
			t.Errorf("ageVersionAtLeast13(%q) = %v, want %v", in, got, want)
		}
	}
}

// The reference CLI opens what Seal wrote, with the dataset identity in a
// key file, and sha256sum prints the pointer's digest.
func TestAgeCLIOpensSealedBlob(t *testing.T) {
	agePath := requireTool(t, "age", "the interop test needs the reference age CLI >= 1.3")
	out, err := exec.Command(agePath, "--version").Output()
	if err != nil || !ageVersionAtLeast13(string(out)) {
		skipOrFail(t, "age at "+agePath+" reports version "+strings.TrimSpace(string(out))+", need >= v1.3 for post-quantum files")
	}
	sumPath := requireTool(t, "sha256sum", "the interop test checks the digest with coreutils")

	id := testIdentity(t, 42)
	st := testStore(t)
	data := testPlaintext(3*ageChunk+11, 42)
	p := sealBytes(t, st, id, data)
	blob, err := st.LocalPath(p.URI)
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(t.TempDir(), "key.txt")
	if err := os.WriteFile(keyFile, []byte(id.String()+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	plain, err := exec.Command(agePath, "-d", "-i", keyFile, blob).Output()
	if err != nil {
		t.Fatalf("age -d: %v", err)
	}
	if !bytes.Equal(plain, data) {
		t.Fatal("age -d output differs from the sealed plaintext")
	}
	sum, err := exec.Command(sumPath, blob).Output()
	if err != nil {
		t.Fatalf("sha256sum: %v", err)
	}
	if fields := strings.Fields(string(sum)); len(fields) == 0 || fields[0] != p.Hex() {
		t.Fatalf("sha256sum printed %q, pointer digest is %s", sum, p.Hex())
	}
}
