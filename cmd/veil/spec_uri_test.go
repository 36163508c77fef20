package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSpecByURIThroughProcesses: the buyer keeps its spec off-chain. `veil job
// submit --spec-out` writes the document; a submission whose URI serves
// anything else is refused before money moves; served at its URI, the daemons
// (their own processes) fetch it, check its hash and run the job to settlement.
func TestSpecByURIThroughProcesses(t *testing.T) {
	p := startProcMarket(t, 3)
	p.publishDiabetes(3, "toy")
	for _, n := range []string{"owner1", "owner2", "owner3", "compute1"} {
		p.startNode(n)
	}
	spec := fmt.Sprintf(`{"engine":"toy","datasets":[1,2,3],"task":{"rounds":2},"privacy":{"epsilon":1,"delta":1e-6},"compute":[%q],"deadline":"2m"}`,
		p.address("compute1"))
	dir := t.TempDir()
	file, doc := filepath.Join(dir, "spec.json"), filepath.Join(dir, "published.json")
	if err := os.WriteFile(file, []byte(spec), 0o600); err != nil {
		t.Fatal(err)
	}
	p.veil("buyer", "job", "submit", file, "--spec-out", doc)
	published, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/other.json" {
			w.Write([]byte(spec))
			return
		}
		w.Write(published)
	}))
	defer srv.Close()
	out, err := veilCmd(t, "--home", p.home("buyer"), "job", "submit", file, "--spec-uri", srv.URL+"/other.json").CombinedOutput()
	if err == nil || !strings.Contains(string(out), "does not match the SHA-256") {
		t.Fatalf("a URI serving another document was accepted: %v\n%s", err, out)
	}
	var res struct{ ID uint64 }
	if err := json.Unmarshal([]byte(p.veil("buyer", "job", "submit", file, "--spec-uri", srv.URL+"/spec.json", "--json")), &res); err != nil {
		t.Fatal(err)
	}
	p.waitState(res.ID, "settled", 2*time.Minute)
}
