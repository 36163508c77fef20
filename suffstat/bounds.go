package suffstat

import (
	"math"
	"slices"

	"github.com/veil-market/veil/dataset"
)

// column is a task column with its public clipping range. Values are
// clipped to [lo, hi] and normalised to z = (x - center)/half in [-1, 1],
// so every statistic's sensitivity is a small constant.
type column struct {
	name   string
	bounds dataset.Bounds
}

func (c column) center() float64 { return c.bounds.Lo + c.half() }
func (c column) half() float64   { return (c.bounds.Hi - c.bounds.Lo) / 2 }

// clip is the public rule every owner applies to a value before using it:
// clipped to the bounds, and a value that is not a number (or missing)
// counts as the midpoint. No value makes an owner fail or wait.
func (c column) clip(x float64) float64 {
	if math.IsNaN(x) {
		return c.center()
	}
	return c.bounds.Clamp(x)
}

// normalise clips x (clip) and maps it to [-1, 1].
func (c column) normalise(x float64) float64 {
	z := (c.clip(x) - c.center()) / c.half()
	return min(max(z, -1), 1) // guard against rounding just outside
}

// checkRange refuses bounds whose normalisation is not well defined in
// float64: a half-width that is not a positive normal number.
func (c column) checkRange() error {
	if h := c.half(); !(h >= 0x1p-1022) || math.IsInf(h, 0) {
		return taskErr("column %q: clipping range %v is too narrow to normalise", c.name, c.bounds)
	}
	return nil
}

// ValidateTask checks a task against the metadata of the job's datasets:
// ParseTask's checks, every column present in every dataset, and a clipping
// range for every column. Errors name the field, column and dataset
// (1-based position in metas).
func ValidateTask(raw []byte, metas []*dataset.Metadata) error {
	t, err := ParseTask(raw)
	if err != nil {
		return err
	}
	_, err = resolveColumns(t, metas)
	return err
}

// resolveColumns returns the task's columns with their effective bounds:
// the hull of the datasets' declared bounds, intersected with the task's
// bounds when given (so the task can only narrow them); with no declared
// bounds in some dataset, the task's bounds alone.
func resolveColumns(t *Task, metas []*dataset.Metadata) ([]column, error) {
	if len(metas) == 0 {
		return nil, taskErr("no dataset metadata")
	}
	names := t.columns()
	for _, b := range sortedKeys(t.Bounds) {
		if !slices.Contains(names, b) {
			return nil, taskErr(`field "bounds": column %q is not used by the task`, b)
		}
	}
	cols := make([]column, len(names))
	for i, name := range names {
		b, err := effectiveBounds(name, t.Bounds, metas)
		if err != nil {
			return nil, err
		}
		cols[i] = column{name: name, bounds: b}
		if err := cols[i].checkRange(); err != nil {
			return nil, err
		}
	}
	return cols, nil
}

func effectiveBounds(name string, spec map[string]dataset.Bounds, metas []*dataset.Metadata) (dataset.Bounds, error) {
	b, err := dataset.JobBounds(name, spec, metas)
	if err != nil {
		return dataset.Bounds{}, taskErr("%w", err)
	}
	return b, nil
}
