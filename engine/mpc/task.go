package mpc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/mpc/stats"
)

// ErrBadTask marks every refusal of a task specification.
var ErrBadTask = errors.New("bad task")

// Task is the "task" object of an mpc job spec:
//
//	{"type":"stats","columns":["age","bmi"],"stats":["mean","std","hist"],
//	 "bins":{"age":[20,40,60,80]},"bounds":{"bmi":[10,50]}}
//	{"type":"psi","id":"patient_id"}
//
// The stats fields mean what they mean for he (docs/he-tasks.md); cov and
// corr are refused (docs/mpc.md).
type Task struct {
	Type    string                    `json:"type"`
	Columns []string                  `json:"columns,omitempty"`
	Stats   []string                  `json:"stats,omitempty"`
	Bins    map[string][]float64      `json:"bins,omitempty"`
	Bounds  map[string]dataset.Bounds `json:"bounds,omitempty"`
	ID      string                    `json:"id,omitempty"`
}

// Task types.
const (
	TypeStats = "stats"
	TypePSI   = "psi"
)

const maxTaskBytes = 1 << 20

func taskErr(format string, args ...any) error {
	return fmt.Errorf("mpc: %w: "+format, append([]any{ErrBadTask}, args...)...)
}

// ParseTask decodes a task strictly: unknown fields, trailing data, fields
// of the other task type, empty or repeated names are refused, each with an
// error naming the field.
func ParseTask(raw []byte) (*Task, error) {
	if len(raw) > maxTaskBytes {
		return nil, taskErr("%d bytes, limit %d", len(raw), maxTaskBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var t Task
	if err := dec.Decode(&t); err != nil {
		return nil, taskErr("%v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, taskErr("trailing data after the task object")
	}
	switch t.Type {
	case TypeStats:
		if t.ID != "" {
			return nil, taskErr(`field "id" belongs to psi tasks, not stats`)
		}
		if err := names("columns", t.Columns); err != nil {
			return nil, err
		}
		return &t, names("stats", t.Stats)
	case TypePSI:
		if t.Columns != nil || t.Stats != nil || t.Bins != nil || t.Bounds != nil {
			return nil, taskErr(`fields "columns", "stats", "bins" and "bounds" belong to stats tasks, not psi`)
		}
		if t.ID == "" {
			return nil, taskErr(`field "id" (the identifier column) is required`)
		}
		return &t, nil
	case "":
		return nil, taskErr(`field "type" is missing`)
	}
	return nil, taskErr(`field "type": unknown task type %q (want %q or %q)`, t.Type, TypeStats, TypePSI)
}

func names(field string, xs []string) error {
	if len(xs) == 0 || len(xs) > stats.MaxColumns {
		return taskErr("field %q needs 1 to %d names", field, stats.MaxColumns)
	}
	for i, x := range xs {
		if x == "" || slices.Contains(xs[:i], x) {
			return taskErr("field %q: name %q is empty or repeated", field, x)
		}
	}
	return nil
}

// statsColumns resolves the task's columns against the datasets' public
// metadata: every column in every dataset, with its clipping range (the
// hull of the declared bounds, narrowed by the task's; the task's alone
// where a dataset declares none) and its bin edges.
func (t *Task) statsColumns(metas []*dataset.Metadata) ([]stats.Column, error) {
	for name := range t.Bins {
		if !slices.Contains(t.Columns, name) {
			return nil, taskErr(`field "bins": column %q is not in "columns"`, name)
		}
	}
	for name := range t.Bounds {
		if !slices.Contains(t.Columns, name) {
			return nil, taskErr(`field "bounds": column %q is not in "columns"`, name)
		}
	}
	cols := make([]stats.Column, len(t.Columns))
	for i, name := range t.Columns {
		b, err := clipRange(name, t.Bounds, metas)
		if err != nil {
			return nil, err
		}
		cols[i] = stats.Column{Name: name, Lo: b.Lo, Hi: b.Hi, Edges: t.Bins[name]}
	}
	return cols, nil
}

func clipRange(name string, task map[string]dataset.Bounds, metas []*dataset.Metadata) (dataset.Bounds, error) {
	b, err := dataset.JobBounds(name, task, metas)
	if err != nil {
		return dataset.Bounds{}, taskErr("%w", err)
	}
	return b, nil
}

// idColumn checks the psi task's identifier column in every dataset: it
// must exist and be declared integer or binary (identifiers are whole
// numbers; a real column has no canonical identifier form).
func (t *Task) idColumn(metas []*dataset.Metadata) error {
	for i, m := range metas {
		c, ok := m.Column(t.ID)
		if !ok {
			return taskErr(`field "id": column %q is not in the schema of dataset %d`, t.ID, i+1)
		}
		if c.Type != dataset.TypeInteger && c.Type != dataset.TypeBinary {
			return taskErr(`field "id": column %q of dataset %d is declared %s; an identifier column must be declared integer`, t.ID, i+1, c.Type)
		}
	}
	return nil
}
