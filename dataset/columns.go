package dataset

import (
	"fmt"
	"io"
	"slices"
)

// ReadColumns is Read keeping only the columns cols (all of them when cols is
// nil), in that order, with every row's values in one contiguous allocation.
// It validates the whole file exactly as Read does. rows is the expected row
// count (the public metadata's): storage for that many rows is reserved
// once, so a table of the expected size costs exactly its float64 values
// plus one slice header per row, with no growth along the way; a file with
// more rows gets further blocks.
func ReadColumns(r io.Reader, cols []string, rows int) (*Table, error) {
	s, err := newScanner(r)
	if err != nil {
		return nil, err
	}
	idx, names, err := columnIndexes(s.names, cols)
	if err != nil {
		return nil, err
	}
	width := len(idx)
	t := &Table{Columns: names, Rows: make([][]float64, 0, max(rows, 0))}
	block := make([]float64, width*max(rows, 1))
	for {
		ok, err := s.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return t, nil
		}
		if len(block) < width {
			block = make([]float64, width*rowsPerBlock)
		}
		row := block[:width:width]
		block = block[width:]
		for k, j := range idx {
			row[k] = s.values[j]
		}
		t.Rows = append(t.Rows, row)
	}
}

// columnIndexes finds cols in a header; nil cols means every column.
func columnIndexes(header, cols []string) ([]int, []string, error) {
	if cols == nil {
		idx := make([]int, len(header))
		for i := range idx {
			idx[i] = i
		}
		return idx, slices.Clone(header), nil
	}
	if i, err := checkNames(cols); err != nil {
		return nil, nil, nameError(cols, i, err)
	}
	idx := make([]int, len(cols))
	for k, name := range cols {
		if idx[k] = slices.Index(header, name); idx[k] < 0 {
			return nil, nil, fmt.Errorf("dataset: %w %q", ErrUnknownColumn, name)
		}
	}
	return idx, slices.Clone(cols), nil
}

// Clone returns a deep copy of t.
func (t *Table) Clone() *Table {
	out := &Table{Columns: slices.Clone(t.Columns), Rows: make([][]float64, len(t.Rows))}
	for i, row := range t.Rows {
		out.Rows[i] = slices.Clone(row)
	}
	return out
}
