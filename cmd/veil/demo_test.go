package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemo runs `veil demo` as users do and checks the escrow paths it reports.
func TestDemo(t *testing.T) {
	out := runDemoTest(t)
	for _, want := range []string{
		"owner3 published dataset 3",
		"Breast cancer biopsies, clinic 1",
		"the buyer cancels: 0.31 coins credited back, the submission fees stay with the owners",
		"the reservations lapsed at the window's end, without any transaction",
		"job 2 is cancelled, its escrow refunded",
		"dataset 1 budget: ε 40 left, 0 reserved, 0 spent; δ 0.0001 left, 0 reserved, 0 spent",
		"withdraws its credits (pull payment): 0.62 coins",
		"job 3: settled",
		"dataset 1 budget: ε 38 left, 0 reserved, 2 spent; δ 9e-05 left, 0 reserved, 1e-05 spent",
		"owner3 was paid with its commitment, by its receipt for all rounds: 0.103 coins credited",
		"the aggregator was paid its fee for a result no majority disputed, and its bond released: 0.01 coins",
		"count 427 rows (exact",
		"the 3 owners also publish diabetes.csv (442 rows)",
		"job 5: settled",
		"the buyer verified the result's report again: sim attestation",
		"a real SEV-SNP deployment verifies instead:",
		"nothing is left running",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("demo output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestDemoAccuracy reads the accuracies the demo prints: the private model must
// be useful, not just produced.
func TestDemoAccuracy(t *testing.T) {
	out := runDemoTest(t)
	var private, central float64
	for _, line := range strings.Split(out.String(), "\n") {
		if i := strings.Index(line, "held-out rows: "); i >= 0 {
			fmt.Sscanf(line[i+len("held-out rows: "):], "%f", &private)
			if j := strings.Index(line, "; "); j >= 0 {
				fmt.Sscanf(line[j+2:], "%f", &central)
			}
		}
	}
	if private < 0.85 || central < 0.95 { // ε = 2 averages 0.95; a chance model scores 0.63
		t.Fatalf("demo accuracies private %.3f, central %.3f; want ≥ 0.85 and ≥ 0.95:\n%s", private, central, out.String())
	}
}

// runDemoTest runs `veil demo --log`; when it fails, the test shows the
// daemons' last log lines, which say why a job did not settle.
func runDemoTest(t *testing.T) *bytes.Buffer {
	t.Helper()
	var out, errb bytes.Buffer
	logPath := filepath.Join(t.TempDir(), "daemons.log")
	if code := run([]string{"demo", "--log", logPath}, &out, &errb); code != 0 {
		logs, _ := os.ReadFile(logPath)
		lines := strings.Split(strings.TrimRight(string(logs), "\n"), "\n")
		t.Fatalf("veil demo exited %d: %s\n%s\nthe daemons' last %d log lines:\n%s", code, errb.String(), out.String(),
			min(len(lines), 80), strings.Join(lines[max(0, len(lines)-80):], "\n"))
	}
	return &out
}
