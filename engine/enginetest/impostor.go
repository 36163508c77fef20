package enginetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/veil-market/veil/wire"
)

// testImpostor: an owner passes off another owner's message for the same step
// as its own. Through the transport, with the victim's signature, the
// aggregator must refuse the frame naming the impostor; re-signed under the
// impostor's own connection, only the engine can tell, and must.
func (s *suite) testImpostor(t *testing.T) {
	k := s.firstSend(badOwner)
	t.Run("transport", func(t *testing.T) {
		fg := forgery{at: k, frames: func(ctx context.Context, job uint64, tp *tap) ([]*wire.Frame, error) {
			return borrowedFrames(ctx, job, k, tp)
		}}
		out := s.mustRun(t, scenario{forged: map[int]forgery{badOwner: fg}})
		what := fmt.Sprintf("%s sends %s's %s with %s's transport signature", s.who(badOwner), s.who(victim), k, s.who(victim))
		s.expectForgeryRefused(t, out, what)
	})
	t.Run("engine", func(t *testing.T) {
		if !s.f.SignsMessages {
			t.Skip("the engine does not sign its messages (Fixture.SignsMessages is false), so it cannot tell whose bytes an owner sends; the transport variant covers frames signed by someone else")
		}
		out := s.mustRun(t, scenario{hooks: map[int]sendHook{badOwner: borrowAt(k, victim)}})
		s.expectRefused(t, out, badOwner, fmt.Sprintf("%s sends %s's exact bytes as its own %s", s.who(badOwner), s.who(victim), k))
	})
}

// borrowedFrames is the victim's message k of this job, exactly as the
// aggregator accepted it: payload and transport signature.
func borrowedFrames(ctx context.Context, job uint64, k stepKey, tp *tap) ([]*wire.Frame, error) {
	p, err := tp.payload(ctx, victim, k)
	if err != nil {
		return nil, err
	}
	sig, err := tp.signature(ctx, victim, k)
	if err != nil {
		return nil, err
	}
	return dataFrames(job, k, p, sig), nil
}

// expectForgeryRefused: the transport refused the bad owner's forged frame
// with a reason naming it, and the job went on as if it had dropped out.
func (s *suite) expectForgeryRefused(t *testing.T, out *outcome, what string) {
	t.Helper()
	r := out.forged[badOwner]
	switch {
	case r.accepted:
		t.Errorf("%s: the aggregator accepted it and sent a receipt", what)
	case r.refusal == "":
		t.Errorf("%s: the connection ended without a refusal: %v", what, r.err)
	case !s.names(r.refusal, badOwner):
		t.Errorf("%s: the refusal does not name the sender: %q", what, r.refusal)
	default:
		t.Logf("%s: refused: %s", what, r.refusal)
	}
	s.expectRefused(t, out, badOwner, what)
}
