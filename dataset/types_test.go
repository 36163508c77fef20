package dataset

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

func TestDeclare(t *testing.T) {
	s := &Schema{Rows: 3, Columns: []Column{{"a", TypeBinary}, {"b", TypeInteger}, {"c", TypeReal}, {"d", TypeBinary}}}
	if got := s.Suggested(); !maps.Equal(got, map[string]string{"a": TypeBinary, "b": TypeInteger, "d": TypeBinary}) {
		t.Fatalf("Suggested = %v", got)
	}
	d, err := s.Declare(map[string]string{"a": TypeBinary, "b": TypeReal})
	if err != nil {
		t.Fatal(err)
	}
	want := []Column{{"a", TypeBinary}, {"b", TypeReal}, {"c", TypeReal}, {"d", TypeReal}}
	if fmt.Sprint(d.Columns) != fmt.Sprint(want) || s.Columns[1].Type != TypeInteger {
		t.Fatalf("Declare = %v (source now %v), want %v, unlisted columns real", d.Columns, s.Columns, want)
	}
	for _, tc := range []struct {
		types map[string]string
		msg   string
		want  error
	}{
		{map[string]string{"b": TypeBinary}, `dataset: column "b": bad column type: declared binary, but its values are integers other than 0 and 1`, ErrBadType},
		{map[string]string{"c": TypeInteger}, `dataset: column "c": bad column type: declared integer, but its values are not all integers`, ErrBadType},
		{map[string]string{"zz": TypeReal}, `dataset: type for unknown column "zz"`, ErrUnknownColumn},
		{map[string]string{"a": "bool"}, `dataset: column "a": bad column type: "bool" is not binary, integer or real`, ErrBadType},
	} {
		if _, err := s.Declare(tc.types); err == nil || err.Error() != tc.msg || !errors.Is(err, tc.want) {
			t.Errorf("Declare(%v) = %v, want %q", tc.types, err, tc.msg)
		}
	}
}

func TestParseTypes(t *testing.T) {
	got, err := ParseTypes(" label = binary ,grade=integer")
	if err != nil || !maps.Equal(got, map[string]string{"label": TypeBinary, "grade": TypeInteger}) {
		t.Fatalf("ParseTypes = %v, %v", got, err)
	}
	if again, _ := ParseTypes(FormatTypes(got)); !maps.Equal(again, got) {
		t.Fatalf("FormatTypes does not round-trip: %q", FormatTypes(got))
	}
	if empty, err := ParseTypes(""); err != nil || len(empty) != 0 {
		t.Fatalf("ParseTypes(\"\") = %v, %v", empty, err)
	}
	for in, msg := range map[string]string{
		"a=bool":        `dataset: type for column "a": bad column type: "bool" is not binary, integer or real`,
		"a":             `dataset: types "a": bad column type: want col=type`,
		"a=real,a=real": `dataset: type for column "a": duplicate column name`,
		"=real":         `dataset: types "=real": empty column name`,
	} {
		if _, err := ParseTypes(in); err == nil || err.Error() != msg {
			t.Errorf("ParseTypes(%q) = %v, want %q", in, err, msg)
		}
	}
}

// column kinds for the invariance property: a declared type, bounds, and a
// generator of values inside both.
var invarianceColumns = []struct {
	name, typ string
	bounds    *Bounds
}{
	{"flag", TypeBinary, &Bounds{0, 1}},
	{"count", TypeInteger, &Bounds{-5, 40}},
	{"level", TypeInteger, nil},
	{"weight", TypeReal, &Bounds{-1e3, 2.5e3}},
	{"ratio", TypeReal, nil},
	{"label", TypeInteger, &Bounds{0, 9}},
}

func drawValue(t *rapid.T, typ string, b *Bounds, label string) float64 {
	lo, hi := -1e6, 1e6
	if b != nil {
		lo, hi = b.Lo, b.Hi
	}
	switch typ {
	case TypeBinary:
		return float64(rapid.IntRange(0, 1).Draw(t, label))
	case TypeInteger:
		return float64(rapid.IntRange(int(math.Ceil(lo)), int(math.Floor(hi))).Draw(t, label))
	}
	return rapid.Float64Range(lo, hi).Draw(t, label)
}

// TestMetadataDoesNotDependOnValues is the metadata-invariance property: two
// files with the same header and row count, whose values are drawn
// independently within the declared types and bounds, publish byte-identical
// metadata (so its hash on-chain says nothing about the rows). The values
// may even all be 0 and 1 in a column declared integer or real: the
// suggestion changes, the published type does not.
func TestMetadataDoesNotDependOnValues(t *testing.T) {
	types := map[string]string{}
	bounds := map[string]Bounds{}
	var header []string
	for _, c := range invarianceColumns {
		header = append(header, c.name)
		types[c.name] = c.typ
		if c.bounds != nil {
			bounds[c.name] = *c.bounds
		}
	}
	publish := func(t *rapid.T, rows int, tag string) []byte {
		var csv bytes.Buffer
		csv.WriteString(strings.Join(header, ",") + "\n")
		narrow := rapid.Bool().Draw(t, tag+" only 0 and 1")
		for r := range rows {
			for j, c := range invarianceColumns {
				if j > 0 {
					csv.WriteByte(',')
				}
				v := drawValue(t, c.typ, c.bounds, fmt.Sprintf("%s %d %s", tag, r, c.name))
				if narrow {
					v = float64(rapid.IntRange(0, 1).Draw(t, fmt.Sprintf("%s %d %s bit", tag, r, c.name)))
				}
				fmt.Fprint(&csv, formatNumber(v))
			}
			csv.WriteByte('\n')
		}
		s, err := Inspect(&csv)
		if err != nil {
			t.Fatal(err)
		}
		declared, err := s.Declare(types)
		if err != nil {
			t.Fatal(err)
		}
		m, err := NewMetadata("title", "description", declared, bounds)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	rapid.Check(t, func(t *rapid.T) {
		rows := rapid.IntRange(1, 20).Draw(t, "rows")
		a, b := publish(t, rows, "a"), publish(t, rows, "b")
		if !bytes.Equal(a, b) {
			t.Fatalf("two datasets within the declared types and bounds publish different metadata:\n%s\n%s", a, b)
		}
	})
}
