package dataset

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// checkName reports whether name can be a column name: non-empty, at most
// MaxFieldBytes, valid UTF-8 made of printable characters (so it survives
// JSON, error messages and terminals unchanged), and without surrounding
// spaces (which the CSV reader trims).
func checkName(name string) error {
	switch {
	case name == "":
		return ErrEmptyColumnName
	case len(name) > MaxFieldBytes:
		return fmt.Errorf("%w: name is %d bytes, at most %d", ErrLimit, len(name), MaxFieldBytes)
	case !utf8.ValidString(name):
		return fmt.Errorf("%w: not valid UTF-8", ErrBadColumnName)
	case trimBlanks(name) != name:
		return fmt.Errorf("%w: leading or trailing space", ErrBadColumnName)
	}
	for _, r := range name {
		if !unicode.IsPrint(r) {
			return fmt.Errorf("%w: unprintable character %U", ErrBadColumnName, r)
		}
	}
	return nil
}

// checkNames checks a list of column names: their count, each name, and
// that none repeats. On failure it returns the index of the offending name
// (or -1 when the problem is the count) with the error.
func checkNames(names []string) (int, error) {
	if len(names) == 0 {
		return -1, fmt.Errorf("%w: no columns", ErrBadColumnName)
	}
	if len(names) > MaxColumns {
		return -1, fmt.Errorf("%w: %d columns, at most %d", ErrLimit, len(names), MaxColumns)
	}
	seen := make(map[string]struct{}, len(names))
	for i, name := range names {
		if err := checkName(name); err != nil {
			return i, err
		}
		if _, dup := seen[name]; dup {
			return i, ErrDuplicateColumn
		}
		seen[name] = struct{}{}
	}
	return -1, nil
}

// nameError wraps a checkNames failure outside a file.
func nameError(names []string, i int, err error) error {
	return fmt.Errorf("dataset: %s: %w", columnLabel(names, i), err)
}

// columnLabel names the column at index i of names for a message: by name
// when the name is printable, by 1-based position otherwise.
func columnLabel(names []string, i int) string {
	switch {
	case i < 0:
		return "columns"
	case checkName(names[i]) == nil:
		return fmt.Sprintf("column %q", names[i])
	default:
		return fmt.Sprintf("column %d", i+1)
	}
}
