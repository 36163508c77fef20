package enginetest

import (
	"encoding/binary"
	"fmt"

	"github.com/veil-market/veil/engine"
)

var _ engine.Resumer = Toy{}

// totalKey is where the toy aggregator keeps job's running total.
func totalKey(job uint64) string { return fmt.Sprintf("toy/%d/total", job) }

// keep stores the total before any owner sees it (engine.Resumer's contract).
func (a *toyAggregator) keep() error {
	if a.store == nil {
		return nil
	}
	return a.store.Put(totalKey(a.job.ID), binary.BigEndian.AppendUint64(nil, a.total))
}

// ResumeAggregator implements engine.Resumer: the toy's state is the last
// round's total, which every later round recomputes anyway.
func (t Toy) ResumeAggregator(job *engine.Job, next uint32, env engine.Env) (engine.AggregatorRun, error) {
	run, err := t.NewAggregator(job, env)
	if err != nil {
		return nil, err
	}
	a := run.(*toyAggregator)
	if env.Store != nil {
		b, err := env.Store.Get(totalKey(job.ID))
		if err != nil {
			return nil, err
		}
		if len(b) == 8 {
			a.total = binary.BigEndian.Uint64(b)
		}
	}
	return a, nil
}
