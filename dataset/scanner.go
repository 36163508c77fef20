package dataset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
)

// scanner streams a CSV record by record and applies every rule of the
// format; Inspect and Read are thin loops over it, so they accept and refuse
// exactly the same files.
type scanner struct {
	window     *recordWindow
	csv        *csv.Reader
	names      []string  // nil until the header is accepted
	values     []float64 // the current row, reused
	headerLine int
	line       int // where the next record starts, before any blank lines
	rows       int
}

// newScanner reads and checks the header.
func newScanner(r io.Reader) (*scanner, error) {
	src, err := skipBOM(r)
	if err != nil {
		return nil, &LineError{Line: 1, Err: fmt.Errorf("read: %w", err)}
	}
	w := newRecordWindow(src, MaxHeaderBytes)
	cr := csv.NewReader(bufio.NewReaderSize(w, windowSlack))
	cr.FieldsPerRecord = -1 // checked here, to name the missing column
	cr.ReuseRecord = true
	s := &scanner{window: w, csv: cr, line: 1}
	header, err := s.readRecord(MaxHeaderBytes)
	if err == io.EOF {
		return nil, fmt.Errorf("dataset: %w", ErrEmpty)
	}
	if err != nil {
		return nil, err
	}
	if err := s.setHeader(header); err != nil {
		return nil, err
	}
	s.values = make([]float64, len(s.names))
	return s, nil
}

var utf8BOM = [3]byte{0xEF, 0xBB, 0xBF}

func skipBOM(r io.Reader) (io.Reader, error) {
	var head [3]byte
	n, err := io.ReadFull(r, head[:])
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, err
	}
	if n == len(head) && head == utf8BOM {
		return r, nil
	}
	return io.MultiReader(bytes.NewReader(head[:n]), r), nil
}

func (s *scanner) setHeader(rec []string) error {
	s.headerLine, _ = s.csv.FieldPos(0)
	if len(rec) > MaxColumns {
		return &LineError{Line: s.headerLine, Err: fmt.Errorf("%w: %d columns, at most %d", ErrLimit, len(rec), MaxColumns)}
	}
	names := make([]string, len(rec))
	for i, raw := range rec {
		names[i] = trimBlanks(raw)
	}
	i, err := checkNames(names)
	if err == nil {
		s.names = names
		return nil
	}
	line, _ := s.csv.FieldPos(i)
	e := &LineError{Line: line, Err: err}
	if errors.Is(err, ErrDuplicateColumn) {
		e.Column = names[i]
	} else {
		e.Field = i + 1
	}
	return e
}

// next reads the next row into s.values. It returns false at the end of
// the input, and an error wrapping ErrNoRows if there was no row at all.
func (s *scanner) next() (bool, error) {
	rec, err := s.readRecord(MaxRecordBytes)
	if err == io.EOF {
		if s.rows == 0 {
			return false, &LineError{Line: s.headerLine, Err: ErrNoRows}
		}
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if err := s.parseRow(rec); err != nil {
		return false, err
	}
	s.rows++
	return true, nil
}

func (s *scanner) parseRow(rec []string) error {
	if len(rec) != len(s.names) {
		return s.fieldCountError(len(rec))
	}
	for i, cell := range rec {
		v, err := parseCell(cell)
		if err != nil {
			line, _ := s.csv.FieldPos(i)
			return &LineError{Line: line, Column: s.names[i], Err: err}
		}
		s.values[i] = v
	}
	return nil
}

func (s *scanner) fieldCountError(got int) error {
	line, _ := s.csv.FieldPos(0)
	e := &LineError{Line: line, Err: fmt.Errorf("%w: row has %d, header has %d", ErrFieldCount, got, len(s.names))}
	if got < len(s.names) {
		e.Column = s.names[got] // the first missing column
	} else {
		e.Field = len(s.names) + 1 // the first extra field
	}
	return e
}

// readRecord reads one record and moves the window past it. It returns
// io.EOF at the end of the input and a *LineError for anything else.
func (s *scanner) readRecord(limit int) ([]string, error) {
	rec, err := s.csv.Read()
	if err == io.EOF && !s.window.over {
		return nil, io.EOF
	}
	if err != nil {
		return nil, s.explain(err, limit)
	}
	end := s.csv.InputOffset()
	if end-s.window.start > int64(limit) {
		return nil, s.tooLong(limit)
	}
	last, _ := s.csv.FieldPos(len(rec) - 1)
	s.line = last + 1 // accepted fields never hold a newline
	s.window.beginRecord(end, MaxRecordBytes)
	return rec, nil
}

// explain turns an error from encoding/csv into a *LineError.
func (s *scanner) explain(err error, limit int) error {
	if s.window.over {
		return s.tooLong(limit)
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return s.syntaxError(pe)
	}
	_, blank := trimBlankLines(s.window.record())
	return &LineError{Line: s.line + blank, Err: fmt.Errorf("read: %w", err)}
}

func (s *scanner) tooLong(limit int) error {
	what := "record"
	if s.names == nil {
		what = "header"
	}
	_, blank := trimBlankLines(s.window.record())
	return &LineError{Line: s.line + blank, Err: fmt.Errorf("%w: %s longer than %d bytes", ErrLimit, what, limit)}
}
