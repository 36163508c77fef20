package enclave

import (
	"context"

	"fmt"
	"io"
	"time"

	"github.com/veil-market/veil/release"
	"github.com/veil-market/veil/sandbox"
)

// Clock is the enclave's time; tests inject one that does not sleep.
type Clock struct {
	Now       func() time.Time
	WaitUntil func(ctx context.Context, t time.Time) error
}

// WallClock is the real clock.
var WallClock = Clock{Now: time.Now, WaitUntil: func(ctx context.Context, t time.Time) error {
	timer := time.NewTimer(time.Until(t))
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}}

// Result is what the enclave publishes.
type Result struct {
	Releases  []release.Released
	Payload   []byte // EncodePayload(Releases)
	Start     time.Time
	Published time.Time // Start + PublishAfter, unless Late
	Late      bool      // the computation overran PublishAfter (a host slower than assumed)
	Failure   string    // why every release is a default, if so (the module did not load)
}

// Run computes the job's releases and returns at the publication time.
// rng supplies noise and rounding seeds (crypto/rand when nil). It fails
// only on a cancelled context, a failed randomness source or a job whose
// public parts do not check (rows, plan, budget) — never because of a row's
// value or of anything the module does.
func Run(ctx context.Context, j *Job, clock Clock, rng io.Reader) (*Result, error) {
	res := &Result{Start: clock.Now()}
	rows, err := j.Rows()
	if err != nil {
		return nil, err
	}
	sched, err := j.Schedule(len(rows))
	if err != nil {
		return nil, err
	}
	after := PublishAfter(sched, j.Limits)
	if j.Publish > 0 {
		after = j.Publish
	}
	publish := res.Start.Add(after)
	caller, closeModule, failure := j.load(ctx, sched)
	defer closeModule()
	res.Failure = failure
	if res.Releases, err = release.Run(ctx, sched, rows, caller, rng); err != nil {
		return nil, err
	}
	if res.Payload, err = EncodePayload(res.Releases); err != nil {
		return nil, err
	}
	if clock.Now().After(publish) {
		res.Late, res.Published = true, clock.Now()
		return res, nil
	}
	if err := clock.WaitUntil(ctx, publish); err != nil {
		return nil, err
	}
	res.Published = publish
	return res, nil
}

// load prepares the module; when it cannot (a data-independent failure: no
// row has been read by the module yet), every release gets its default.
func (j *Job) load(ctx context.Context, s *release.Schedule) (release.Caller, func(), string) {
	m, err := sandbox.Load(ctx, j.Module, j.Limits)
	if err != nil {
		return failing{err}, func() {}, err.Error()
	}
	closeModule := func() { m.Close(context.Background()) }
	if err := checkFunctions(ctx, m, s); err != nil {
		return failing{err}, closeModule, err.Error()
	}
	in, err := m.NewInstance(ctx, j.bufferLen(s), j.Args)
	if err != nil {
		return failing{err}, closeModule, err.Error()
	}
	return in, closeModule, ""
}

// failing is the caller of a module that could not be loaded.
type failing struct{ err error }

func (f failing) Prepare(context.Context, [][]float64) error {
	return fmt.Errorf("enclave: no module: %w", f.err)
}
func (failing) Call(context.Context, string, []float64, []float64) bool { return false }
