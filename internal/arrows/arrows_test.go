// Package arrows checks that imports point one way (docs/README.md, "The code"):
// cmd → node → engine → libraries, and the buyer's SDK beside node, not on it.
package arrows

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/veil-market/veil/"

// rules: each package (pattern, as go list takes it) must not depend, even
// indirectly, on any of the listed packages of this module.
var rules = []struct {
	pkg       string
	forbidden []string
}{
	{"./buyer", []string{"node", "cmd/veil", "publish"}},
	{"./result", []string{"node", "buyer", "chain", "wire", "engine"}},
	{"./engine/...", []string{"node", "chain", "buyer", "cmd/veil", "publish", "home"}},
	{"./mhe", []string{"engine", "node", "chain", "wire", "suffstat"}},
	{"./suffstat", []string{"engine", "node", "chain", "wire", "mhe", "secagg"}},
	{"./secagg/...", []string{"engine", "node", "chain", "wire"}},
	{"./wire", []string{"node", "chain", "buyer", "cmd/veil"}},
	{"./chain", []string{"node", "engine", "wire", "buyer"}},
	{"./internal/binread", []string{"engine", "wire", "secagg", "mhe", "node", "chain"}},
}

func TestImportsPointOneWay(t *testing.T) {
	for _, r := range rules {
		out, err := exec.Command("go", "list", "-deps", "-test=false", "-f", "{{.ImportPath}}", "../../"+strings.TrimPrefix(r.pkg, "./")).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", r.pkg, err, out)
		}
		deps := map[string]bool{}
		for _, d := range strings.Fields(string(out)) {
			deps[strings.TrimPrefix(d, module)] = true
		}
		for _, f := range r.forbidden {
			if deps[f] {
				t.Errorf("%s depends on %s", r.pkg, f)
			}
		}
	}
}
