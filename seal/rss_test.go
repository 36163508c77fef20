//go:build linux

package seal

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestSealPeakRSS measures the peak resident memory of sealing a 100 MB file,
// in a child process that does nothing else, and checks that it does not
// grow with the input. It takes a few seconds, so it runs only with
// VEIL_SEAL_RSS=1:
//
//	VEIL_SEAL_RSS=1 go test -run TestSealPeakRSS -v ./seal/
func TestSealPeakRSS(t *testing.T) {
	if mode := os.Getenv("VEIL_SEAL_RSS_CHILD"); mode != "" {
		rssChild(t, mode)
		return
	}
	if os.Getenv("VEIL_SEAL_RSS") != "1" {
		t.Skip("set VEIL_SEAL_RSS=1 to measure the peak RSS of sealing 100 MB")
	}
	dir := t.TempDir()
	input := filepath.Join(dir, "input.csv")
	if err := os.WriteFile(input, benchCSV(), 0o600); err != nil {
		t.Fatal(err)
	}
	idle := childPeakKB(t, "idle", input, dir)
	sealed := childPeakKB(t, "seal", input, dir)
	t.Logf("peak RSS (VmHWM): sealing %d MB: %d KiB; same test binary idle: %d KiB; difference %d KiB",
		benchSize/1_000_000, sealed, idle, sealed-idle)
	if sealed-idle > 32<<10 {
		t.Fatalf("sealing 100 MB raised peak RSS by %d KiB; it must be constant, not proportional to the input", sealed-idle)
	}
}

// childPeakKB re-runs this test in a fresh process and returns its VmHWM.
func childPeakKB(t *testing.T, mode, input, dir string) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSealPeakRSS$", "-test.v")
	cmd.Env = append(os.Environ(), "VEIL_SEAL_RSS_CHILD="+mode, "VEIL_SEAL_RSS_INPUT="+input, "VEIL_SEAL_RSS_DIR="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child %s: %v\n%s", mode, err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "peak-kb="); ok {
			n, err := strconv.Atoi(v)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("child %s printed no peak-kb line:\n%s", mode, out)
	return 0
}

func rssChild(t *testing.T, mode string) {
	if mode == "seal" {
		f, err := os.Open(os.Getenv("VEIL_SEAL_RSS_INPUT"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		st, err := NewDirStore(filepath.Join(os.Getenv("VEIL_SEAL_RSS_DIR"), "blobs"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Seal(context.Background(), f, testIdentity(t, 1).Recipient(), st); err != nil {
			t.Fatal(err)
		}
	}
	fmt.Printf("peak-kb=%d\n", vmHWM(t))
}

// vmHWM reads this process's peak resident set size in KiB.
func vmHWM(t *testing.T) int {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatal("no VmHWM in /proc/self/status")
	return 0
}
