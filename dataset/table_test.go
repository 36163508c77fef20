package dataset

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
)

func sampleTable() *Table {
	return &Table{Columns: []string{"a", "b", "label"}, Rows: [][]float64{{1, 2, 0}, {3, 4, 1}, {5, 6, 1}}}
}

func TestTableAccessors(t *testing.T) {
	tab := sampleTable()
	if tab.Len() != 3 {
		t.Errorf("Len() = %d, want 3", tab.Len())
	}
	if i, ok := tab.Index("label"); i != 2 || !ok {
		t.Errorf("Index(label) = %d, %v", i, ok)
	}
	if i, ok := tab.Index("nope"); i != -1 || ok {
		t.Errorf("Index(nope) = %d, %v", i, ok)
	}
	col, err := tab.Column("b")
	if err != nil || !reflect.DeepEqual(col, []float64{2, 4, 6}) {
		t.Errorf("Column(b) = %v, %v", col, err)
	}
	col[0] = 99
	if tab.Rows[0][1] != 2 {
		t.Error("Column returned storage shared with the table")
	}
	if _, err := tab.Column("nope"); !errors.Is(err, ErrUnknownColumn) || err.Error() != `dataset: unknown column "nope"` {
		t.Errorf("Column(nope) error %v", err)
	}
}

func TestSelect(t *testing.T) {
	tab := sampleTable()
	sel, err := tab.Select([]string{"label", "a"})
	if err != nil {
		t.Fatal(err)
	}
	want := &Table{Columns: []string{"label", "a"}, Rows: [][]float64{{0, 1}, {1, 3}, {1, 5}}}
	if !reflect.DeepEqual(sel, want) {
		t.Errorf("Select = %v, want %v", sel, want)
	}
	sel.Rows[0][1] = 99
	if tab.Rows[0][0] != 1 {
		t.Error("Select shares row storage with the table")
	}
	for _, tc := range []struct {
		cols []string
		msg  string
		want error
	}{
		{[]string{"a", "zz"}, `dataset: unknown column "zz"`, ErrUnknownColumn},
		{[]string{"a", "a"}, `dataset: column "a": duplicate column name`, ErrDuplicateColumn},
		{nil, `dataset: columns: bad column name: no columns`, ErrBadColumnName},
	} {
		if _, err := tab.Select(tc.cols); err == nil || err.Error() != tc.msg || !errors.Is(err, tc.want) {
			t.Errorf("Select(%q) error %v, want %q", tc.cols, err, tc.msg)
		}
	}
}

func TestWriteCSVRoundTrip(t *testing.T) {
	tricky := &Table{
		Columns: []string{"x,y", `q"t`, "plain", "é"},
		Rows: [][]float64{
			{math.Copysign(0, -1), 5e-324, math.MaxFloat64, -math.SmallestNonzeroFloat64},
			{0.1, 1e21, 1e-7, 123456789012345678},
			{1.0 / 3, -2.5, 1, 0},
		},
	}
	for name, tab := range map[string]*Table{
		"tricky":        tricky,
		"breast cancer": mustRead(t, readTestFile(t, "../testdata/breast_cancer.csv")),
		"diabetes":      mustRead(t, readTestFile(t, "../testdata/diabetes.csv")),
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tab.WriteCSV(&buf); err != nil {
				t.Fatal(err)
			}
			back := mustRead(t, buf.Bytes())
			if !sameTable(tab, back) {
				t.Errorf("round trip changed the table:\n%s", truncate(buf.Bytes()))
			}
		})
	}
	var buf bytes.Buffer
	if err := tricky.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	if got := strings.SplitN(buf.String(), "\n", 3)[:2]; got[0] != `"x,y","q""t",plain,é` || got[1] != "-0,5e-324,1.7976931348623157e+308,-5e-324" {
		t.Errorf("WriteCSV wrote %q", got)
	}
}

// sameTable compares bit for bit, so that -0 and 0 differ.
func sameTable(a, b *Table) bool {
	if !reflect.DeepEqual(a.Columns, b.Columns) || len(a.Rows) != len(b.Rows) {
		return false
	}
	for i := range a.Rows {
		if len(a.Rows[i]) != len(b.Rows[i]) {
			return false
		}
		for j := range a.Rows[i] {
			if math.Float64bits(a.Rows[i][j]) != math.Float64bits(b.Rows[i][j]) {
				return false
			}
		}
	}
	return true
}

func TestWriteCSVRefusesInvalidTables(t *testing.T) {
	for _, tc := range []struct {
		name string
		tab  *Table
		msg  string
	}{
		{"NaN", &Table{Columns: []string{"a", "b"}, Rows: [][]float64{{1, 2}, {3, math.NaN()}}}, `dataset: row 2, column "b": not a finite number`},
		{"Inf", &Table{Columns: []string{"a"}, Rows: [][]float64{{math.Inf(-1)}}}, `dataset: row 1, column "a": not a finite number`},
		{"no rows", &Table{Columns: []string{"a"}}, `dataset: header has no data rows`},
		{"ragged", &Table{Columns: []string{"a"}, Rows: [][]float64{{1, 2}}}, `dataset: row 1: wrong number of fields: 2 values, 1 columns`},
		{"spaced name", &Table{Columns: []string{" a"}, Rows: [][]float64{{1}}}, `dataset: column 1: bad column name: leading or trailing space`},
		{"duplicate name", &Table{Columns: []string{"a", "a"}, Rows: [][]float64{{1, 2}}}, `dataset: column "a": duplicate column name`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			err := tc.tab.WriteCSV(&buf)
			if err == nil || err.Error() != tc.msg || buf.Len() != 0 {
				t.Errorf("WriteCSV error %v (wrote %d bytes), want %q and nothing written", err, buf.Len(), tc.msg)
			}
		})
	}
}
