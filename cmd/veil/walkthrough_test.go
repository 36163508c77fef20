package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestWalkthroughData: the README's three owners and held-out test set are
// breast_cancer.csv split as testdata/README.md says: every sixth row (rows
// 6, 12, … counting from 1) is the test set, the others go to owner1, owner2,
// owner3 in turn. No row is lost, repeated or moved.
func TestWalkthroughData(t *testing.T) {
	header, rows := readRows(t, "../../testdata/breast_cancer.csv")
	var test []string
	parts := make([][]string, 3)
	for i, r := range rows {
		if i%6 == 5 {
			test = append(test, r)
			continue
		}
		k := len(rows[:i]) - len(test)
		parts[k%3] = append(parts[k%3], r)
	}
	for k, want := range parts {
		checkRows(t, fmt.Sprintf("../../testdata/market/owner%d.csv", k+1), header, want)
	}
	checkRows(t, "../../testdata/market/test.csv", header, test)
}

func readRows(t *testing.T, path string) (string, []string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n"), "\n")
	return lines[0], lines[1:]
}

func checkRows(t *testing.T, path, header string, want []string) {
	t.Helper()
	h, got := readRows(t, path)
	if h != header || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s is not its part of breast_cancer.csv (%d rows, want %d)", path, len(got), len(want))
	}
}

// TestReadmeWalkthrough runs the README's local-market walk-through as a new
// user would: its sh blocks, in order, in one bash shell at a copy of the
// repository's root. Only two things differ: ./veil is this test binary (the
// `go build` line is skipped) and the devnet's JSON-RPC is on a free port, so
// it runs beside other markets. The walk-through must end with a model that
// scores well on the held-out rows, three datasets listed and no daemon left.
func TestReadmeWalkthrough(t *testing.T) {
	script := readmeScript(t, freeAddr(t))
	dir := t.TempDir()
	if err := os.Symlink(mustAbs(t, "../../testdata"), filepath.Join(dir, "testdata")); err != nil {
		t.Fatal(err)
	}
	wrapper := fmt.Sprintf("#!/bin/sh\nVEIL_AS_BINARY=1 exec %q \"$@\"\n", os.Args[0])
	if err := os.WriteFile(filepath.Join(dir, "veil"), []byte(wrapper), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "walkthrough.sh"), []byte(script), 0o600); err != nil {
		t.Fatal(err)
	}
	// On a terminal, as a user runs it: util-linux's script(1) gives bash a
	// pseudo-terminal, so sealing and job wait draw their progress lines.
	cmd := exec.Command("script", "-qefc", "bash walkthrough.sh", "/dev/null")
	if _, err := exec.LookPath("script"); err != nil {
		t.Log("script(1) missing: the walk-through runs without a terminal")
		cmd = exec.Command("bash", "walkthrough.sh")
	}
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "VEIL_HOME=")
	out, err := cmd.CombinedOutput()
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "net.log"))
		t.Fatalf("the walk-through failed: %v\n%s\n--- net.log:\n%s", err, out, log)
	}
	checkWalkthroughOutput(t, string(out))
	if len(cmd.Args) > 2 {
		for _, want := range []string{"\r\x1b[Ksealing: ", "\r\x1b[Kjob 1: "} {
			if !strings.Contains(string(out), want) {
				t.Errorf("no progress line %q on a terminal:\n%q", want, out)
			}
		}
	}
}

// readmeScript is the README's "A local market" sh blocks as one bash script
// that stops the devnet it started when it ends.
func readmeScript(t *testing.T, rpc string) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i := strings.Index(s, "## A local market")
	if i < 0 {
		t.Fatal("README has no \"## A local market\" section")
	}
	s = s[i:]
	if j := strings.Index(s[1:], "\n## "); j >= 0 {
		s = s[:j+1]
	}
	var script strings.Builder
	script.WriteString("set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null; wait' EXIT\n")
	blocks := 0
	for _, part := range strings.Split(s, "```sh\n")[1:] {
		block, _, ok := strings.Cut(part, "```")
		if !ok {
			t.Fatal("README: unterminated sh block")
		}
		blocks++
		for _, line := range strings.SplitAfter(block, "\n") {
			if strings.HasPrefix(line, "go build ") {
				continue
			}
			if strings.HasPrefix(line, "./veil devnet ") {
				line = strings.Replace(line, "./veil devnet ", "./veil devnet --rpc "+rpc+" ", 1)
			}
			script.WriteString(line)
		}
	}
	if blocks < 3 || !strings.Contains(script.String(), "--rpc "+rpc) {
		t.Fatalf("README's walk-through has %d sh blocks and no `./veil devnet` line to run", blocks)
	}
	return script.String()
}

func checkWalkthroughOutput(t *testing.T, out string) {
	t.Helper()
	for i := 1; i <= 3; i++ {
		if !strings.Contains(out, fmt.Sprintf("Breast cancer, clinic %d", i)) {
			t.Errorf("dataset list does not show clinic %d:\n%s", i, out)
		}
	}
	var rows int
	var acc float64
	for _, line := range strings.Split(out, "\n") {
		if _, err := fmt.Sscanf(line, "%d rows: accuracy %f", &rows, &acc); err == nil {
			break
		}
	}
	// 94 held-out rows; scikit-learn's non-private logistic regression scores
	// 0.97 on such splits (testdata/README.md), DP with ε = 2 costs a few points.
	if rows != 94 || acc < 0.85 {
		t.Fatalf("model eval: %d rows, accuracy %.4f; want 94 rows and at least 0.85:\n%s", rows, acc, out)
	}
}

func mustAbs(t *testing.T, p string) string {
	t.Helper()
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
