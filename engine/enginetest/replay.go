package enginetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/veil-market/veil/wire"
)

// testReplay: an owner sends, in a new job Y, the message it sent for the same
// step in the happy path's job X. As a frame (X's own, or relabelled as Y's
// with X's signature) the transport must refuse it naming the owner; as a
// payload re-sent over the owner's Y connection, only the engine's job-bound
// messages can catch it, and must.
func (s *suite) testReplay(t *testing.T) {
	k := s.firstSend(badOwner)
	x := s.happy.job.ID
	ctx := context.Background()
	captured, err := s.happy.tap.payload(ctx, badOwner, k)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := s.happy.tap.signature(ctx, badOwner, k)
	if err != nil {
		t.Fatal(err)
	}
	frames := func(label func(y uint64) uint64) forgery {
		return forgery{at: k, frames: func(_ context.Context, y uint64, _ *tap) ([]*wire.Frame, error) {
			return dataFrames(label(y), k, captured, sig), nil
		}}
	}
	t.Run("transport/frame-of-job-x", func(t *testing.T) {
		out := s.mustRun(t, scenario{forged: map[int]forgery{badOwner: frames(func(uint64) uint64 { return x })}})
		s.expectForgeryRefused(t, out, fmt.Sprintf("%s replays its job %d frame for %s in job %d", s.who(badOwner), x, k, out.job.ID))
	})
	t.Run("transport/relabelled", func(t *testing.T) {
		out := s.mustRun(t, scenario{forged: map[int]forgery{badOwner: frames(func(y uint64) uint64 { return y })}})
		s.expectForgeryRefused(t, out, fmt.Sprintf("%s relabels its job %d message %s as job %d's, with job %d's signature", s.who(badOwner), x, k, out.job.ID, x))
	})
	t.Run("engine", func(t *testing.T) {
		if !s.f.SignsMessages {
			t.Skip("the engine does not bind its messages to the job (Fixture.SignsMessages is false): a payload re-sent over a new job's connection is signed afresh by the transport, so only such an engine could refuse it; the transport variants cover replayed frames")
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
