package main

import (
	"fmt"
	"os"
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
