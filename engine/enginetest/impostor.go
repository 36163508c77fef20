package enginetest

import (
	"fmt"
	"testing"
)

// testImpostor: an owner passes off another owner's message for the same step
// as its own, re-signed under its own connection: only the engine can tell,
// and must. (With the victim's transport signature the transport refuses the
// frame, naming the impostor: wire's TestSessionRefusals.)
func (s *suite) testImpostor(t *testing.T) {
	k := s.firstSend(badOwner)
	t.Run("engine", func(t *testing.T) {
		if !s.f.SignsMessages {
			t.Skip("the engine does not sign its messages (Fixture.SignsMessages is false), so it cannot tell whose bytes an owner sends; the transport variant covers frames signed by someone else")
		}
		out := s.mustRun(t, scenario{hooks: map[int]sendHook{badOwner: borrowAt(k, victim)}})
		s.expectRefused(t, out, badOwner, fmt.Sprintf("%s sends %s's exact bytes as its own %s", s.who(badOwner), s.who(victim), k))
	})
}
