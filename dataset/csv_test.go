package dataset

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// badFiles lists every file in ../testdata/bad with the exact error it
// must produce; TestBadFilesAreAllListed fails if a file is added there
// without an entry here.
var badFiles = map[string]struct {
	msg  string
	want error
}{
	"duplicate_columns.csv":  {`dataset: line 1, column "a": duplicate column name`, ErrDuplicateColumn},
	"empty.csv":              {`dataset: empty file`, ErrEmpty},
	"empty_cell.csv":         {`dataset: line 2, column "b": empty cell`, ErrEmptyCell},
	"empty_column_name.csv":  {`dataset: line 1, column 2: empty column name`, ErrEmptyColumnName},
	"header_only.csv":        {`dataset: line 1: header has no data rows`, ErrNoRows},
	"nan_inf.csv":            {`dataset: line 2, column "b": not a finite number: "NaN"`, ErrNotFinite},
	"nonnumeric.csv":         {`dataset: line 3, column "b": not a number: "abc"`, ErrNotNumber},
	"ragged.csv":             {`dataset: line 3, column "label": wrong number of fields: row has 2, header has 3`, ErrFieldCount},
	"unterminated_quote.csv": {`dataset: line 2, column "b": malformed CSV: unterminated quoted field`, ErrSyntax},
}

// oddFiles maps every file in ../testdata/odd to the plain CSV it must read
// the same as.
var oddFiles = map[string]string{
	"crlf_bom.csv": "a,b,label\n1,2,0\n3,4,1\n",
	"quoted.csv":   "a,b,label\n1.5,2e3,0\n-3,4,1\n",
}

func TestBadFilesAreAllListed(t *testing.T) {
	for dir, listed := range map[string]func(string) bool{
		"bad": func(n string) bool { _, ok := badFiles[n]; return ok },
		"odd": func(n string) bool { _, ok := oddFiles[n]; return ok },
	} {
		files, err := filepath.Glob(filepath.Join("..", "testdata", dir, "*"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no files in testdata/%s: %v", dir, err)
		}
		for _, f := range files {
			if !listed(filepath.Base(f)) {
				t.Errorf("testdata/%s/%s has no expectation in this test", dir, filepath.Base(f))
			}
		}
	}
}

func TestBadFilesAreRefused(t *testing.T) {
	for name, tc := range badFiles {
		t.Run(name, func(t *testing.T) {
			data := readTestFile(t, filepath.Join("..", "testdata", "bad", name))
			tab, err := Read(bytes.NewReader(data))
			if err == nil || err.Error() != tc.msg || !errors.Is(err, tc.want) || tab != nil {
				t.Errorf("Read = %v, %v; want nil, %q (wrapping %v)", tab, err, tc.msg, tc.want)
			}
			s, err := Inspect(bytes.NewReader(data))
			if err == nil || err.Error() != tc.msg || s != nil {
				t.Errorf("Inspect = %v, %v; want nil, %q", s, err, tc.msg)
			}
		})
	}
}

func TestOddFilesReadAsPlain(t *testing.T) {
	for name, plain := range oddFiles {
		t.Run(name, func(t *testing.T) {
			got := mustRead(t, readTestFile(t, filepath.Join("..", "testdata", "odd", name)))
			want := mustRead(t, []byte(plain))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("read %v, plain equivalent reads %v", got, want)
			}
		})
	}
}

func TestRealDatasets(t *testing.T) {
	for _, tc := range []struct {
		file        string
		rows, cols  int
		label, kind string
		first       []float64 // leading values of the first row
	}{
		{"breast_cancer.csv", 569, 31, "benign", TypeBinary, []float64{17.99, 10.38, 122.8, 1001}},
		{"diabetes.csv", 442, 11, "progression", TypeInteger, []float64{59, 2, 32.1, 101}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data := readTestFile(t, filepath.Join("..", "testdata", tc.file))
			tab := mustRead(t, data)
			if tab.Len() != tc.rows || len(tab.Columns) != tc.cols {
				t.Fatalf("shape %dx%d, want %dx%d", tab.Len(), len(tab.Columns), tc.rows, tc.cols)
			}
			if !reflect.DeepEqual(tab.Rows[0][:len(tc.first)], tc.first) {
				t.Errorf("first row starts %v, want %v", tab.Rows[0][:len(tc.first)], tc.first)
			}
			s, err := Inspect(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(s, tab.Schema()) {
				t.Errorf("Inspect %v differs from the table's schema %v", s, tab.Schema())
			}
			if last := s.Columns[len(s.Columns)-1]; last.Name != tc.label || last.Type != tc.kind {
				t.Errorf("label column %+v, want %s of type %s", last, tc.label, tc.kind)
			}
		})
	}
}

// TestDiabetesBMI checks parsing against figures computed independently
// with scikit-learn (see ../testdata/README.md).
func TestDiabetesBMI(t *testing.T) {
	bmi, err := mustRead(t, readTestFile(t, "../testdata/diabetes.csv")).Column("bmi")
	if err != nil {
		t.Fatal(err)
	}
	var sum, sq float64
	for _, v := range bmi {
		sum += v
	}
	mean := sum / float64(len(bmi))
	for _, v := range bmi {
		sq += (v - mean) * (v - mean)
	}
	if variance := sq / float64(len(bmi)); !near(mean, 26.375792) || !near(variance, 19.475636) {
		t.Errorf("bmi mean %.6f variance %.6f, want 26.375792 and 19.475636", mean, variance)
	}
}

func near(a, b float64) bool { return a-b < 5e-7 && b-a < 5e-7 }

func TestSchemaTypes(t *testing.T) {
	s, err := Inspect(strings.NewReader("b,i,r,neg,big\n0,0,0.5,-1,1e300\n1,7,1,0,2\n1,1e1,2,1,3\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Column{{"b", TypeBinary}, {"i", TypeInteger}, {"r", TypeReal}, {"neg", TypeInteger}, {"big", TypeInteger}}
	if !reflect.DeepEqual(s.Columns, want) || s.Rows != 3 {
		t.Errorf("schema %+v, want %+v and 3 rows", s, want)
	}
	if names := s.Names(); !reflect.DeepEqual(names, []string{"b", "i", "r", "neg", "big"}) {
		t.Errorf("Names() = %v", names)
	}
}

func readTestFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func mustRead(t testing.TB, data []byte) *Table {
	t.Helper()
	tab, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("Read(%q): %v", truncate(data), err)
	}
	return tab
}

func truncate(b []byte) string {
	if len(b) > 80 {
		return string(b[:80]) + "..."
	}
	return string(b)
}
