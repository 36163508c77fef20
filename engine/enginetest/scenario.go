package enginetest

import (
	"context"
	"maps"
	"sync"
	"time"

	"github.com/veil-market/veil/engine"
)

// scenario says how owners misbehave in one job; owners it does not name are honest.
type scenario struct {
	hooks     map[int]sendHook // tamper with what the owner sends
	quitAfter map[int]uint32   // the owner disconnects once paid for this round
	forged    map[int]forgery  // the owner's engine never runs: a raw connection sends a forged frame
}

func (sc scenario) honest(i int) bool {
	_, h := sc.hooks[i]
	_, q := sc.quitAfter[i]
	_, f := sc.forged[i]
	return !h && !q && !f
}

// outcome is what one job produced, for the sub-tests to judge.
type outcome struct {
	*Outcome
	pub    *published
	job    *engine.Job // the lead's view
	forged map[int]forgeryOutcome
	aggLog *logBuffer
	tap    *tap
	hung   []int // forged peers still running well after the job ended
}

// forgeryGrace is how long a forged peer may still wait for the lead's
// answer once the job is over; it normally has it long before.
const forgeryGrace = 5 * time.Second

// runJob runs a fresh job with Drive over the suite's loopback network, the
// forged peers beside it on raw connections.
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
	out := &outcome{pub: pub, job: job, forged: map[int]forgeryOutcome{}, aggLog: &logBuffer{}, tap: newTap()}
	s.taps.Store(job.ID, out.tap)
	defer s.taps.Delete(job.ID)
	forgers := &forgers{got: map[int]forgeryOutcome{}}
	dj := Job{Opened: func() { s.startForgers(ctx, pub, sc, out, forgers) }, Engine: s.f.Engine, Net: s.net, Tables: s.tables, Env: s.env(job.ID, out.aggLog), Wait: sc.honest,
		View: func(Who) (*engine.Job, error) { return s.view(pub) },
		Link: func(i int, l engine.Link, hangUp func()) engine.Link {
			return &tappedLink{Link: l, owner: i, tap: out.tap, hook: sc.hooks[i], hangUp: hangUp}
		},
		QuitAfter: func(i int, r uint32) bool { q, ok := sc.quitAfter[i]; return ok && q == r },
		AfterLead: func() { waitFor(ctx, &forgers.wg, forgeryGrace) }, // a refusal may still be on its way
	}
	for i := range s.tables {
		if _, ok := sc.forged[i]; !ok {
			dj.Owners = append(dj.Owners, i)
		}
	}
	if out.Outcome, err = Drive(ctx, dj); err != nil {
		return nil, err
	}
	waitFor(context.Background(), &forgers.wg, hangGrace)
	forgers.collect(out, sc)
	return out, nil
}

type forgers struct {
	wg  sync.WaitGroup
	mu  sync.Mutex
	got map[int]forgeryOutcome
}

func (s *suite) startForgers(ctx context.Context, pub *published, sc scenario, out *outcome, f *forgers) {
	for i, fg := range sc.forged {
		f.wg.Go(func() {
			r := s.forge(ctx, pub, i, fg, out.tap)
			f.mu.Lock()
			f.got[i] = r
			f.mu.Unlock()
		})
	}
}

func (f *forgers) collect(out *outcome, sc scenario) {
	f.mu.Lock()
	defer f.mu.Unlock()
	maps.Copy(out.forged, f.got)
	for i := range sc.forged {
		if _, ok := f.got[i]; !ok {
			out.hung = append(out.hung, i)
		}
	}
}
