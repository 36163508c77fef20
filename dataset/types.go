package dataset

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Declared types. A column's type in the public metadata is what its owner
// declares, like its bounds: a statement about the domain, not a summary of
// the rows. What Inspect finds in the rows is only a suggestion that the
// owner confirms (Schema.Suggested, Schema.Declare), so the published
// document does not change when the rows change within the declared types
// and bounds (docs/csv-format.md, "Types").
//
// The types are nested: every binary value is an integer and every integer
// is real. A column declared "real" says nothing about its values.

// typeRank orders the types by the values they admit.
func typeRank(t string) int {
	return map[string]int{TypeBinary: 0, TypeInteger: 1, TypeReal: 2}[t]
}

// Fits reports whether a column whose values have type found may be
// declared of type declared: declared admits every value found admits.
func Fits(found, declared string) bool {
	return validType(found) && validType(declared) && typeRank(found) <= typeRank(declared)
}

// Suggested returns the type the rows suggest for every column whose rows
// would allow a narrower type than real (an owner may declare it), by name.
func (s *Schema) Suggested() map[string]string {
	out := map[string]string{}
	for _, c := range s.Columns {
		if c.Type != TypeReal {
			out[c.Name] = c.Type
		}
	}
	return out
}

// Declare returns a copy of s whose types are the owner's declaration:
// types[name] for the listed columns, real for the others. It refuses a
// name that is not a column, an unknown type, and a type that the rows do
// not fit (a column declared binary holding a 2), naming the column; s must
// come from Inspect (its types are what the rows hold).
func (s *Schema) Declare(types map[string]string) (*Schema, error) {
	out := &Schema{Rows: s.Rows, Columns: slices.Clone(s.Columns)}
	for _, name := range slices.Sorted(maps.Keys(types)) {
		i := slices.IndexFunc(out.Columns, func(c Column) bool { return c.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("dataset: type for %w %s", ErrUnknownColumn, quoteCell(name))
		}
		if !validType(types[name]) {
			return nil, fmt.Errorf("dataset: column %q: %w: %s is not %s, %s or %s", name, ErrBadType, quoteCell(types[name]), TypeBinary, TypeInteger, TypeReal)
		}
	}
	for i, c := range out.Columns {
		declared, ok := types[c.Name]
		if !ok {
			declared = TypeReal
		}
		if !Fits(c.Type, declared) {
			return nil, fmt.Errorf("dataset: column %q: %w: declared %s, but its values are %s", c.Name, ErrBadType, declared, describeType(c.Type))
		}
		out.Columns[i].Type = declared
	}
	return out, nil
}

func describeType(t string) string {
	switch t {
	case TypeInteger:
		return "integers other than 0 and 1"
	case TypeReal:
		return "not all integers"
	}
	return t
}

// ParseTypes parses the flag syntax "col=binary,col2=integer"; spaces around
// names and types are ignored, a column may appear once, and an empty
// string gives an empty map.
func ParseTypes(s string) (map[string]string, error) {
	out := map[string]string{}
	if trimBlanks(s) == "" {
		return out, nil
	}
	for item := range strings.SplitSeq(s, ",") {
		eq := strings.LastIndexByte(item, '=')
		if eq < 0 {
			return nil, fmt.Errorf("dataset: types %s: %w: want col=type", quoteCell(item), ErrBadType)
		}
		name, t := trimBlanks(item[:eq]), trimBlanks(item[eq+1:])
		if err := checkName(name); err != nil {
			return nil, fmt.Errorf("dataset: types %s: %w", quoteCell(item), err)
		}
		if !validType(t) {
			return nil, fmt.Errorf("dataset: type for column %q: %w: %s is not %s, %s or %s", name, ErrBadType, quoteCell(t), TypeBinary, TypeInteger, TypeReal)
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("dataset: type for column %q: %w", name, ErrDuplicateColumn)
		}
		if len(out) == MaxColumns {
			return nil, fmt.Errorf("dataset: types: %w: more than %d columns", ErrLimit, MaxColumns)
		}
		out[name] = t
	}
	return out, nil
}

// FormatTypes writes types in the syntax ParseTypes reads, sorted by name.
func FormatTypes(types map[string]string) string {
	parts := make([]string, 0, len(types))
	for _, name := range slices.Sorted(maps.Keys(types)) {
		parts = append(parts, name+"="+types[name])
	}
	return strings.Join(parts, ",")
}
