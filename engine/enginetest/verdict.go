package enginetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
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
	return fmt.Sprintf("owner %d (%s)", i, s.net.Owners[i].Address.Hex())
}

// names reports whether text names owner i: by address, or as "owner i" / owner=i.
func (s *suite) names(text string, i int) bool {
	if strings.Contains(strings.ToLower(text), strings.ToLower(s.net.Owners[i].Address.Hex())) {
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
	if out.LeadErr != nil {
		t.Errorf("%s: the lead failed: %v", what, out.LeadErr)
		return
	}
	for _, i := range counted {
		s.expectPayload(t, out, i, what)
	}
	s.expectHelpers(t, out, what)
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
	output, err := s.f.Engine.Finalize(context.Background(), buyerView, out.Result.Payload, engine.BuyerEnv{Secrets: out.pub.buyerStore})
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
	o := out.Owners[i]
	for _, err := range o.SatOut {
		t.Errorf("%s: honest %s sat out %v", what, s.who(i), err)
	}
	switch {
	case !o.Done:
		t.Errorf("%s: honest %s did not finish the job: %v", what, s.who(i), o.Err)
	case !bytes.Equal(o.Payload, out.Result.Payload):
		t.Errorf("%s: %s would confirm payload SHA-256 %x, the lead's result has %x", what, s.who(i),
			sha256.Sum256(o.Payload), sha256.Sum256(out.Result.Payload))
	}
}

// expectHelpers: every helper of a completed job computed the step it would
// attest, and the lead's result vouches only for helpers of the plan.
func (s *suite) expectHelpers(t *testing.T, out *outcome, what string) {
	t.Helper()
	for k, h := range out.Helpers {
		if h.Err != nil {
			t.Errorf("%s: compute node %d (a helper) failed: %v", what, k, h.Err)
		}
	}
	for _, k := range out.Result.Vouched {
		if out.job.Plan.Role(k) != engine.RoleHelper {
			t.Errorf("%s: the lead vouches for compute node %d, which is not a helper of the plan", what, k)
		}
	}
}

// expectRefused asserts that the aggregator dealt with owner bad: either it
// failed with an error naming bad, or it excluded bad (its error log names
// it) and the result is right without bad's data.
func (s *suite) expectRefused(t *testing.T, out *outcome, bad int, what string) {
	t.Helper()
	if out.LeadErr != nil {
		s.expectNoCrash(t, out, what)
		if !s.names(out.LeadErr.Error(), bad) {
			t.Errorf("%s: the lead failed, but its error does not name %s: %v", what, s.who(bad), out.LeadErr)
		}
		return
	}
	if !s.names(out.aggLog.String(), bad) {
		t.Errorf("%s: the job completed, but the lead's log never names %s; log:\n%s", what, s.who(bad), out.aggLog)
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
	for i, o := range s.net.Owners {
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
	if out.LeadErr == nil {
		t.Errorf("%s: the lead produced a result (payload SHA-256 %x) instead of failing", what, sha256.Sum256(out.Result.Payload))
	}
}

func (s *suite) expectNoCrash(t *testing.T, out *outcome, what string) {
	t.Helper()
	if out.Crashed() {
		t.Errorf("%s: %v", what, out.LeadErr)
	}
	for i, o := range out.Owners {
		if o.Panicked {
			t.Errorf("%s: %s: %v", what, s.who(i), o.Err)
		}
	}
	for k, h := range out.Helpers {
		if errors.Is(h.Err, ErrPanic) {
			t.Errorf("%s: compute node %d: %v", what, k, h.Err)
		}
	}
	for _, w := range out.Hung {
		name := w.String()
		if w.Owner >= 0 {
			name = s.who(w.Owner)
		}
		t.Errorf("%s: %s was still running %v after the job ended: it ignores its context", what, name, hangGrace)
	}
}

func joinInts(v []int) string {
	parts := make([]string, len(v))
	for i, x := range v {
		parts[i] = fmt.Sprint(x)
	}
	return strings.Join(parts, "-")
}
