package ml_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// stepcheckDigests pins internal/stepcheck's output on amd64 (and, the test
// checks, on arm64): a change to the update rules changes them. Regenerate
// with `go run ./ml/internal/stepcheck` after an intended change.
var stepcheckDigests = map[string]string{
	"gd":          "eafc0238cf24add5de82abfb43c8e17b1bbe0cb3ec78cabcbe551402be5e8714",
	"gd-momentum": "c7cd48dd177c9e04217c41bf21c822f9cab974a1b1b1ac7441dcc45f43ab6300",
	"adam":        "de88df497f8ae6e106f3e559ed0657f904b824f1888b83aaedbf253896217e5f",
	// 60 rounds of a 8-16-3 MLP: forward pass, clipped per-example
	// gradients, integer sums and Adam (internal/stepcheck/mlp.go).
	"mlp": "f1298417899bb39e6638d86d6b1898af9b6e07e9c5c63737bb464b08207e33ba",
}

// TestStepBitExactOnArm64 cross-compiles internal/stepcheck for linux/arm64,
// runs it under qemu-aarch64 and compares its digests of 500 updates with the
// native amd64 run. It is skipped when qemu-aarch64 (Debian: qemu-user) is
// missing, unless VEIL_REQUIRE_QEMU=1, and under -short: the first arm64 build
// of the standard library takes about a minute.
func TestStepBitExactOnArm64(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiling for arm64 is slow; skipped under -short")
	}
	if runtime.GOARCH != "amd64" {
		t.Skipf("compares amd64 with arm64; host is %s", runtime.GOARCH)
	}
	qemu, err := exec.LookPath("qemu-aarch64")
	if err != nil {
		if os.Getenv("VEIL_REQUIRE_QEMU") == "1" {
			t.Fatal("VEIL_REQUIRE_QEMU=1 but qemu-aarch64 is not installed (Debian package qemu-user)")
		}
		t.Skip("qemu-aarch64 not installed (apt-get install qemu-user); set VEIL_REQUIRE_QEMU=1 to make this a failure")
	}
	dir := t.TempDir()
	native := runStepcheck(t, buildStepcheck(t, dir, "amd64"))
	emulated := runStepcheck(t, qemu, buildStepcheck(t, dir, "arm64"))
	for name, want := range stepcheckDigests {
		if native[name] != want {
			t.Errorf("%s on amd64: digest %s, pinned %s", name, native[name], want)
		}
		if emulated[name] != native[name] {
			t.Errorf("%s: arm64 digest %s differs from amd64 %s", name, emulated[name], native[name])
		}
	}
	// The naive update has no conversions; arm64 fuses it. Its digest
	// differing shows that the comparison above can fail.
	if emulated["naive-gd"] == native["naive-gd"] {
		t.Log("note: the naive update agreed across platforms; this compiler did not fuse it")
	} else {
		t.Log("naive update without conversions differs on arm64, as expected: the check is sensitive")
	}
}

func buildStepcheck(t *testing.T, dir, goarch string) string {
	t.Helper()
	out := filepath.Join(dir, "stepcheck-"+goarch)
	goTool, err := exec.LookPath("go") // go test puts GOROOT/bin first in PATH
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(goTool, "build", "-o", out, "./internal/stepcheck")
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+goarch, "CGO_ENABLED=0")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building stepcheck for %s: %v\n%s", goarch, err, msg)
	}
	return out
}

// runStepcheck runs the command and parses its "name digest" lines.
func runStepcheck(t *testing.T, command ...string) map[string]string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := exec.Command(command[0], command[1:]...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %v\n%s", command, err, stderr.String())
	}
	digests := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		name, digest, _ := strings.Cut(line, " ")
		digests[name] = digest
	}
	return digests
}
