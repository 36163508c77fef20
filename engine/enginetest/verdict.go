package enginetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
)

// mustRun runs a job; a job the suite could not even set up ends the test.
func (s *suite) mustRun(t *testing.T, sc scenario) *outcome {
	t.Helper()
	out, err := s.runJob(sc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// who names owner i for failure messages.
func (s *suite) who(i int) string {
	return fmt.Sprintf("owner %d (%s)", i, s.net.owners[i].Address.Hex())
}

// names reports whether text names owner i: by address, or as "owner i" / owner=i.
func (s *suite) names(text string, i int) bool {
	if strings.Contains(strings.ToLower(text), strings.ToLower(s.net.owners[i].Address.Hex())) {
		return true
	}
	return regexp.MustCompile(fmt.Sprintf(`(?i)\bowner[\s=:#"]*%d\b`, i)).MatchString(text)
}

// others lists every owner but those in out.
func (s *suite) others(out ...int) []int {
	var keep []int
	for i := range s.tables {
		if !slices.Contains(out, i) {
			keep = append(keep, i)
		}
	}
	return keep
}

// expectResult asserts that the job completed, that every owner in counted
// finished all rounds and computed the aggregator's payload byte for byte,
// and that the buyer's decoded result is right for exactly counted's tables.
func (s *suite) expectResult(t *testing.T, out *outcome, counted []int, what string) {
	t.Helper()
	s.expectNoCrash(t, out, what)
	if out.aggErr != nil {
		t.Errorf("%s: the aggregator failed: %v", what, out.aggErr)
		return
	}
	for _, i := range counted {
		s.expectPayload(t, out, i, what)
	}
	if output := s.finalize(t, out, what); output != nil {
		s.checkOutput(t, output, counted)
	}
}

// finalize decodes the result as the buyer does.
func (s *suite) finalize(t *testing.T, out *outcome, what string) *engine.Output {
	t.Helper()
	buyerView, err := s.view(out.pub)
	if err != nil {
		t.Fatal(err)
	}
	output, err := s.f.Engine.Finalize(context.Background(), buyerView, out.result.Payload, engine.BuyerEnv{Store: out.pub.buyerStore})
	if err != nil {
		t.Errorf("%s: Finalize of job %d's payload: %v", what, out.job.ID, err)
		return nil
	}
	return output
}

// checkOutput runs the fixture's Check on exactly counted's tables.
func (s *suite) checkOutput(t *testing.T, output *engine.Output, counted []int) {
	t.Helper()
	tables := make([]*dataset.Table, len(counted))
	for k, i := range counted {
		tables[k] = s.tables[i]
	}
	t.Run(fmt.Sprintf("result-of-owners-%s", joinInts(counted)), func(t *testing.T) { s.f.Check(t, output, tables) })
}

func (s *suite) expectPayload(t *testing.T, out *outcome, i int, what string) {
	t.Helper()
	o := out.owners[i]
	for _, err := range o.satOut {
		t.Errorf("%s: honest %s sat out %v", what, s.who(i), err)
	}
	switch {
	case !o.done:
		t.Errorf("%s: honest %s did not finish the job: %v", what, s.who(i), o.err)
	case !bytes.Equal(o.payload, out.result.Payload):
		t.Errorf("%s: %s would confirm payload SHA-256 %x, the aggregator's result has %x", what, s.who(i),
			sha256.Sum256(o.payload), sha256.Sum256(out.result.Payload))
	}
}

// expectRefused asserts that the aggregator dealt with owner bad: either it
// failed with an error naming bad, or it excluded bad (its error log names
// it) and the result is right without bad's data.
func (s *suite) expectRefused(t *testing.T, out *outcome, bad int, what string) {
	t.Helper()
	if out.aggErr != nil {
		s.expectNoCrash(t, out, what)
		if !s.names(out.aggErr.Error(), bad) {
			t.Errorf("%s: the aggregator failed, but its error does not name %s: %v", what, s.who(bad), out.aggErr)
		}
		return
	}
	if !s.names(out.aggLog.String(), bad) {
		t.Errorf("%s: the job completed, but the aggregator's log never names %s; log:\n%s", what, s.who(bad), out.aggLog)
	}
	if s.f.Covered == nil {
		s.expectResult(t, out, s.others(bad), what)
		return
	}
	s.expectCovered(t, out, bad, what)
}

// expectCovered: the job completed, every owner but bad confirms the
// payload, the result covers the others (and maybe bad, whose input was in
// before it misbehaved) and is right for exactly the owners it covers.
func (s *suite) expectCovered(t *testing.T, out *outcome, bad int, what string) {
	t.Helper()
	s.expectNoCrash(t, out, what)
	for _, i := range s.others(bad) {
		s.expectPayload(t, out, i, what)
	}
	output := s.finalize(t, out, what)
	if output == nil {
		return
	}
	addrs, err := s.f.Covered(output)
	if err != nil {
		t.Errorf("%s: reading whom the result covers: %v", what, err)
		return
	}
	var covered []int
	for i, o := range s.net.owners {
		if slices.Contains(addrs, o.Address) {
			covered = append(covered, i)
		}
	}
	if len(covered) != len(addrs) || (!slices.Equal(covered, s.others(bad)) && !slices.Equal(covered, s.others())) {
		t.Errorf("%s: the result covers owners %v (%d addresses), want %v or all", what, covered, len(addrs), s.others(bad))
		return
	}
	s.checkOutput(t, output, covered)
}

// expectFailure asserts that the aggregator failed cleanly: an error, no result.
func (s *suite) expectFailure(t *testing.T, out *outcome, what string) {
	t.Helper()
	s.expectNoCrash(t, out, what)
	if out.aggErr == nil {
		t.Errorf("%s: the aggregator produced a result (payload SHA-256 %x) instead of failing", what, sha256.Sum256(out.result.Payload))
	}
}

func (s *suite) expectNoCrash(t *testing.T, out *outcome, what string) {
	t.Helper()
	if out.crashed {
		t.Errorf("%s: %v", what, out.aggErr)
	}
	for i, o := range out.owners {
		if o.panicked {
			t.Errorf("%s: %s: %v", what, s.who(i), o.err)
		}
	}
	for _, i := range out.hung {
		t.Errorf("%s: %s was still running %v after the job ended: it ignores its context", what, s.who(i), hangGrace)
	}
}

func joinInts(v []int) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, "-")
}
