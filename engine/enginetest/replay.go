package enginetest

import (
	"context"
	"fmt"
	"testing"
)

// testReplay: an owner sends, in a new job Y, the payload it sent for the same
// step in the happy path's job X, over its Y connection: only the engine's
// job-bound messages can catch it, and must. (As a frame, X's own or
// relabelled as Y's with X's signature, the transport refuses it naming the
// owner: wire's TestSessionRefusals.)
func (s *suite) testReplay(t *testing.T) {
	k := s.firstSend(badOwner)
	x := s.happy.job.ID
	ctx := context.Background()
	captured, err := s.happy.tap.payload(ctx, badOwner, k)
	if err != nil {
		t.Fatal(err)
	}
	t.Run("engine", func(t *testing.T) {
		if !s.f.SignsMessages {
			t.Skip("the engine does not bind its messages to the job (Fixture.SignsMessages is false): a payload re-sent over a new job's connection is signed afresh by the transport, so only such an engine could refuse it; wire's tests cover replayed frames")
		}
		var identical bool
		out := s.mustRun(t, scenario{hooks: map[int]sendHook{badOwner: replayAt(k, captured, &identical)}})
		what := fmt.Sprintf("%s re-sends its job %d payload for %s in job %d", s.who(badOwner), x, k, out.job.ID)
		if identical {
			t.Fatalf("%s: the payload is byte-identical in both jobs, so it is not bound to the job", what)
		}
		s.expectRefused(t, out, badOwner, what)
	})
}
