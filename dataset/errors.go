package dataset

import (
	"errors"
	"fmt"
)

// Sentinel errors. They are short phrases; returned errors wrap them with
// the "dataset:" prefix and the position of the problem.
var (
	ErrEmpty           = errors.New("empty file")
	ErrNoRows          = errors.New("header has no data rows")
	ErrSyntax          = errors.New("malformed CSV")
	ErrFieldCount      = errors.New("wrong number of fields")
	ErrEmptyCell       = errors.New("empty cell")
	ErrNotNumber       = errors.New("not a number")
	ErrNotFinite       = errors.New("not a finite number")
	ErrEmptyColumnName = errors.New("empty column name")
	ErrBadColumnName   = errors.New("bad column name")
	ErrDuplicateColumn = errors.New("duplicate column name")
	ErrUnknownColumn   = errors.New("unknown column")
	ErrLimit           = errors.New("limit exceeded")
	ErrBadBounds       = errors.New("bad bounds")
	ErrWidensBounds    = errors.New("bounds widen the declared bounds")
	ErrBadMetadata     = errors.New("bad metadata")
	ErrNotCanonical    = errors.New("metadata is not in canonical form")
	ErrBadSplit        = errors.New("bad split")
	ErrBadType         = errors.New("bad column type")
)

// LineError reports a problem at one place in a CSV file. Line is 1-based
// and counts physical lines of the file. Column names the column when it
// has a usable name; otherwise Field gives its 1-based position (0 when the
// problem is not about one field).
type LineError struct {
	Line   int
	Column string
	Field  int
	Err    error
}

func (e *LineError) Error() string {
	switch {
	case e.Column != "":
		return fmt.Sprintf("dataset: line %d, column %q: %v", e.Line, e.Column, e.Err)
	case e.Field > 0:
		return fmt.Sprintf("dataset: line %d, column %d: %v", e.Line, e.Field, e.Err)
	default:
		return fmt.Sprintf("dataset: line %d: %v", e.Line, e.Err)
	}
}

func (e *LineError) Unwrap() error { return e.Err }

// quoteCell quotes a cell for an error message, shortened so that a hostile
// cell cannot flood the message.
func quoteCell(s string) string {
	const max = 40
	if len(s) > max {
		return fmt.Sprintf("%q...", s[:max])
	}
	return fmt.Sprintf("%q", s)
}
