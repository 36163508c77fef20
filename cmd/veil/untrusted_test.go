package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCatalogTextIsUntrusted: titles and reasons an owner writes on-chain
// reach the buyer's terminal as text. A title with escape sequences and a
// newline cannot clear the screen or fake a row, a 100 KB title does not
// pad every row, a decline reason shows escaped in `job status`; `dataset
// publish` refuses such titles before sealing anything.
func TestCatalogTextIsUntrusted(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	proc, info := startDevnetProc(t, dir, freeAddr(t), "--owners", "2")
	t.Cleanup(func() { stopProc(t, proc) })
	buyer, owner1, owner2 := info.Homes["buyer"], info.Homes["owner1"], info.Homes["owner2"]
	ids := publishTitles(t, info.RPC, info.Marketplace, owner1, ansiTitle, longTitle)

	list := veilRun(t, "--home", buyer, "dataset", "list")
	lines := strings.Split(strings.TrimRight(list, "\n"), "\n")
	if strings.ContainsAny(list, "\x1b\x07") || len(lines) != 3 || !strings.Contains(list, `\x1b[2J\x1b]0;pwned\x07Free data\x0a9`) {
		t.Fatalf("dataset list printed %q", list)
	}
	for _, l := range lines {
		if n := utf8.RuneCountInString(l); n > 200 {
			t.Fatalf("dataset list printed a line of %d characters", n)
		}
	}
	show := veilRun(t, "--home", buyer, "dataset", "show", fmt.Sprint(ids[1]))
	if first := strings.Split(show, "\n")[0]; utf8.RuneCountInString(first) > 450 || !strings.HasSuffix(first, "…") {
		t.Fatalf("dataset show's first line has %d characters", utf8.RuneCountInString(first))
	}
	var listed []listingView
	if err := json.Unmarshal([]byte(veilRun(t, "--home", buyer, "dataset", "list", "--json")), &listed); err != nil || listed[1].Title != longTitle {
		t.Fatalf("dataset list --json cut the title (%v)", err)
	}

	for title, want := range map[string]string{"\x1b[2JFree": "title has the control character U+001B", "a\nb": "U+000A",
		strings.Repeat("t", 201): "the title is 201 characters, at most 200"} {
		stderr := veilFail(t, "--home", owner2, "dataset", "publish", "../../testdata/breast_cancer.csv", "--title", title,
			"--price", "0.1", "--epsilon", "10", "--engines", "fl", "--bounds-file", "../../testdata/breast_cancer.bounds.json")
		if !strings.Contains(stderr, want) || strings.Contains(stderr, "sealing") {
			t.Errorf("publishing the title %q: %s", title, stderr)
		}
	}

	for _, o := range []string{owner1, owner2} { // datasets 3 and 4
		veilRun(t, "--home", o, "dataset", "publish", "../../testdata/breast_cancer.csv", "--title", "Breast cancer",
			"--price", "0.1", "--epsilon", "10", "--engines", "fl", "--bounds-file", "../../testdata/breast_cancer.bounds.json")
	}
	spec := filepath.Join(t.TempDir(), "spec.json")
	compute := veilRun(t, "--home", info.Homes["compute1"], "account", "--json")
	var c struct{ Address string }
	json.Unmarshal([]byte(compute), &c)
	os.WriteFile(spec, []byte(fmt.Sprintf(`{"engine":"fl","datasets":[3,4],"task":{"type":"train","model":"logistic","label":"benign"},
		"privacy":{"epsilon":1,"delta":1e-5},"compute":[%q]}`, c.Address)), 0o600)
	veilRun(t, "--home", buyer, "job", "submit", spec)
	if _, err := homeMarket(t, info.RPC, info.Marketplace, owner2).DeclineJob(context.Background(), 1, "\x1b[31mno\nthanks"); err != nil {
		t.Fatal(err)
	}
	status := veilRun(t, "--home", buyer, "job", "status", "1")
	if strings.Contains(status, "\x1b") || !strings.Contains(status, `declined (\x1b[31mno\x0athanks)`) {
		t.Fatalf("job status printed %q", status)
	}
}

// veilFail runs veil, wants it to fail, and returns its stderr.
func veilFail(t *testing.T, args ...string) string {
	t.Helper()
	var errb strings.Builder
	cmd := veilCmd(t, args...)
	cmd.Stderr = &errb
	if err := cmd.Run(); err == nil {
		t.Fatalf("veil %s succeeded", strings.Join(args, " "))
	}
	return errb.String()
}

func TestParseEnginesRefusesMissingEngines(t *testing.T) {
	if set, err := parseEngines("--engines", "fl,he", []string{"fl", "he"}); err != nil || set != 3 {
		t.Fatalf("fl,he = %d, %v", set, err)
	}
	_, err := parseEngines("--engines", "fl,tee", []string{"fl", "he"})
	if err == nil || !strings.Contains(err.Error(), `--engines: engine "tee" is not available in this veil yet (it has fl, he)`) {
		t.Fatalf("fl,tee: %v", err)
	}
	if _, err := parseEngines("--engines", "fl,sql", []string{"fl", "he"}); err == nil || !strings.Contains(err.Error(), `unknown engine "sql"`) {
		t.Fatalf("fl,sql: %v", err)
	}
}
