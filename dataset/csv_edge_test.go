package dataset

import (
	"bytes"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadAccepts(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		cols     []string
		rows     [][]float64
	}{
		{"spaces and tabs trimmed", " a ,\tb\t\n 1 ,\t-2.5 \n", []string{"a", "b"}, [][]float64{{1, -2.5}}},
		{"no final newline", "a\n1", []string{"a"}, [][]float64{{1}}},
		{"blank lines skipped", "\n\na\n\n1\r\n\r\n2\n\n", []string{"a"}, [][]float64{{1}, {2}}},
		{"decimal forms", "a,b,c,d,e,f\n+1,.5,5.,1E3,-0.25e-2,007\n", []string{"a", "b", "c", "d", "e", "f"},
			[][]float64{{1, .5, 5, 1000, -0.0025, 7}}},
		{"quoted names with comma and quote", "\"x,y\",\"q\"\"t\"\n1,2\n", []string{"x,y", `q"t`}, [][]float64{{1, 2}}},
		{"underflow to zero", "a\n1e-400\n", []string{"a"}, [][]float64{{0}}},
		{"unicode name", "prix €\n3\n", []string{"prix €"}, [][]float64{{3}}},
		{"lone BOM is not doubled", "\uFEFFa\n1\n", []string{"a"}, [][]float64{{1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab := mustRead(t, []byte(tc.in))
			if !reflect.DeepEqual(tab.Columns, tc.cols) || !reflect.DeepEqual(tab.Rows, tc.rows) {
				t.Errorf("got %v %v, want %v %v", tab.Columns, tab.Rows, tc.cols, tc.rows)
			}
		})
	}
}

func TestReadRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, in, msg string
		want          error
	}{
		{"hex float", "a\n0x10\n", `dataset: line 2, column "a": not a number: "0x10"`, ErrNotNumber},
		{"underscore", "a\n1_000\n", `dataset: line 2, column "a": not a number: "1_000"`, ErrNotNumber},
		{"lone sign", "a\n-\n", `dataset: line 2, column "a": not a number: "-"`, ErrNotNumber},
		{"lone dot", "a\n.\n", `dataset: line 2, column "a": not a number: "."`, ErrNotNumber},
		{"bare exponent", "a\n1e\n", `dataset: line 2, column "a": not a number: "1e"`, ErrNotNumber},
		{"two numbers", "a\n1 2\n", `dataset: line 2, column "a": not a number: "1 2"`, ErrNotNumber},
		{"infinity", "a\n-Infinity\n", `dataset: line 2, column "a": not a finite number: "-Infinity"`, ErrNotFinite},
		{"inf", "a\n+inf\n", `dataset: line 2, column "a": not a finite number: "+inf"`, ErrNotFinite},
		{"overflow", "a\n1e999\n", `dataset: line 2, column "a": not a finite number: "1e999" is out of float64 range`, ErrNotFinite},
		{"space-only cell", "a,b\n1, \n", `dataset: line 2, column "b": empty cell`, ErrEmptyCell},
		{"newline inside quotes", "a,b\n1,\"2\n\"\n", `dataset: line 2, column "b": not a number: "2\n"`, ErrNotNumber},
		{"extra field", "a,b\n1,2,3\n", `dataset: line 2, column 3: wrong number of fields: row has 3, header has 2`, ErrFieldCount},
		{"bare quote", "a,b,c\n1,2\"3,4\n", `dataset: line 2, column "b": malformed CSV: bare " in non-quoted-field (line 2, byte 4)`, ErrSyntax},
		{"text after quote", "a,b,c\n1,\"2\"x,4\n", `dataset: line 2, column "b": malformed CSV: extraneous or missing " in quoted-field (line 2, byte 5)`, ErrSyntax},
		{"unterminated quote in header", "a,\"b\n1,2\n", `dataset: line 1, column 2: malformed CSV: unterminated quoted field`, ErrSyntax},
		{"line numbers count blank lines", "a\n\n\nx\n", `dataset: line 4, column "a": not a number: "x"`, ErrNotNumber},
		{"line numbers count CRLF", "a\r\n1\r\n\r\nx\r\n", `dataset: line 4, column "a": not a number: "x"`, ErrNotNumber},
		{"duplicate after trim", "a, a\n1,2\n", `dataset: line 1, column "a": duplicate column name`, ErrDuplicateColumn},
		{"control character in name", "a,b\x07\n1,2\n", `dataset: line 1, column 2: bad column name: unprintable character U+0007`, ErrBadColumnName},
		{"invalid UTF-8 name", "a,\xff\n1,2\n", `dataset: line 1, column 2: bad column name: not valid UTF-8`, ErrBadColumnName},
		{"second BOM in name", "\uFEFF\uFEFFa\n1\n", `dataset: line 1, column 1: bad column name: unprintable character U+FEFF`, ErrBadColumnName},
		{"only a BOM", "\uFEFF", `dataset: empty file`, ErrEmpty},
		{"only blank lines", "\n\r\n\n", `dataset: empty file`, ErrEmpty},
		{"header then blank lines", "a,b\n\n\n", `dataset: line 1: header has no data rows`, ErrNoRows},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRefused(t, []byte(tc.in), tc.msg, tc.want)
		})
	}
}

func TestLimits(t *testing.T) {
	manyNames := make([]string, MaxColumns+1)
	for i := range manyNames {
		manyNames[i] = "c" + strconv.Itoa(i)
	}
	longName := strings.Repeat("n", MaxFieldBytes+1)
	longCell := "1" + strings.Repeat("0", MaxFieldBytes)
	wideHeader := strings.Repeat(strings.Repeat("h", 200)+",", MaxHeaderBytes/201+1) + "z"
	for _, tc := range []struct {
		name, in, msg string
	}{
		{"too many columns", strings.Join(manyNames, ",") + "\n", `dataset: line 1: limit exceeded: 4097 columns, at most 4096`},
		{"name too long", "a," + longName + "\n1,2\n", `dataset: line 1, column 2: limit exceeded: name is 257 bytes, at most 256`},
		{"cell too long", "a\n1\n" + longCell + "\n", `dataset: line 3, column "a": limit exceeded: cell is 257 bytes, at most 256`},
		{"header too long", wideHeader + "\n", `dataset: line 1: limit exceeded: header longer than 262144 bytes`},
		{"record too long", "a\n1\n\n" + strings.Repeat("9", 3*MaxRecordBytes), `dataset: line 4: limit exceeded: record longer than 2097152 bytes`},
		{"unterminated quote runs on", "a\n1\n\"" + strings.Repeat("9\n", 2*MaxRecordBytes), `dataset: line 3: limit exceeded: record longer than 2097152 bytes`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkRefused(t, []byte(tc.in), tc.msg, ErrLimit)
		})
	}
}

// checkRefused checks that Read and Inspect give the same error, with the
// exact message, whatever the size of the reads underneath.
func checkRefused(t *testing.T, in []byte, msg string, want error) {
	t.Helper()
	for name, r := range map[string]io.Reader{
		"bytes":    bytes.NewReader(in),
		"one byte": iotest.OneByteReader(bytes.NewReader(in)),
	} {
		if name == "one byte" && len(in) > 1<<16 {
			continue // slow, and the window check depends on read sizes by design
		}
		tab, err := Read(r)
		if err == nil || err.Error() != msg || !errors.Is(err, want) || tab != nil {
			t.Errorf("%s: Read error %v; want %q wrapping %v", name, err, msg, want)
		}
	}
	if _, err := Inspect(bytes.NewReader(in)); err == nil || err.Error() != msg {
		t.Errorf("Inspect error %v; want %q", err, msg)
	}
}

func TestReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("a\n1\n2"), iotest.ErrReader(boom))
	_, err := Read(r)
	if !errors.Is(err, boom) || !strings.HasPrefix(err.Error(), "dataset: line 3: read: ") {
		t.Errorf("error %v, want a read error at line 3 wrapping %v", err, boom)
	}
	_, err = Inspect(iotest.ErrReader(boom))
	if !errors.Is(err, boom) || err.Error() != "dataset: line 1: read: disk on fire" {
		t.Errorf("error %v, want a read error at line 1", err)
	}
}
