package dataset

import (
	"encoding/json"
	"errors"
	"maps"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestParseBounds(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want map[string]Bounds
	}{
		{"", map[string]Bounds{}},
		{"x=-1e3:2.5", map[string]Bounds{"x": {-1000, 2.5}}},
		{" age = 0 : 100 , bmi=10:50", map[string]Bounds{"age": {0, 100}, "bmi": {10, 50}}},
		{"a=b=1:2,c:d=-.5:+5E-1", map[string]Bounds{"a=b": {1, 2}, "c:d": {-0.5, 0.5}}},
	} {
		got, err := ParseBounds(tc.in)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("ParseBounds(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseBoundsRefuses(t *testing.T) {
	for _, tc := range []struct {
		in, msg string
		want    error
	}{
		{"x", `dataset: bounds "x": bad bounds: want col=lo:hi`, ErrBadBounds},
		{"x=1", `dataset: bounds "x=1": bad bounds: want col=lo:hi`, ErrBadBounds},
		{"x=1:2,", `dataset: bounds "": bad bounds: want col=lo:hi`, ErrBadBounds},
		{"=1:2", `dataset: bounds "=1:2": empty column name`, ErrEmptyColumnName},
		{"x=1:2:3", `dataset: bounds for column "x": high end: not a number: "2:3"`, ErrNotNumber},
		{"x=a:2", `dataset: bounds for column "x": low end: not a number: "a"`, ErrNotNumber},
		{"x=-inf:2", `dataset: bounds for column "x": low end: not a finite number: "-inf"`, ErrNotFinite},
		{"x=2:2", `dataset: bounds for column "x": bad bounds: [2, 2]: low end must be below high end`, ErrBadBounds},
		{"x=3:2", `dataset: bounds for column "x": bad bounds: [3, 2]: low end must be below high end`, ErrBadBounds},
		{"x=-1e308:1e308", `dataset: bounds for column "x": bad bounds: [-1e+308, 1e+308]: width overflows float64`, ErrBadBounds},
		{"x=0:1,x=0:2", `dataset: bounds for column "x": duplicate column name`, ErrDuplicateColumn},
	} {
		got, err := ParseBounds(tc.in)
		if err == nil || err.Error() != tc.msg || !errors.Is(err, tc.want) || got != nil {
			t.Errorf("ParseBounds(%q) = %v, %v; want %q", tc.in, got, err, tc.msg)
		}
	}
}

func TestFormatBounds(t *testing.T) {
	in := map[string]Bounds{"b": {-1e-7, 1e21}, "a=x": {0, 0.1}}
	s := FormatBounds(in)
	if s != "a=x=0:0.1,b=-1e-07:1e+21" {
		t.Errorf("FormatBounds = %q", s)
	}
	back, err := ParseBounds(s)
	if err != nil || !reflect.DeepEqual(back, in) {
		t.Errorf("ParseBounds(FormatBounds) = %v, %v", back, err)
	}
}

func TestReadBoundsFile(t *testing.T) {
	for file, n := range map[string]int{"breast_cancer.bounds.json": 31, "diabetes.bounds.json": 11} {
		got, err := ReadBoundsFile(strings.NewReader(string(readTestFile(t, "../testdata/"+file))))
		if err != nil || len(got) != n {
			t.Fatalf("%s: %d bounds, %v; want %d", file, len(got), err, n)
		}
	}
	got, _ := ReadBoundsFile(strings.NewReader(string(readTestFile(t, "../testdata/diabetes.bounds.json"))))
	if got["bmi"] != (Bounds{10, 50}) || got["s5"] != (Bounds{2, 7}) {
		t.Errorf("diabetes bounds bmi %v s5 %v", got["bmi"], got["s5"])
	}
}

func TestReadBoundsFileRefuses(t *testing.T) {
	for _, tc := range []struct {
		in, msg string
		want    error
	}{
		{`{"x":[0,1],"x":[0,2]}`, `dataset: bounds file: column "x": duplicate column name`, ErrDuplicateColumn},
		{`{"x":[0,1,2]}`, `dataset: bounds file: column "x": bad bounds: want [lo, hi], got "[0,1,2]"`, ErrBadBounds},
		{`{"x":["0",1]}`, `dataset: bounds file: column "x": bad bounds: want [lo, hi], got "[\"0\",1]"`, ErrBadBounds},
		{`{"x":null}`, `dataset: bounds file: column "x": bad bounds: ` + wantEntry + `, got "null"`, ErrBadBounds},
		{`{"x":{"lo":0,"hi":1}}`, `dataset: bounds file: column "x": bad bounds: ` + wantEntry + `, got "{\"lo\":0,\"hi\":1}"`, ErrBadBounds},
		{`{"x":{}}`, `dataset: bounds file: column "x": bad bounds: ` + wantEntry + `, got "{}"`, ErrBadBounds},
		{`{"x":{"type":"real","type":"binary"}}`, `dataset: bounds file: column "x": bad bounds: ` + wantEntry + `, got "{\"type\":\"real\",\"type\":\"binary\"}"`, ErrBadBounds},
		{`{"x":{"type":"bool"}}`, `dataset: bounds file: column "x": bad column type: "bool" is not binary, integer or real`, ErrBadType},
		{`{"x":{"bounds":[2,1]}}`, `dataset: bounds file: column "x": bad bounds: [2, 1]: low end must be below high end`, ErrBadBounds},
		{`{"x":[1,0]}`, `dataset: bounds file: column "x": bad bounds: [1, 0]: low end must be below high end`, ErrBadBounds},
		{`{"x":[0,1e999]}`, `dataset: bounds file: column "x": bad bounds: want [lo, hi], got "[0,1e999]"`, ErrBadBounds},
		{`{"":[0,1]}`, `dataset: bounds file: column "": empty column name`, ErrEmptyColumnName},
		{`{" x":[0,1]}`, `dataset: bounds file: column " x": bad column name: leading or trailing space`, ErrBadColumnName},
		{`[["x",0,1]]`, `dataset: bounds file: bad bounds: want a JSON object`, ErrBadBounds},
		{`null`, `dataset: bounds file: bad bounds: want a JSON object`, ErrBadBounds},
		{``, `dataset: bounds file: bad bounds: want a JSON object`, ErrBadBounds},
		{`{"x":[0,1]} {}`, `dataset: bounds file: bad bounds: data after the object`, ErrBadBounds},
		{`{"x":[0,1]`, `dataset: bounds file: bad bounds: EOF`, ErrBadBounds},
		{"{\"\xff\":[0,1]}", `dataset: bounds file: bad bounds: not valid UTF-8`, ErrBadBounds},
		{`{"x":[0,1]}` + strings.Repeat(" ", MaxMetadataBytes), `dataset: bounds file: limit exceeded: larger than 1048576 bytes`, ErrLimit},
	} {
		got, err := ReadBoundsFile(strings.NewReader(tc.in))
		if err == nil || err.Error() != tc.msg || !errors.Is(err, tc.want) || got != nil {
			t.Errorf("ReadBoundsFile(%.40q) = %v, %v; want %q", tc.in, got, err, tc.msg)
		}
	}
}

const wantEntry = `want [lo, hi] or {"bounds": [lo, hi], "type": "binary"|"integer"|"real"}`

// TestReadDeclarations: a file may give a column bounds, a type, or both.
func TestReadDeclarations(t *testing.T) {
	d, err := ReadDeclarations(strings.NewReader(`{"age": [0, 120], "sex": {"type": "binary"}, "grade": {"bounds": [1, 5], "type": "integer"}}`))
	if err != nil {
		t.Fatal(err)
	}
	wantBounds := map[string]Bounds{"age": {0, 120}, "grade": {1, 5}}
	wantTypes := map[string]string{"sex": TypeBinary, "grade": TypeInteger}
	if !maps.Equal(d.Bounds, wantBounds) || !maps.Equal(d.Types, wantTypes) {
		t.Fatalf("ReadDeclarations = %v, %v", d.Bounds, d.Types)
	}
}

func TestNarrowBounds(t *testing.T) {
	declared := Bounds{0, 100}
	for _, tc := range []struct {
		requested Bounds
		msg       string
	}{
		{Bounds{0, 100}, ""},
		{Bounds{10, 20}, ""},
		{Bounds{-1, 50}, "dataset: bounds widen the declared bounds: requested [-1, 50], declared [0, 100]"},
		{Bounds{50, 100.5}, "dataset: bounds widen the declared bounds: requested [50, 100.5], declared [0, 100]"},
		{Bounds{20, 10}, "dataset: requested bounds: bad bounds: [20, 10]: low end must be below high end"},
		{Bounds{math.NaN(), 10}, "dataset: requested bounds: bad bounds: [NaN, 10] is not finite"},
	} {
		got, err := NarrowBounds(declared, tc.requested)
		switch {
		case tc.msg == "" && (err != nil || got != tc.requested):
			t.Errorf("NarrowBounds(%v) = %v, %v; want %v", tc.requested, got, err, tc.requested)
		case tc.msg != "" && (err == nil || err.Error() != tc.msg):
			t.Errorf("NarrowBounds(%v) error %v, want %q", tc.requested, err, tc.msg)
		}
	}
	_, err := NarrowBounds(declared, Bounds{-5, 5})
	if !errors.Is(err, ErrWidensBounds) {
		t.Errorf("widening error %v does not wrap ErrWidensBounds", err)
	}
	if _, err := NarrowBounds(Bounds{1, 1}, Bounds{1, 1}); err == nil || !strings.HasPrefix(err.Error(), "dataset: declared bounds: ") {
		t.Errorf("invalid declared bounds gave %v", err)
	}
}

func TestBoundsJSONAndHelpers(t *testing.T) {
	b := Bounds{-0.5, 1e21}
	data, err := json.Marshal(b)
	if err != nil || string(data) != "[-0.5,1e+21]" {
		t.Errorf("Marshal = %s, %v", data, err)
	}
	var back Bounds
	if err := json.Unmarshal(data, &back); err != nil || back != b {
		t.Errorf("Unmarshal = %v, %v", back, err)
	}
	if _, err := json.Marshal(Bounds{1, 0}); err == nil {
		t.Error("Marshal accepted invalid bounds")
	}
	if err := json.Unmarshal([]byte("[1]"), &back); err == nil || back != b {
		t.Errorf("Unmarshal([1]) = %v, changed to %v", err, back)
	}
	d := Bounds{0, 10}
	if d.Width() != 10 || !d.Contains(0) || !d.Contains(10) || d.Contains(10.5) || d.Clamp(-3) != 0 || d.Clamp(11) != 10 || d.Clamp(4) != 4 {
		t.Error("Width, Contains or Clamp is wrong on [0, 10]")
	}
}
