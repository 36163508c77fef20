package enclave

import (
	"context"
	"fmt"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/release"
	"github.com/veil-market/veil/sandbox"
)

// Host timing constants the publication time is computed with. They are
// upper bounds for this implementation on a 2-core machine (docs/benchmarks.md
// has the measured costs): restoring the snapshot before a call, and
// rebuilding the instance after a call that timed out, exited or grew its
// memory.
const (
	RestoreAllowance = 5 * time.Millisecond
	RebuildAllowance = 200 * time.Millisecond
	StartAllowance   = 15 * time.Second // loading and compiling the module (2–5 s measured), its initialiser
)

// Job is one analysis, as the enclave runs it.
type Job struct {
	Module  []byte
	Plan    *release.Plan
	Args    []float64        // the module's public arguments
	Columns []string         // the input columns, in the order the module reads them
	Tables  []*dataset.Table // every owner's rows
	Epsilon float64          // charged on-chain
	Target  [2]float64       // (ε, δ) calibrated to: spec.Privacy.CalibrationTarget()
	Limits  sandbox.Limits
	// Publish replaces PublishAfter when positive: for tests only, since a
	// shorter time lets a slow module make publication late.
	Publish time.Duration
}

// Rows selects the job's columns from every table, in owner order.
func (j *Job) Rows() ([][]float64, error) {
	var rows [][]float64
	for i, t := range j.Tables {
		sel, err := t.Select(j.Columns)
		if err != nil {
			return nil, fmt.Errorf("enclave: owner %d: %w", i, err)
		}
		rows = append(rows, sel.Rows...)
	}
	return rows, nil
}

// Schedule checks the plan against the job's budget and row count.
func (j *Job) Schedule(rows int) (*release.Schedule, error) {
	return release.NewSchedule(j.Plan, j.Epsilon, j.Target[0], j.Target[1], rows)
}

// PublishAfter is when, after the start, the result is published: the
// slowest run the limits allow, where every call (each row of each release
// and each release's preparation) runs to its limit and is followed by a
// rebuilt instance, plus loading the module. It is a function of public
// numbers only.
func PublishAfter(s *release.Schedule, lim sandbox.Limits) time.Duration {
	calls := time.Duration(s.Calls() + len(s.Steps))
	return StartAllowance + calls*(lim.CallTimeout+RestoreAllowance+RebuildAllowance)
}

// bufferLen is the buffer the module must offer: room for the arguments and
// every release, a row, or the widest output.
func (j *Job) bufferLen(s *release.Schedule) int {
	n := max(len(j.Columns), len(j.Args))
	total := len(j.Args)
	for _, st := range s.Steps {
		n = max(n, st.OutLen)
		total += st.Width
	}
	return max(n, total)
}

// checkFunctions refuses a module that lacks a function the plan calls.
func checkFunctions(ctx context.Context, m *sandbox.Module, s *release.Schedule) error {
	for _, st := range s.Steps {
		if !m.HasFunction(st.Function) {
			return fmt.Errorf("%w: it does not export %q (type (i32, i32) -> ()) for release %q", sandbox.ErrModule, st.Function, st.Name)
		}
	}
	return nil
}
