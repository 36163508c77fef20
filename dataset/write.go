package dataset

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// WriteCSV writes the table as a CSV that Read turns back into an equal
// table: each value in its shortest exact decimal form. It refuses a table
// that Validate refuses, and then writes nothing.
func (t *Table) WriteCSV(w io.Writer) error {
	if err := t.Validate(); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(t.Columns); err != nil {
		return fmt.Errorf("dataset: write: %w", err)
	}
	record := make([]string, len(t.Columns))
	var digits []byte
	for _, row := range t.Rows {
		for j, v := range row {
			digits = strconv.AppendFloat(digits[:0], v, 'g', -1, 64)
			record[j] = string(digits)
		}
		if err := cw.Write(record); err != nil {
			return fmt.Errorf("dataset: write: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("dataset: write: %w", err)
	}
	return nil
}
