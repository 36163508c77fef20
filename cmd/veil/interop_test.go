package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veil-market/veil/internal/devnet"
)

// TestPublishedBlobOpensWithReferenceTools checks a published blob with tools that
// are not ours: `sha256sum BLOB` prints the on-chain digest and the reference age
// CLI (v1.3+, which reads post-quantum files) gives back the CSV byte for byte.
func TestPublishedBlobOpensWithReferenceTools(t *testing.T) {
	age, err := exec.LookPath("age")
	if err != nil || !ageReadsPQ(age) {
		if os.Getenv("VEIL_REQUIRE_AGE_CLI") == "1" {
			t.Fatalf("age >= 1.3 is required (go install filippo.io/age/cmd/age@v1.3.2): %v", err)
		}
		t.Skip("age >= 1.3 not on PATH; go install filippo.io/age/cmd/age@v1.3.2")
	}
	d, err := devnet.Start(context.Background(), devnet.Options{Dir: filepath.Join(t.TempDir(), "net"), RPCAddr: "127.0.0.1:0", Owners: 1, Compute: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	owner := d.Info.Homes["owner1"]
	src := "../../testdata/diabetes.csv"
	veilRun(t, "--home", owner, "dataset", "publish", src, "--title", "D", "--price", "0.1", "--epsilon", "1", "--accept-suggested-types")
	var key struct {
		Identity string `json:"identity"`
		Blob     string `json:"blob"`
	}
	if err := json.Unmarshal([]byte(veilRun(t, "--home", owner, "dataset", "key", "1", "--json")), &key); err != nil {
		t.Fatal(err)
	}
	var show struct {
		SHA256 string `json:"sha256"`
	}
	if err := json.Unmarshal([]byte(veilRun(t, "--home", owner, "dataset", "show", "1", "--json")), &show); err != nil {
		t.Fatal(err)
	}
	sum, err := exec.Command("sha256sum", key.Blob).Output()
	if err != nil || strings.Fields(string(sum))[0] != show.SHA256 {
		t.Fatalf("sha256sum %s = %q (%v), on-chain digest %s", key.Blob, sum, err, show.SHA256)
	}
	keyFile := filepath.Join(t.TempDir(), "key.txt")
	if err := os.WriteFile(keyFile, []byte(key.Identity+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	plain, err := exec.Command(age, "-d", "-i", keyFile, key.Blob).Output()
	if err != nil {
		t.Fatalf("age -d: %v", err)
	}
	want, _ := os.ReadFile(src)
	if string(plain) != string(want) {
		t.Fatal("age -d did not give back the CSV byte for byte")
	}
}

func ageReadsPQ(path string) bool {
	out, err := exec.Command(path, "--version").Output()
	if err != nil {
		return false
	}
	var major, minor int
	if _, err := fmt.Sscanf(strings.TrimSpace(string(out)), "v%d.%d", &major, &minor); err != nil {
		return false
	}
	return major > 1 || (major == 1 && minor >= 3)
}
