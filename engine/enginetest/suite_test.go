package enginetest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestRunToy: Toy passes the suite on small synthetic tables.
func TestRunToy(t *testing.T) {
	Run(t, smallFixture(t, Toy{EngineName: "toy"}))
}

// childEnv marks the child process that runs the suite on a flawed engine.
const childEnv = "VEIL_ENGINETEST_FLAWED"

// TestSuiteCatchesFlaws: for each flaw, the suite fails, in the sub-test that
// owns the rule, with a message that says what went wrong. The suite runs on
// the flawed engine in a child process (a failing sub-test cannot be observed
// from inside the same test binary).
func TestSuiteCatchesFlaws(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		t.Skip("this is the child process")
	}
	cases := []struct {
		flaw    flaw
		failing string // the sub-test that must fail
		says    string // in its message
	}{
		{flawGullible, "malformed/rows/round-2/garbage/result-of-owners-0-2-3", "the result counts"},
		{flawNoQuorum, "dropouts/one-too-many", "instead of failing"},
		{flawPanicky, "malformed/rows/round-1/truncated", "the lead panicked in round 1"},
		{flawSilent, "malformed/rows/round-1/empty", "log never names owner 1"},
		{flawUnconfirmable, "happy", "would confirm payload SHA-256"},
	}
	for _, c := range cases {
		t.Run(string(c.flaw), func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestFlawedToy$/^"+string(c.flaw)+"$", "-test.v")
			cmd.Env = append(os.Environ(), childEnv+"="+string(c.flaw))
			out, err := cmd.CombinedOutput()
			text := string(out)
			want := "--- FAIL: TestFlawedToy/" + string(c.flaw) + "/" + c.failing + " "
			if err == nil || !strings.Contains(text, want) || !strings.Contains(text, c.says) {
				t.Errorf("flaw %q: want the child to fail with %q saying %q; exit %v, output:\n%s", c.flaw, want, c.says, err, text)
			}
		})
	}
}

// TestFlawedToy is the child: the suite on the flawed Toy named by childEnv.
func TestFlawedToy(t *testing.T) {
	f := flaw(os.Getenv(childEnv))
	if f == "" {
		t.Skip("runs only as TestSuiteCatchesFlaws' child process")
	}
	t.Run(string(f), func(t *testing.T) {
		Run(t, smallFixture(t, flawedToy{Toy: Toy{EngineName: "toy"}, flaw: f}))
	})
}

// pairFixture is Pair on small tables, its helper on a platform launching
// helperCode.
func pairFixture(t *testing.T, helperCode [32]byte) Fixture {
	platform := NewFakePlatform(1, helperCode)
	f := smallFixture(t, Pair{EngineName: "pair", Root: platform.Root(), Measurement: PairMeasurement, RoundTimeout: time.Second})
	f.Compute, f.Platform = 2, platform
	return f
}
