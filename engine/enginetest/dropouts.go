package enginetest

import (
	"fmt"
	"testing"
)

// testDropouts: owners vanish mid-job. Up to MaxDropouts of them, the job
// completes for the rest and the result covers exactly the survivors' data;
// one more, and the aggregator fails with an error, never a wrong result.
func (s *suite) testDropouts(t *testing.T) {
	t.Run("after-round-1", s.testQuitAfterRound1)
	t.Run("before-sending", s.testHangUpBeforeSending)
	t.Run("one-too-many", s.testTooManyDropouts)
}

// dropped is the owners that drop out when k do: owners 1..k, so that neither
// the first nor (with k < n-1) the last owner is special.
func (s *suite) dropped(k int) []int {
	out := make([]int, k)
	for j := range out {
		out[j] = (1 + j) % len(s.tables)
	}
	return out
}

func (s *suite) testQuitAfterRound1(t *testing.T) {
	if s.f.MaxDropouts == 0 {
		t.Skip("the fixture tolerates no dropout (MaxDropouts = 0)")
	}
	if s.happy.job.Plan.Rounds < 2 {
		t.Skip("the plan has a single round: there is no round after the first")
	}
	sc := scenario{quitAfter: map[int]uint32{}}
	for _, i := range s.dropped(s.f.MaxDropouts) {
		sc.quitAfter[i] = 1
	}
	out := s.mustRun(t, sc)
	what := fmt.Sprintf("owners %v disconnect after their receipt for round 1", s.dropped(s.f.MaxDropouts))
	for i := range sc.quitAfter {
		if !out.Owners[i].Quit {
			t.Errorf("%s: %s never completed round 1: %v", what, s.who(i), out.Owners[i].Err)
		}
	}
	s.expectResult(t, out, s.others(s.dropped(s.f.MaxDropouts)...), what)
}

func (s *suite) testHangUpBeforeSending(t *testing.T) {
	if s.f.MaxDropouts == 0 {
		t.Skip("the fixture tolerates no dropout (MaxDropouts = 0)")
	}
	sc, what := s.hangUps(s.f.MaxDropouts)
	s.expectResult(t, s.mustRun(t, sc), s.others(s.dropped(s.f.MaxDropouts)...), what)
}

func (s *suite) testTooManyDropouts(t *testing.T) {
	sc, what := s.hangUps(s.f.MaxDropouts + 1)
	s.expectFailure(t, s.mustRun(t, sc), what+fmt.Sprintf(" (one more than the %d tolerated)", s.f.MaxDropouts))
}

// hangUps makes k owners disconnect in round 1 instead of sending their first message.
func (s *suite) hangUps(k int) (scenario, string) {
	sc := scenario{hooks: map[int]sendHook{}}
	for _, i := range s.dropped(k) {
		sc.hooks[i] = hangUpAt(i, s.firstSend(i))
	}
	i := s.dropped(k)[0]
	return sc, fmt.Sprintf("owners %v disconnect instead of sending their first message (owner %d: %s)", s.dropped(k), i, s.firstSend(i))
}
