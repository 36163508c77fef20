package he

import (
	"errors"
	"fmt"

	"github.com/veil-market/veil/engine"
)

var (
	_ engine.ColumnReader = Engine{}
	_ engine.Resumer      = Engine{}
)

// Columns implements engine.ColumnReader: an owner reads the task's columns
// (a linreg's features, then its label), nothing else; the layout finds
// them by name.
func (Engine) Columns(job *engine.Job, self int) ([]string, error) {
	if job == nil || self < 0 || self >= len(job.Owners) {
		return nil, fmt.Errorf("he: owner index %d outside the job's owners", self)
	}
	plan, err := planOf(job)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, c := range plan.Columns() {
		out = append(out, c.Name)
	}
	return out, nil
}

// errOneUse is why the lead of an he job cannot resume: a job has one
// secure aggregation, and every owner refuses to send its masked input a
// second time (docs/he-tasks.md, "One use").
var errOneUse = errors.New("he: one secure aggregation per job: owners send their masked inputs once, and a second aggregation with fresh noise would let a coalition difference the two (a retry is a new job)")

// ResumeAggregator implements engine.Resumer: it never resumes (errOneUse);
// the node then ends the job (docs/node.md#faults).
func (Engine) ResumeAggregator(*engine.Job, uint32, engine.Env) (engine.AggregatorRun, error) {
	return nil, fmt.Errorf("%w: %w", engine.ErrNotResumable, errOneUse)
}
