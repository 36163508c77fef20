package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTeeRehearsal writes three owners' CSVs (breast_cancer split in
// three) and a groupstats task whose plan spends epsilon shares.
func writeTeeRehearsal(t *testing.T, shares [3]string) (task, data string) {
	t.Helper()
	dir := t.TempDir()
	raw, err := os.ReadFile("../../testdata/breast_cancer.csv")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	var paths []string
	for i, part := range [][]string{lines[1:200], lines[200:400], lines[400:]} {
		p := filepath.Join(dir, string(rune('a'+i))+".csv")
		if err := os.WriteFile(p, []byte(lines[0]+"\n"+strings.Join(part, "\n")+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	wasm, err := os.ReadFile("../../sandbox/examples/groupstats.wasm")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(wasm)
	doc := `{"type":"wasm","module":{"uri":"veil-dir://m","sha256":"` + hex.EncodeToString(sum[:]) + `"},
	"columns":["benign","mean_radius","mean_texture","mean_perimeter"],"plan":{"releases":[
	{"name":"counts","mechanism":"histogram","function":"group","epsilon":` + shares[0] + `,"edges":[0,1,2]},
	{"name":"sums","mechanism":"vector","function":"sums_by_group","epsilon":` + shares[1] + `,"dim":6,"clip":150},
	{"name":"radius","mechanism":"histogram","function":"value","epsilon":` + shares[2] + `,"edges":[0,10,15,20,30]}]}}`
	task = filepath.Join(dir, "task.json")
	if err := os.WriteFile(task, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	return task, strings.Join(paths, ",")
}

// TestTeeRehearse runs `veil tee rehearse` as a buyer would: three owners
// release their keys to a sim-attested enclave, the module runs in the
// sandbox, and only the plan's releases come back, checked.
func TestTeeRehearse(t *testing.T) {
	task, data := writeTeeRehearsal(t, [3]string{"0.2", "0.6", "0.2"})
	out := veilRun(t, "tee", "rehearse", task, "--module", "../../sandbox/examples/groupstats.wasm", "--data", data, "--epsilon", "1", "--json")
	var r teeRehearsal
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if r.Owners != 3 || r.Rows != 569 || r.Attestation != "sim" || len(r.Releases) != 3 || r.Failure != "" {
		t.Fatalf("rehearsal: %+v", r)
	}
	for i, w := range []int{2, 6, 4} {
		if len(r.Releases[i].Values) != w || r.Releases[i].Default {
			t.Fatalf("release %d: %+v", i, r.Releases[i])
		}
	}
	if total := r.Releases[0].Values[0] + r.Releases[0].Values[1]; total < 500 || total > 640 {
		t.Fatalf("the counts add up to %v, not about 569", total)
	}
	if len(r.RealVerifies) == 0 {
		t.Fatal("no word on what a real deployment verifies")
	}
	// The CLI refuses a plan that spends more than ε, and a module that is
	// not the task's, before anything runs.
	over, data := writeTeeRehearsal(t, [3]string{"0.2", "0.7", "0.2"})
	if err := veilCmd(t, "tee", "rehearse", over, "--module", "../../sandbox/examples/groupstats.wasm", "--data", data, "--epsilon", "1").Run(); err == nil {
		t.Fatal("a plan spending ε = 1.1 of 1 ran")
	}
	if err := veilCmd(t, "tee", "rehearse", task, "--module", "../../sandbox/examples/logreg.wasm", "--data", data).Run(); err == nil {
		t.Fatal("another module than the task's ran")
	}
}
