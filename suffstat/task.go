package suffstat

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/veil-market/veil/dataset"
)

// ErrBadTask marks every refusal of a task specification.
var ErrBadTask = errors.New("bad task")

// Task is the "task" object of an he job spec:
//
//	{"type":"stats","columns":["bmi","bp"],"stats":["mean","var","corr","hist"],
//	 "bins":{"bmi":[10,20,30,40,50]},"bounds":{"bp":[60,140]}}
//	{"type":"linreg","label":"progression","features":["bmi","bp"],"ridge":10}
//
// Bounds are public clipping ranges: they narrow the owners' declared bounds
// (a column that has neither is refused). Bins are public histogram edges.
type Task struct {
	Type     string                    `json:"type"`
	Columns  []string                  `json:"columns,omitempty"`
	Stats    []string                  `json:"stats,omitempty"`
	Bins     map[string][]float64      `json:"bins,omitempty"`
	Label    string                    `json:"label,omitempty"`
	Features []string                  `json:"features,omitempty"`
	Ridge    *float64                  `json:"ridge,omitempty"`
	Bounds   map[string]dataset.Bounds `json:"bounds,omitempty"`
}

// Task types and statistics.
const (
	TypeStats  = "stats"
	TypeLinreg = "linreg"
)

var knownStats = []string{"count", "sum", "mean", "var", "std", "cov", "corr", "hist"}

const (
	maxTaskBytes   = 1 << 20
	maxTaskColumns = 256
	maxBinEdges    = 1025
)

func taskErr(format string, args ...any) error {
	return fmt.Errorf("suffstat: %w: "+format, append([]any{ErrBadTask}, args...)...)
}

// ParseTask decodes a task strictly: unknown fields, trailing data, fields of
// the other task type, empty or repeated names, unknown statistics and bad
// histogram edges are refused, each with an error naming the field.
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
	if err := t.check(); err != nil {
		return nil, err
	}
	return &t, nil
}

func (t *Task) check() error {
	switch t.Type {
	case TypeStats:
		return t.checkStats()
	case TypeLinreg:
		return t.checkLinreg()
	case "":
		return taskErr(`field "type" is missing`)
	default:
		return taskErr(`field "type": unknown task type %q (want %q or %q)`, t.Type, TypeStats, TypeLinreg)
	}
}

func (t *Task) checkStats() error {
	if t.Label != "" || t.Features != nil || t.Ridge != nil {
		return taskErr(`fields "label", "features" and "ridge" belong to linreg tasks, not stats`)
	}
	if err := checkNames("columns", t.Columns); err != nil {
		return err
	}
	if err := checkNames("stats", t.Stats); err != nil {
		return err
	}
	for _, s := range t.Stats {
		if !slices.Contains(knownStats, s) {
			return taskErr(`field "stats": unknown statistic %q (known: %q)`, s, knownStats)
		}
	}
	return t.checkBins()
}

func (t *Task) checkBins() error {
	wantHist := slices.Contains(t.Stats, "hist")
	switch {
	case wantHist && len(t.Bins) == 0:
		return taskErr(`field "bins": statistic "hist" needs bin edges for at least one column`)
	case !wantHist && t.Bins != nil:
		return taskErr(`field "bins" given but statistic "hist" not requested`)
	}
	for _, col := range sortedKeys(t.Bins) {
		if !slices.Contains(t.Columns, col) {
			return taskErr(`field "bins": column %q is not in "columns"`, col)
		}
		if err := checkEdges(t.Bins[col]); err != nil {
			return taskErr(`field "bins", column %q: %v`, col, err)
		}
	}
	return nil
}

func checkEdges(edges []float64) error {
	if len(edges) < 2 || len(edges) > maxBinEdges {
		return fmt.Errorf("%d edges, want 2 to %d", len(edges), maxBinEdges)
	}
	for i, e := range edges {
		if math.IsNaN(e) || math.IsInf(e, 0) {
			return fmt.Errorf("edge %d is not finite", i)
		}
		if i > 0 && !(edges[i-1] < e) {
			return fmt.Errorf("edges must increase strictly: edge %d (%v) is not above edge %d (%v)", i, e, i-1, edges[i-1])
		}
	}
	return nil
}

func (t *Task) checkLinreg() error {
	if t.Columns != nil || t.Stats != nil || t.Bins != nil {
		return taskErr(`fields "columns", "stats" and "bins" belong to stats tasks, not linreg`)
	}
	if t.Label == "" {
		return taskErr(`field "label" is missing`)
	}
	if err := checkNames("features", t.Features); err != nil {
		return err
	}
	if slices.Contains(t.Features, t.Label) {
		return taskErr(`field "features": the label %q is also a feature`, t.Label)
	}
	if r := t.Ridge; r != nil && (math.IsNaN(*r) || math.IsInf(*r, 0) || *r < 0) {
		return taskErr(`field "ridge": %v is not a finite number >= 0`, *r)
	}
	return nil
}

func checkNames(field string, names []string) error {
	if len(names) == 0 {
		return taskErr("field %q is missing or empty", field)
	}
	if len(names) > maxTaskColumns {
		return taskErr("field %q has %d entries, limit %d", field, len(names), maxTaskColumns)
	}
	seen := make(map[string]bool, len(names))
	for _, n := range names {
		if n == "" {
			return taskErr("field %q has an empty name", field)
		}
		if seen[n] {
			return taskErr("field %q names %q twice", field, n)
		}
		seen[n] = true
	}
	return nil
}

// columns lists the columns the task reads, in vector order (linreg: the
// features, then the label).
func (t *Task) columns() []string {
	if t.Type == TypeLinreg {
		return append(slices.Clone(t.Features), t.Label)
	}
	return slices.Clone(t.Columns)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
