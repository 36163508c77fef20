package chain_test

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/veil-market/veil/chain"
)

// refusal is one revert of the contract: the function whose body holds the
// revert statement, the custom error it raises, and what the row changes in the
// valid scenario to reach it. run returns the error of the refused call.
type refusal struct {
	site string
	want string
	how  string
	arg  any // when set, the error's first argument
	run  func(w *world) error
}

func allRefusals() []refusal {
	return slices.Concat(configRefusals(), registryRefusals(), datasetRefusals(), stakeRefusals(),
		submitRefusals(), bindRefusals(), acceptRefusals(), resultRefusals(), paymentRefusals())
}

// TestRefusals runs every refusal on one shared world; each row builds the
// fresh jobs, datasets and nodes it needs, so rows do not depend on each other.
func TestRefusals(t *testing.T) {
	c := startChain(t)
	w := newWorld(t, c)
	for _, r := range allRefusals() {
		t.Run(r.site+"/"+r.want+"/"+r.how, func(t *testing.T) {
			w.t = t
			err := r.run(w)
			wantRevert(t, err, r.want)
			var rev *chain.RevertError
			if r.arg != nil && errors.As(err, &rev) {
				if len(rev.Args) == 0 || fmt.Sprint(rev.Args[0]) != fmt.Sprint(r.arg) {
					t.Fatalf("%s args = %v, want first %v", r.want, rev.Args, r.arg)
				}
			}
		})
	}
	w.t = t
	w.checkBooks()
}

var (
	solFunction = regexp.MustCompile(`^\s*(?:function\s+(\w+)|(constructor)|modifier\s+(\w+))\s*\(`)
	solRevert   = regexp.MustCompile(`revert\s+(\w+)\(`)
	solError    = regexp.MustCompile(`^\s*error\s+(\w+)\(`)
)

// TestRefusalsCoverEveryRevert reads Marketplace.sol and checks that the table
// has a row for every (function, error) revert statement and every declared error.
func TestRefusalsCoverEveryRevert(t *testing.T) {
	src, err := os.ReadFile("contracts/Marketplace.sol")
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, r := range allRefusals() {
		covered[r.site+"/"+r.want] = true
		covered[r.want] = true
	}
	var fn string
	sites, declared := 0, 0
	for _, line := range strings.Split(string(src), "\n") {
		if m := solFunction.FindStringSubmatch(line); m != nil {
			fn = m[1] + m[2] + m[3]
		}
		if m := solError.FindStringSubmatch(line); m != nil {
			declared++
			if !covered[m[1]] {
				t.Errorf("error %s has no row", m[1])
			}
		}
		for _, m := range solRevert.FindAllStringSubmatch(line, -1) {
			sites++
			if !covered[fn+"/"+m[1]] {
				t.Errorf("revert %s in %s has no row", m[1], fn)
			}
		}
	}
	if sites < 80 || declared < 60 {
		t.Fatalf("found %d revert statements and %d errors: is the parser still reading the contract?", sites, declared)
	}
	t.Logf("%d revert statements, %d custom errors, %d rows", sites, declared, len(allRefusals()))
}
