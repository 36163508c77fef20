package dataset

import (
	"fmt"
	"io"
	"math"
	"slices"
)

// Table is a whole CSV in memory, row-major: Rows[i][j] is the value of
// column Columns[j] in row i. A Table from Read is valid (see Validate);
// splits share row storage with the table they came from.
type Table struct {
	Columns []string
	Rows    [][]float64
}

// rowsPerBlock rows share one allocation in Read.
const rowsPerBlock = 256

// Read validates a CSV and loads it. It accepts exactly the files Inspect
// accepts; the whole table is kept in memory.
func Read(r io.Reader) (*Table, error) { return ReadColumns(r, nil, 0) }

// Len returns the number of rows.
func (t *Table) Len() int { return len(t.Rows) }

// Index returns the position of a column.
func (t *Table) Index(col string) (int, bool) {
	i := slices.Index(t.Columns, col)
	return i, i >= 0
}

// Column returns a copy of one column's values.
func (t *Table) Column(name string) ([]float64, error) {
	j, ok := t.Index(name)
	if !ok {
		return nil, fmt.Errorf("dataset: %w %q", ErrUnknownColumn, name)
	}
	out := make([]float64, len(t.Rows))
	for i, row := range t.Rows {
		out[i] = row[j]
	}
	return out, nil
}

// Select returns a new table with the given columns, in the given order.
// The rows are copied.
func (t *Table) Select(cols []string) (*Table, error) {
	if i, err := checkNames(cols); err != nil {
		return nil, nameError(cols, i, err)
	}
	idx := make([]int, len(cols))
	for k, name := range cols {
		j, ok := t.Index(name)
		if !ok {
			return nil, fmt.Errorf("dataset: %w %q", ErrUnknownColumn, name)
		}
		idx[k] = j
	}
	out := &Table{Columns: slices.Clone(cols), Rows: make([][]float64, len(t.Rows))}
	for i, row := range t.Rows {
		sel := make([]float64, len(idx))
		for k, j := range idx {
			sel[k] = row[j]
		}
		out.Rows[i] = sel
	}
	return out, nil
}

// Schema infers the column types of the table, as Inspect would for the
// file it came from.
func (t *Table) Schema() *Schema {
	kinds := make([]kind, len(t.Columns))
	for _, row := range t.Rows {
		for j, v := range row {
			kinds[j] = kinds[j].observe(v)
		}
	}
	return newSchema(t.Columns, kinds, len(t.Rows))
}

// Validate checks what Read guarantees: valid, unique column names, at
// least one row, every row as wide as the header, every value finite.
func (t *Table) Validate() error {
	if i, err := checkNames(t.Columns); err != nil {
		return nameError(t.Columns, i, err)
	}
	if len(t.Rows) == 0 {
		return fmt.Errorf("dataset: %w", ErrNoRows)
	}
	for i, row := range t.Rows {
		if len(row) != len(t.Columns) {
			return fmt.Errorf("dataset: row %d: %w: %d values, %d columns", i+1, ErrFieldCount, len(row), len(t.Columns))
		}
		for j, v := range row {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("dataset: row %d, column %q: %w", i+1, t.Columns[j], ErrNotFinite)
			}
		}
	}
	return nil
}

// subset returns the rows at idx, sharing their storage.
func (t *Table) subset(idx []int) *Table {
	out := &Table{Columns: slices.Clone(t.Columns), Rows: make([][]float64, len(idx))}
	for k, i := range idx {
		out.Rows[k] = t.Rows[i]
	}
	return out
}
