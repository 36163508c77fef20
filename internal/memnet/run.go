package memnet

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
)

// Outcome is what one job did, as its parties saw it.
type Outcome struct {
	Net *Net
	// Steps says, per round, how each owner's round ended ("ok", "sat out",
	// or "failed") and how the aggregator's did; Err holds the errors.
	Steps    map[uint32][]string
	AggSteps map[uint32]string
	Errs     []error
	Result   *engine.Result
	Payloads [][]byte // each owner's recomputed payload (nil if it failed)
}

// Shape is everything in o that an observer of the network and of the
// job's public progress sees: the transcript without contents, the step
// outcomes, the credits, and whether the result and the owners' payloads
// exist and agree.
func (o *Outcome) Shape() string {
	s := fmt.Sprint(o.Net.Transcript(), o.Steps, o.AggSteps, o.Net.Credits())
	agree := o.Result != nil
	for _, p := range o.Payloads {
		agree = agree && string(p) == string(o.Result.Payload)
	}
	return s + fmt.Sprintf(" result=%v agree=%v", o.Result != nil, agree)
}

// RunJob runs job on e over a fresh Net: owner i holds tables[i] and gets
// env(i); the aggregator gets env(-1). Every round runs to its end; a round
// that fails on the aggregator ends the job, as the daemon does.
func RunJob(ctx context.Context, e engine.Engine, job *engine.Job, tables []*dataset.Table, env func(i int) engine.Env) (*Outcome, error) {
	n := len(job.Owners)
	out := &Outcome{Net: New(n), Steps: map[uint32][]string{}, AggSteps: map[uint32]string{}, Payloads: make([][]byte, n)}
	agg, err := e.NewAggregator(job, env(-1))
	if err != nil {
		return nil, err
	}
	owners := make([]engine.OwnerRun, n)
	for i := range owners {
		if owners[i], err = e.NewOwner(job, i, tables[i], env(i)); err != nil {
			return nil, fmt.Errorf("memnet: owner %d: %w", i, err)
		}
	}
	for r := uint32(1); r <= uint32(job.Plan.Rounds); r++ {
		if !out.round(ctx, r, agg, owners) {
			return out, nil
		}
	}
	for i, o := range owners {
		out.Payloads[i], _ = o.Payload(ctx)
	}
	out.Result, err = agg.Result(ctx)
	if err != nil {
		out.Errs = append(out.Errs, err)
	}
	return out, nil
}

// round runs round r; it reports whether the aggregator's side succeeded.
func (o *Outcome) round(ctx context.Context, r uint32, agg engine.AggregatorRun, owners []engine.OwnerRun) bool {
	live := o.Net.Hub(r).Live()
	announce, err := agg.Announce(r, live)
	if err != nil {
		o.Errs = append(o.Errs, err)
		o.AggSteps[r] = "failed"
		return false
	}
	steps := make([]string, len(owners))
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i, own := range owners {
		o.Net.Record(Event{Round: r, FromAgg: true, Owner: i, Step: "announce", Bytes: len(announce)})
		wg.Go(func() {
			err := own.Round(ctx, r, announce, o.Net.Link(r, i))
			mu.Lock()
			defer mu.Unlock()
			steps[i] = status(err)
			if err != nil && !errors.Is(err, engine.ErrSitOut) {
				o.Errs = append(o.Errs, fmt.Errorf("owner %d round %d: %w", i, r, err))
			}
		})
	}
	aggErr := agg.Round(ctx, r, o.Net.Hub(r))
	wg.Wait()
	o.Steps[r], o.AggSteps[r] = steps, status(aggErr)
	if aggErr != nil {
		o.Errs = append(o.Errs, aggErr)
	}
	return aggErr == nil
}

func status(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, engine.ErrSitOut):
		return "sat out"
	}
	return "failed"
}
