package enginetest

import (
	"context"

	"github.com/veil-market/veil/engine"
)

// scenario says how owners misbehave in one job; owners it does not name are honest.
type scenario struct {
	hooks     map[int]sendHook // tamper with what the owner sends
	quitAfter map[int]uint32   // the owner disconnects once paid for this round
}

func (sc scenario) honest(i int) bool {
	_, h := sc.hooks[i]
	_, q := sc.quitAfter[i]
	return !h && !q
}

// outcome is what one job produced, for the sub-tests to judge.
type outcome struct {
	*Outcome
	pub    *published
	job    *engine.Job // the lead's view
	aggLog *logBuffer
	tap    *tap
}

// runJob runs a fresh job with Drive over the suite's loopback network.
func (s *suite) runJob(sc scenario) (*outcome, error) {
	s.nextJob++
	ctx, cancel := context.WithTimeout(context.Background(), s.jobTimeout)
	defer cancel()
	pub, err := s.publish(ctx, s.nextJob)
	if err != nil {
		return nil, err
	}
	job, err := s.view(pub)
	if err != nil {
		return nil, err
	}
	out := &outcome{pub: pub, job: job, aggLog: &logBuffer{}, tap: newTap()}
	dj := Job{Engine: s.f.Engine, Net: s.net, Tables: s.tables, Env: s.env(job.ID, out.aggLog), Wait: sc.honest,
		View: func(Who) (*engine.Job, error) { return s.view(pub) },
		Link: func(i int, l engine.Link, hangUp func()) engine.Link {
			return &tappedLink{Link: l, owner: i, tap: out.tap, hook: sc.hooks[i], hangUp: hangUp}
		},
		QuitAfter: func(i int, r uint32) bool { q, ok := sc.quitAfter[i]; return ok && q == r },
	}
	if out.Outcome, err = Drive(ctx, dj); err != nil {
		return nil, err
	}
	return out, nil
}
