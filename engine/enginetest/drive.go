package enginetest

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"time"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/wire"
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
	pub     *published
	job     *engine.Job // the aggregator's view
	result  *engine.Result
	aggErr  error // NewAggregator, a round or Result failed (or panicked, or hung)
	crashed bool  // the aggregator panicked or hung
	owners  []ownerOutcome
	forged  map[int]forgeryOutcome
	hung    []int // owners still running well after the job ended
	aggLog  *logBuffer
	tap     *tap
}

type ownerOutcome struct {
	done     bool   // ran every round with a receipt and computed its payload
	quit     bool   // disconnected on purpose after its round
	payload  []byte // what it would confirm on-chain
	satOut   []error
	err      error
	panicked bool
}

// errPanic marks a participant that panicked; the suite reports it, never crashes.
var errPanic = errors.New("enginetest: panic")

// runJob runs a fresh job with every owner over loopback gRPC, as the daemons
// in node/ do, and waits for the honest owners to finish.
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
	out := &outcome{pub: pub, job: job, owners: make([]ownerOutcome, len(job.Owners)), forged: map[int]forgeryOutcome{},
		aggLog: &logBuffer{}, tap: newTap()}
	hub := s.net.server.OpenJob(s.hubConfig(job, out.tap))
	defer s.net.server.CloseJob(job.ID)
	ownerCtx, stopOwners := context.WithCancel(ctx)
	defer stopOwners()
	c := s.startOwners(ownerCtx, pub, sc, out.tap)
	out.result, out.aggErr = s.aggregateBounded(ctx, job, hub, out.aggLog)
	out.crashed = errors.Is(out.aggErr, errPanic) || errors.Is(out.aggErr, errHung)
	if out.aggErr == nil {
		waitFor(ctx, &c.honest, 0) // the honest owners still collect their last receipt
	}
	waitFor(ctx, &c.forgers, forgeryGrace) // a refusal may still be on its way
	stopOwners()                           // owners left waiting for a round that will not come
	waitFor(context.Background(), &c.all, hangGrace)
	c.collect(out)
	return out, nil
}

// forgeryGrace is how long a forged peer may still wait for the aggregator's
// answer once the job is over; it normally has it long before. hangGrace is
// how long a participant has to return once its context has ended.
const (
	forgeryGrace = 5 * time.Second
	hangGrace    = 10 * time.Second
)

// errHung marks a participant that ignored the end of its context.
var errHung = errors.New("enginetest: hung")

// waitFor waits for wg until ctx ends or, if limit > 0, for at most limit.
func waitFor(ctx context.Context, wg *sync.WaitGroup, limit time.Duration) {
	if limit > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, limit)
		defer cancel()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
}

// aggregateBounded runs the aggregator, giving up on it hangGrace after ctx ends.
func (s *suite) aggregateBounded(ctx context.Context, job *engine.Job, hub *wire.Hub, log *logBuffer) (*engine.Result, error) {
	type done struct {
		res *engine.Result
		err error
	}
	ch := make(chan done, 1)
	go func() {
		res, err := s.aggregate(ctx, job, hub, log)
		ch <- done{res, err}
	}()
	select {
	case d := <-ch:
		return d.res, d.err
	case <-ctx.Done():
	}
	select {
	case d := <-ch:
		return d.res, d.err
	case <-time.After(hangGrace):
		return nil, fmt.Errorf("%w: the aggregator did not return within %v of the job's deadline (%v)", errHung, hangGrace, s.jobTimeout)
	}
}

// aggregate is node/aggregator.go's loop: wait for the owners, then for each
// round announce it to the live owners and run the engine's round.
func (s *suite) aggregate(ctx context.Context, job *engine.Job, hub *wire.Hub, log *logBuffer) (res *engine.Result, err error) {
	round := uint32(0)
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: the aggregator panicked in round %d: %v\n%s", errPanic, round, p, debug.Stack())
		}
	}()
	run, err := s.f.Engine.NewAggregator(job, s.aggregatorEnv(job.ID, log))
	if err != nil {
		return nil, fmt.Errorf("NewAggregator: %w", err)
	}
	hub.WaitLive(ctx, len(job.Owners), time.Now().Add(job.Plan.RoundTimeout))
	for round = 1; round <= uint32(job.Plan.Rounds); round++ {
		hr := hub.Round(round)
		live := hub.Live()
		announce, err := run.Announce(round, live)
		if err != nil {
			return nil, fmt.Errorf("round %d: Announce: %w", round, err)
		}
		hr.Start(ctx, live, announce)
		if err := run.Round(ctx, round, hr); err != nil {
			return nil, fmt.Errorf("round %d: %w", round, err)
		}
	}
	return run.Result(ctx)
}

// own is node/owner.go's loop for owner i: wait for the next round, run it,
// wait for its receipt; a failed round is sat out; then compute the payload.
func (s *suite) own(ctx context.Context, pub *published, i int, sc scenario, t *tap) (o ownerOutcome) {
	round := uint32(0)
	defer func() {
		if p := recover(); p != nil {
			o = ownerOutcome{panicked: true, err: fmt.Errorf("%w: owner %d panicked in round %d: %v\n%s", errPanic, i, round, p, debug.Stack())}
		}
	}()
	job, err := s.view(pub)
	if err != nil {
		return ownerOutcome{err: err}
	}
	// The run owns the table it gets (it may transform it in place): it gets
	// a copy, the suite checks the result against the original.
	run, err := s.f.Engine.NewOwner(job, i, s.tables[i].Clone(), s.ownerEnv(job.ID, i, &logBuffer{}))
	if err != nil {
		return ownerOutcome{err: fmt.Errorf("NewOwner: %w", err)}
	}
	link, err := s.net.dial(ctx, job.ID, i, s.digests[i], job.Plan.MaxMessage)
	if err != nil {
		return ownerOutcome{err: err}
	}
	defer link.Close()
	for round < uint32(job.Plan.Rounds) {
		r, announce, err := link.NextRound(ctx, round)
		if err != nil {
			return ownerOutcome{satOut: o.satOut, err: fmt.Errorf("waiting for the round after %d: %w", round, err)}
		}
		round = r
		lr := link.Round(r)
		tl := &tappedLink{Link: lr, owner: i, tap: t, hook: sc.hooks[i], hangUp: func() { link.Close() }}
		rctx, cancel := link.RoundContext(ctx, r)
		err = run.Round(rctx, r, announce, tl)
		cancel()
		if err != nil {
			o.satOut = append(o.satOut, fmt.Errorf("round %d: %w", r, err))
			continue
		}
		if err := lr.AwaitReceipt(ctx); err != nil {
			return ownerOutcome{satOut: o.satOut, err: fmt.Errorf("round %d: no receipt: %w", r, err)}
		}
		if q, ok := sc.quitAfter[i]; ok && q == r {
			return ownerOutcome{quit: true}
		}
	}
	o.payload, o.err = run.Payload(ctx)
	o.done = o.err == nil
	return o
}
