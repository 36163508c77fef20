package enginetest

import (
	"fmt"
	"strings"
	"testing"
)

// badOwner is the owner that misbehaves in the attack sub-tests, and victim
// the one whose messages it steals.
const (
	badOwner = 1
	victim   = 2
)

// testMalformed: one owner breaks one message (random bytes of the right
// length, cut in half, empty, one byte too many, larger than the plan allows),
// for each step it sends, at the step's first and last occurrence. The aggregator must
// exclude it (naming it in its log) and produce a result without its data, or
// fail with an error naming it; it must never panic or count the garbage.
func (s *suite) testMalformed(t *testing.T) {
	for _, k := range s.targets(badOwner) {
		for _, m := range malformations {
			t.Run(fmt.Sprintf("%s/round-%d/%s", subtestName(k.Step), k.Round, m.name), func(t *testing.T) {
				rnd := seeded(s.f.Seed, "malformed", k, m.name)
				sc := scenario{hooks: map[int]sendHook{badOwner: malformAt(k, m, s.happy.job.Plan.MaxMessage, rnd)}}
				what := fmt.Sprintf("%s sends %s bytes as %s", s.who(badOwner), m.name, k)
				s.expectRefused(t, s.mustRun(t, sc), badOwner, what)
			})
		}
	}
}

// targets is each step owner i sent in the happy path, at its first and at
// its last occurrence (a multi-round engine may treat round 1 and the last
// round differently).
func (s *suite) targets(i int) []stepKey {
	first, last := map[string]stepKey{}, map[string]stepKey{}
	var order []string
	for _, k := range s.happy.tap.steps(i) {
		if _, ok := first[k.Step]; !ok {
			first[k.Step] = k
			order = append(order, k.Step)
		}
		last[k.Step] = k
	}
	var out []stepKey
	for _, step := range order {
		out = append(out, first[step])
		if last[step] != first[step] {
			out = append(out, last[step])
		}
	}
	return out
}

// subtestName keeps a step name from nesting sub-tests.
func subtestName(step string) string { return strings.ReplaceAll(step, "/", "_") }
