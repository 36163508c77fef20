package dataset

import (
	"io"
	"math"
)

// Column types: the set of values a column may take. In the metadata they are
// the owner's declaration (types.go); Inspect reports the narrowest type the
// rows fit, as a suggestion for the owner to confirm.
const (
	TypeBinary  = "binary"  // every value is 0 or 1
	TypeInteger = "integer" // every value is integral
	TypeReal    = "real"    // anything else
)

// Schema is what Inspect learns about a CSV without keeping its rows: the
// names, the row count and, per column, the narrowest type its values fit
// (a suggestion; Declare replaces them with the owner's declaration).
type Schema struct {
	Columns []Column
	Rows    int
}

// Column is one column of a Schema.
type Column struct {
	Name string
	Type string // TypeBinary, TypeInteger or TypeReal
}

// Names returns the column names in file order.
func (s *Schema) Names() []string {
	names := make([]string, len(s.Columns))
	for i, c := range s.Columns {
		names[i] = c.Name
	}
	return names
}

// Inspect validates a CSV and returns its schema. It reads the input once,
// keeps no row, and uses memory bounded by the limits in this package
// whatever the input's size. It accepts exactly the files Read accepts.
func Inspect(r io.Reader) (*Schema, error) {
	s, err := newScanner(r)
	if err != nil {
		return nil, err
	}
	kinds := make([]kind, len(s.names))
	for {
		ok, err := s.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return newSchema(s.names, kinds, s.rows), nil
		}
		for i, v := range s.values {
			kinds[i] = kinds[i].observe(v)
		}
	}
}

func newSchema(names []string, kinds []kind, rows int) *Schema {
	s := &Schema{Columns: make([]Column, len(names)), Rows: rows}
	for i, name := range names {
		s.Columns[i] = Column{Name: name, Type: kinds[i].String()}
	}
	return s
}

// kind is a column type being inferred: it only ever widens, from binary to
// integer to real.
type kind uint8

const (
	kindBinary kind = iota
	kindInteger
	kindReal
)

func (k kind) observe(v float64) kind {
	switch {
	case k == kindReal || v == 0 || v == 1:
		return k
	case v == math.Trunc(v):
		return max(k, kindInteger)
	default:
		return kindReal
	}
}

func (k kind) String() string {
	return [...]string{TypeBinary, TypeInteger, TypeReal}[k]
}

func validType(t string) bool {
	return t == TypeBinary || t == TypeInteger || t == TypeReal
}
