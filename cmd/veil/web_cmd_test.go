package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWebCommand runs `veil web` as a process twice: from a home, and with no
// home (--chain, --marketplace). Each serves the catalog's JSON twin with
// the published dataset; a third on a port already taken says so in one line.
func TestWebCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "net")
	proc, info := startDevnetProc(t, dir, freeAddr(t))
	t.Cleanup(func() { stopProc(t, proc) })
	veilRun(t, "--home", info.Homes["owner1"], "dataset", "publish", "../../testdata/breast_cancer.csv", "--title", "Breast cancer",
		"--price", "0.1", "--epsilon", "10", "--engines", "fl", "--bounds-file", "../../testdata/breast_cancer.bounds.json")

	fromHome := startWeb(t, "--home", info.Homes["buyer"], "web", "--listen", "127.0.0.1:0", "--json")
	noHome := startWeb(t, "--home", filepath.Join(t.TempDir(), "nohome"), "--chain", info.RPC, "--marketplace", info.Marketplace,
		"web", "--listen", "127.0.0.1:0", "--from-block", "1", "--json")
	for _, url := range []string{fromHome, noHome} {
		var c struct {
			Datasets []listingView `json:"datasets"`
		}
		getJSON(t, url+"datasets.json", &c)
		if len(c.Datasets) != 1 || c.Datasets[0].Title != "Breast cancer" {
			t.Fatalf("%s lists %+v", url, c.Datasets)
		}
	}
	taken := strings.TrimSuffix(strings.TrimPrefix(fromHome, "http://"), "/")
	stderr := veilFail(t, "--home", info.Homes["buyer"], "web", "--listen", taken)
	if !strings.Contains(stderr, "web: cannot listen on "+taken) || strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
		t.Fatalf("a second veil web on %s: %s", taken, stderr)
	}
}

// startWeb runs `veil ... web --json` until the test ends and returns the
// URL it prints.
func startWeb(t *testing.T, args ...string) string {
	t.Helper()
	cmd := veilCmd(t, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr lockedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stopProc(t, cmd) })
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var doc strings.Builder
	deadline := time.After(time.Minute)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("veil web exited: %s", stderr.String())
			}
			doc.WriteString(l)
			var v struct{ URL string }
			if json.Unmarshal([]byte(doc.String()), &v) == nil && v.URL != "" {
				return v.URL
			}
		case <-deadline:
			t.Fatalf("veil web printed no URL: %s", stderr.String())
		}
	}
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || json.Unmarshal(b, v) != nil {
		t.Fatalf("GET %s: %s %s", url, resp.Status, b)
	}
}
