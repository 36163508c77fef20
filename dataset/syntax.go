package dataset

import (
	"encoding/csv"
	"errors"
	"fmt"
)

// syntaxError names the column of a quoting error. encoding/csv reports
// only a byte position; the column is found by walking the record's bytes
// up to that position.
func (s *scanner) syntaxError(pe *csv.ParseError) error {
	field, open := locateField(s.window.record(), pe)
	e := &LineError{Line: pe.StartLine}
	if s.names != nil && field < len(s.names) {
		e.Column = s.names[field]
	} else {
		e.Field = field + 1
	}
	if open && errors.Is(pe.Err, csv.ErrQuote) {
		e.Err = fmt.Errorf("%w: unterminated quoted field", ErrSyntax)
	} else {
		e.Err = fmt.Errorf("%w: %w (line %d, byte %d)", ErrSyntax, pe.Err, pe.Line, pe.Column)
	}
	return e
}

// locateField returns the 0-based index of the field that holds the error
// position of pe, and whether a quoted field was still open once the byte
// at that position was read. rec holds the record's bytes from its start,
// as the window kept them.
func locateField(rec []byte, pe *csv.ParseError) (field int, open bool) {
	rec, _ = trimBlankLines(rec)
	line, col := pe.StartLine, 1
	for _, c := range rec {
		if line > pe.Line || (line == pe.Line && col > pe.Column) {
			break
		}
		switch {
		case c == '"':
			open = !open
		case c == ',' && !open:
			field++
		case c == '\n' && !open:
			return field, open
		case c == '\n':
			line, col = line+1, 0
		}
		col++
	}
	return field, open
}

// trimBlankLines drops the empty lines that encoding/csv skips before a
// record and says how many there were.
func trimBlankLines(b []byte) ([]byte, int) {
	n := 0
	for {
		switch {
		case len(b) > 0 && b[0] == '\n':
			b = b[1:]
		case len(b) > 1 && b[0] == '\r' && b[1] == '\n':
			b = b[2:]
		default:
			return b, n
		}
		n++
	}
}
