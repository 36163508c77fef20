package enginetest

import "testing"

// testHappy: every owner takes part honestly. The job completes, every owner
// computes the aggregator's payload byte for byte, the buyer's result is right
// for all the tables, and every owner sent something in round 1 (the attacks
// below tamper with those messages).
func (s *suite) testHappy(t *testing.T) {
	out := s.mustRun(t, scenario{})
	s.expectResult(t, out, s.others(), "happy path")
	for i := range s.tables {
		if steps := out.tap.steps(i); len(steps) == 0 || steps[0].Round != 1 {
			t.Errorf("happy path: %s sent no message in round 1 (sent %v); the suite needs one to tamper with", s.who(i), steps)
		}
	}
	if !t.Failed() {
		s.happy = out
	}
}

// firstSend is owner i's first message in the happy path: round 1's first step.
func (s *suite) firstSend(i int) stepKey { return s.happy.tap.steps(i)[0] }
