package enginetest

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"
	"sync"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
)

// Job is one job for Drive to run.
type Job struct {
	Engine engine.Engine
	Net    Network
	// View is participant w's own view of the job: each node parses the spec
	// and plans on its own, so a test may build a fresh one for each.
	View func(w Who) (*engine.Job, error)
	// Tables is owner i's rows; each owner's run gets a clone.
	Tables []*dataset.Table
	// Env is what w's node gives its engine (nil: a zero Env).
	Env func(w Who) engine.Env
	// Owners lists the owners that run (nil: all of the job's). The lead
	// waits for every owner of the job, up to the plan's RoundTimeout.
	Owners []int
	// Link, when set, wraps owner i's link of each round: a test taps or
	// tampers there; hangUp ends the owner's connections.
	Link func(i int, l engine.Link, hangUp func()) engine.Link
	// QuitAfter, when set, says whether owner i leaves once paid for round r.
	QuitAfter func(i int, r uint32) bool
	// Wait says which owners Drive waits for once the lead is done (nil: all
	// it runs); the others are stopped then.
	Wait func(i int) bool
}

// Outcome is what one job did, as each participant saw it.
type Outcome struct {
	Job     *engine.Job // the lead's view
	Result  *engine.Result
	LeadErr error // NewAggregator, a round or Result failed, panicked (ErrPanic) or hung (ErrHung)
	Helpers map[int]*HelperOutcome
	Owners  []OwnerOutcome // by owner index; an owner Drive did not run has the zero value
	Hung    []Who          // participants still running hangGrace after their context ended
}

// Crashed says whether the lead panicked or hung.
func (o *Outcome) Crashed() bool {
	return errors.Is(o.LeadErr, ErrPanic) || errors.Is(o.LeadErr, ErrHung)
}

// HelperOutcome is how a helper compute node's side ended.
type HelperOutcome struct {
	Step engine.Step
	Err  error
	done bool
}

// OwnerOutcome is how an owner's side ended.
type OwnerOutcome struct {
	Done     bool    // ran every round with a receipt and computed its payload
	Quit     bool    // left on purpose after a round (Job.QuitAfter)
	Payload  []byte  // what it would confirm on-chain
	SatOut   []error // rounds it sat out, and why
	Err      error
	Panicked bool
}

var (
	// ErrPanic marks a participant that panicked: Drive reports it, never crashes.
	ErrPanic = errors.New("enginetest: panic")
	// ErrHung marks a participant that ignored the end of its context.
	ErrHung = errors.New("enginetest: hung")
)

// hangGrace is how long a participant has to return once its context ended.
const hangGrace = 10 * time.Second

// Drive runs one job the way the daemons in node/ do, each participant in its
// own goroutine with its own view of the job: the lead announces the rounds
// to the connected owners and runs them, helpers run theirs, owners join,
// take part in each round announced, wait for its receipt, and compute their
// payload. It returns when the lead is done and the owners it waits for are.
func Drive(ctx context.Context, j Job) (*Outcome, error) {
	d, err := newDriver(j)
	if err != nil {
		return nil, err
	}
	return d.run(ctx)
}

type driver struct {
	Job
	mu    sync.Mutex
	out   *Outcome
	lead  engine.AggregatorRun
	hubs  map[int]ComputeJob
	helps map[int]engine.HelperRun
	views map[int]*engine.Job
}

func newDriver(j Job) (*driver, error) {
	if j.Env == nil {
		j.Env = func(Who) engine.Env { return engine.Env{} }
	}
	lead, err := j.View(ComputeWho(0))
	if err != nil {
		return nil, err
	}
	if j.Owners == nil {
		for i := range lead.Owners {
			j.Owners = append(j.Owners, i)
		}
	}
	d := &driver{Job: j, hubs: map[int]ComputeJob{}, helps: map[int]engine.HelperRun{}, views: map[int]*engine.Job{0: lead},
		out: &Outcome{Job: lead, Helpers: map[int]*HelperOutcome{}, Owners: make([]OwnerOutcome, len(lead.Owners))}}
	return d, nil
}

func (d *driver) run(ctx context.Context) (*Outcome, error) {
	defer d.closeHubs()
	if err := d.openCompute(); err != nil {
		if d.out.LeadErr != nil {
			return d.out, nil // the lead's engine refused the job: that is an outcome
		}
		return nil, err
	}
	ownerCtx, stopOwners := context.WithCancel(ctx)
	defer stopOwners()
	owners, waited := d.startOwners(ownerCtx)
	helperCtx, stopHelpers := context.WithCancel(ctx)
	defer stopHelpers()
	helpers := d.startHelpers(helperCtx)
	d.out.Result, d.out.LeadErr = d.leadBounded(ctx)
	if d.out.LeadErr == nil {
		waitFor(ctx, waited, 0)
		waitFor(ctx, helpers, 0)
	}
	stopOwners()
	stopHelpers()
	d.collect(owners, helpers)
	return d.out, nil
}

// openCompute makes each compute node's run and opens its hub with the run's
// attestation halves.
func (d *driver) openCompute() error {
	plan := d.out.Job.Plan
	for _, k := range plan.Parties() {
		view := d.out.Job
		if k > 0 {
			var err error
			if view, err = d.View(ComputeWho(k)); err != nil {
				return err
			}
			d.views[k] = view
		}
		run, err := d.newCompute(view, k)
		if err != nil {
			return err
		}
		p, v := engine.Attesters(run)
		hub, err := d.Net.OpenCompute(view, k, p, v)
		if err != nil {
			return err
		}
		d.hubs[k] = hub
	}
	return nil
}

func (d *driver) newCompute(view *engine.Job, k int) (run any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %s panicked in its constructor: %v\n%s", ErrPanic, ComputeWho(k), p, debug.Stack())
		}
		if err != nil && k == 0 {
			d.out.LeadErr = err
		}
	}()
	if k == 0 {
		lead, err := d.Engine.NewAggregator(view, d.Env(ComputeWho(0)))
		if err != nil {
			return nil, fmt.Errorf("NewAggregator: %w", err)
		}
		d.lead = lead
		return lead, nil
	}
	h, err := engine.NewHelper(d.Engine, view, k, d.Env(ComputeWho(k)))
	if err != nil {
		return nil, fmt.Errorf("NewHelper(%d): %w", k, err)
	}
	d.helps[k] = h
	return h, nil
}

func (d *driver) closeHubs() {
	for _, h := range d.hubs {
		h.Close()
	}
}

// leadBounded runs the lead, giving up on it hangGrace after ctx ends.
func (d *driver) leadBounded(ctx context.Context) (*engine.Result, error) {
	type done struct {
		res *engine.Result
		err error
	}
	ch := make(chan done, 1)
	go func() {
		res, err := d.runLead(ctx)
		ch <- done{res, err}
	}()
	select {
	case r := <-ch:
		return r.res, r.err
	case <-ctx.Done():
	}
	select {
	case r := <-ch:
		return r.res, r.err
	case <-time.After(hangGrace):
		return nil, fmt.Errorf("%w: the lead did not return within %v of the job's deadline", ErrHung, hangGrace)
	}
}

// runLead is node/aggregator.go's loop: wait for the owners, then for each
// round announce it to the live owners and run the engine's round.
func (d *driver) runLead(ctx context.Context) (res *engine.Result, err error) {
	round := uint32(0)
	defer func() {
		if p := recover(); p != nil {
			res, err = nil, fmt.Errorf("%w: the lead panicked in round %d: %v\n%s", ErrPanic, round, p, debug.Stack())
		}
	}()
	job, hub := d.out.Job, d.hubs[0]
	hub.WaitLive(ctx, len(job.Owners), time.Now().Add(job.Plan.RoundTimeout))
	for round = 1; round <= uint32(job.Plan.Rounds); round++ {
		hr := hub.Round(round)
		live := hub.Live()
		announce, err := d.lead.Announce(round, live)
		if err != nil {
			return nil, fmt.Errorf("round %d: Announce: %w", round, err)
		}
		hr.Start(ctx, live, announce)
		if err := d.lead.Round(ctx, round, hr); err != nil {
			return nil, fmt.Errorf("round %d: %w", round, err)
		}
	}
	return d.lead.Result(ctx)
}

// startHelpers runs each helper's rounds, then its Step.
func (d *driver) startHelpers(ctx context.Context) *sync.WaitGroup {
	var wg sync.WaitGroup
	for k, run := range d.helps {
		o := &HelperOutcome{}
		d.out.Helpers[k] = o
		wg.Go(func() {
			step, err := d.runHelper(ctx, k, run)
			d.mu.Lock()
			o.Step, o.Err, o.done = step, err, true
			d.mu.Unlock()
		})
	}
	return &wg
}

// runHelper is node/helper.go's loop.
func (d *driver) runHelper(ctx context.Context, k int, run engine.HelperRun) (step engine.Step, err error) {
	round := uint32(0)
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %s panicked in round %d: %v\n%s", ErrPanic, ComputeWho(k), round, p, debug.Stack())
		}
	}()
	job, hub := d.views[k], d.hubs[k]
	hub.WaitLive(ctx, len(job.Owners), time.Now().Add(job.Plan.RoundTimeout))
	for round = 1; round <= uint32(job.Plan.Rounds); round++ {
		if err := run.Round(ctx, round, hub.Round(round)); err != nil {
			return step, fmt.Errorf("%s, round %d: %w", ComputeWho(k), round, err)
		}
	}
	if step, err = run.Step(ctx); err == nil {
		err = step.Check()
	}
	return step, err
}

type ownerResults struct {
	mu  sync.Mutex
	got map[int]OwnerOutcome
	all sync.WaitGroup
}

// startOwners runs the owners; the second group is those Drive waits for.
func (d *driver) startOwners(ctx context.Context) (*ownerResults, *sync.WaitGroup) {
	res := &ownerResults{got: map[int]OwnerOutcome{}}
	var waited sync.WaitGroup
	for _, i := range d.Owners {
		wait := d.Wait == nil || d.Wait(i)
		res.all.Add(1)
		if wait {
			waited.Add(1)
		}
		go func() {
			defer res.all.Done()
			if wait {
				defer waited.Done()
			}
			o := d.own(ctx, i)
			res.mu.Lock()
			res.got[i] = o
			res.mu.Unlock()
		}()
	}
	return res, &waited
}

// collect waits for everyone to return (hangGrace at most) and records who hung.
func (d *driver) collect(owners *ownerResults, helpers *sync.WaitGroup) {
	waitFor(context.Background(), &owners.all, hangGrace)
	waitFor(context.Background(), helpers, hangGrace)
	owners.mu.Lock()
	defer owners.mu.Unlock()
	d.mu.Lock()
	for k, h := range d.out.Helpers {
		if !h.done {
			d.out.Hung = append(d.out.Hung, ComputeWho(k))
		}
	}
	d.mu.Unlock()
	for _, i := range d.Owners {
		o, ok := owners.got[i]
		if !ok {
			d.out.Hung = append(d.out.Hung, OwnerWho(i))
		}
		d.out.Owners[i] = o
	}
	slices.SortFunc(d.out.Hung, func(a, b Who) int { return (a.Owner-b.Owner)*16 + a.Compute - b.Compute })
}

// own is node/owner.go's loop for owner i: wait for the next round, run it,
// wait for its receipt; a failed round is sat out; then compute the payload.
func (d *driver) own(ctx context.Context, i int) (o OwnerOutcome) {
	round := uint32(0)
	defer func() {
		if p := recover(); p != nil {
			o = OwnerOutcome{Panicked: true, Err: fmt.Errorf("%w: owner %d panicked in round %d: %v\n%s", ErrPanic, i, round, p, debug.Stack())}
		}
	}()
	job, err := d.View(OwnerWho(i))
	if err != nil {
		return OwnerOutcome{Err: err}
	}
	run, err := d.Engine.NewOwner(job, i, d.Tables[i].Clone(), d.Env(OwnerWho(i)))
	if err != nil {
		return OwnerOutcome{Err: fmt.Errorf("NewOwner: %w", err)}
	}
	_, v := engine.Attesters(run)
	conn, err := d.Net.DialOwner(ctx, job, i, v)
	if err != nil {
		return OwnerOutcome{Err: err}
	}
	defer conn.Close()
	for round < uint32(job.Plan.Rounds) {
		r, announce, err := conn.NextRound(ctx, round)
		if err != nil {
			return OwnerOutcome{SatOut: o.SatOut, Err: fmt.Errorf("waiting for the round after %d: %w", round, err)}
		}
		round = r
		lr := conn.Round(r)
		var link engine.Link = lr
		if d.Link != nil {
			link = d.Link(i, lr, conn.Close)
		}
		rctx, cancel := conn.RoundContext(ctx, r)
		err = run.Round(rctx, r, announce, link)
		cancel()
		if err != nil {
			o.SatOut = append(o.SatOut, fmt.Errorf("round %d: %w", r, err))
			continue
		}
		if err := lr.AwaitReceipt(ctx); err != nil {
			return OwnerOutcome{SatOut: o.SatOut, Err: fmt.Errorf("round %d: no receipt: %w", r, err)}
		}
		if d.QuitAfter != nil && d.QuitAfter(i, r) {
			return OwnerOutcome{Quit: true}
		}
	}
	o.Payload, o.Err = run.Payload(ctx)
	o.Done = o.Err == nil
	return o
}

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
