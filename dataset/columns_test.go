package dataset

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestReadColumnsKeepsWhatIsAsked: the chosen columns in the chosen order,
// the same values as Read, and the same refusals (the whole file is checked,
// not only the kept columns).
func TestReadColumnsKeepsWhatIsAsked(t *testing.T) {
	csv := "a,b,c\n1,2,3\n4,5,6\n7,8,9\n"
	full, err := Read(strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	for _, rows := range []int{0, 2, 3, 10} { // the row hint is only a reservation
		got, err := ReadColumns(strings.NewReader(csv), []string{"c", "a"}, rows)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got.Columns, []string{"c", "a"}) || got.Len() != 3 {
			t.Fatalf("hint %d: columns %v, %d rows", rows, got.Columns, got.Len())
		}
		for i, row := range got.Rows {
			if row[0] != full.Rows[i][2] || row[1] != full.Rows[i][0] || cap(row) != 2 {
				t.Fatalf("hint %d: row %d = %v (cap %d)", rows, i, row, cap(row))
			}
		}
	}
	all, err := ReadColumns(strings.NewReader(csv), nil, 3)
	if err != nil || !slices.Equal(all.Columns, full.Columns) || !slices.Equal(all.Rows[2], full.Rows[2]) {
		t.Fatalf("all columns: %+v, %v", all, err)
	}
	refusals := []struct {
		csv  string
		cols []string
		want error
	}{
		{"a,b\n1,x\n", []string{"a"}, ErrNotNumber},
		{"a,b\n1\n", []string{"a"}, ErrFieldCount},
		{"a,b\n1,2\n", []string{"z"}, ErrUnknownColumn},
		{"a,b\n", []string{"a"}, ErrNoRows},
	}
	for _, r := range refusals {
		if _, err := ReadColumns(strings.NewReader(r.csv), r.cols, 1); !errors.Is(err, r.want) {
			t.Errorf("ReadColumns(%q, %v) = %v, want %v", r.csv, r.cols, err, r.want)
		}
	}
}
