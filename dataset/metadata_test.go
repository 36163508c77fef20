package dataset

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func goldenMetadata(t *testing.T) *Metadata {
	t.Helper()
	s := &Schema{Rows: 442, Columns: []Column{
		{"age", TypeInteger}, {"bmi", TypeReal}, {"tiny", TypeReal}, {"sex", TypeBinary},
	}}
	m, err := NewMetadata("Diabetes <sample>", "Efron et al. 2004 & scikit-learn, café", s,
		map[string]Bounds{"age": {0, 100}, "bmi": {10, 50.5}, "tiny": {-1e-7, 1e21}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestMetadataGolden(t *testing.T) {
	golden := readTestFile(t, "testdata/metadata.golden.json")
	m := goldenMetadata(t)
	enc, err := m.Encode()
	if err != nil || !bytes.Equal(enc, golden) {
		t.Fatalf("Encode = %s, %v\nwant %s", enc, err, golden)
	}
	hash, err := m.Hash()
	if got := hex.EncodeToString(hash[:]); err != nil || got != "0fc177dc7ac51d6d3932dd9b338b611073e69bcc19f6ea941ac8a7e6d0bc4c6b" {
		t.Errorf("Hash = %s, %v", got, err)
	}
	back, err := DecodeMetadata(golden)
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := back.Encode(); !bytes.Equal(again, golden) {
		t.Errorf("decode then encode changed the bytes: %s", again)
	}
	if viaJSON, err := json.Marshal(m); err != nil || !bytes.Equal(viaJSON, golden) {
		t.Errorf("json.Marshal differs from Encode: %s", viaJSON)
	}
}

func TestMetadataAccessors(t *testing.T) {
	m := goldenMetadata(t)
	if b, ok := m.Bound("bmi"); !ok || b != (Bounds{10, 50.5}) {
		t.Errorf("Bound(bmi) = %v, %v", b, ok)
	}
	if _, ok := m.Bound("sex"); ok {
		t.Error("Bound(sex) found bounds that were never declared")
	}
	if _, ok := m.Bound("nope"); ok || m.Has("nope") || !m.Has("sex") {
		t.Error("Has or Bound is wrong about which columns exist")
	}
	c, ok := m.Column("age")
	if !ok || c.Type != TypeInteger || *c.Bounds != (Bounds{0, 100}) {
		t.Errorf("Column(age) = %+v, %v", c, ok)
	}
	c.Bounds.Hi = 5
	if b, _ := m.Bound("age"); b.Hi != 100 {
		t.Error("Column returned bounds shared with the document")
	}
}

func TestMetadataFromRealDataset(t *testing.T) {
	s, err := Inspect(bytes.NewReader(readTestFile(t, "../testdata/breast_cancer.csv")))
	if err != nil {
		t.Fatal(err)
	}
	bounds, err := ReadBoundsFile(bytes.NewReader(readTestFile(t, "../testdata/breast_cancer.bounds.json")))
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMetadata("Breast cancer", "", s, bounds)
	if err != nil {
		t.Fatal(err)
	}
	enc, _ := m.Encode()
	back, err := DecodeMetadata(enc)
	if err != nil || back.Rows != 569 || len(back.Columns) != 31 || back.CheckSchema(s) != nil {
		t.Fatalf("decoded %d rows, %d columns, %v", back.Rows, len(back.Columns), err)
	}
	if b, ok := back.Bound("mean_area"); !ok || b != (Bounds{0, 2600}) {
		t.Errorf("mean_area bounds %v, %v", b, ok)
	}
	s.Rows--
	if err := back.CheckSchema(s); err == nil || err.Error() != "dataset: schema mismatch: 568 rows, metadata says 569" {
		t.Errorf("CheckSchema error %v", err)
	}
	s.Rows++
	s.Columns[30].Type = TypeInteger
	if err := back.CheckSchema(s); err == nil || err.Error() != `dataset: schema mismatch: column 31 is "benign" (integer values), metadata says "benign" (binary)` {
		t.Errorf("CheckSchema error %v", err)
	}
}

func TestNewMetadataRefuses(t *testing.T) {
	s := &Schema{Rows: 3, Columns: []Column{{"a", TypeReal}, {"b", TypeBinary}}}
	for _, tc := range []struct {
		name, title string
		s           *Schema
		bounds      map[string]Bounds
		msg         string
		want        error
	}{
		{"unknown column", "t", s, map[string]Bounds{"a": {0, 1}, "zz": {0, 1}}, `dataset: bounds for unknown column "zz"`, ErrUnknownColumn},
		{"inverted bounds", "t", s, map[string]Bounds{"b": {1, 0}}, `dataset: bounds for column "b": bad bounds: [1, 0]: low end must be below high end`, ErrBadBounds},
		{"empty title", " ", s, nil, `dataset: bad metadata: empty title`, ErrBadMetadata},
		{"no schema", "t", nil, nil, `dataset: bad metadata: no schema`, ErrBadMetadata},
		{"no rows", "t", &Schema{Columns: s.Columns}, nil, `dataset: bad metadata: 0 rows, want 1 to 2^53`, ErrBadMetadata},
		{"bad type", "t", &Schema{Rows: 1, Columns: []Column{{"a", "text"}}}, nil, `dataset: bad metadata: column "a": type "text" is not binary, integer or real`, ErrBadMetadata},
		{"duplicate", "t", &Schema{Rows: 1, Columns: []Column{{"a", TypeReal}, {"a", TypeReal}}}, nil, `dataset: bad metadata: column "a": duplicate column name`, ErrDuplicateColumn},
		{"no columns", "t", &Schema{Rows: 1}, nil, `dataset: bad metadata: columns: bad column name: no columns`, ErrBadColumnName},
		{"bad UTF-8", "t\xff", s, nil, `dataset: bad metadata: title or description is not valid UTF-8`, ErrBadMetadata},
	} {
		m, err := NewMetadata(tc.title, "", tc.s, tc.bounds)
		if err == nil || err.Error() != tc.msg || !errors.Is(err, tc.want) || m != nil {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.msg)
		}
	}
}

func TestDecodeMetadataRefuses(t *testing.T) {
	golden := string(readTestFile(t, "testdata/metadata.golden.json"))
	replace := func(old, new string) string {
		if !strings.Contains(golden, old) {
			t.Fatalf("golden file has no %q", old)
		}
		return strings.Replace(golden, old, new, 1)
	}
	for _, tc := range []struct {
		name, in, msg string
		want          error
	}{
		{"unknown field", replace(`"rows":442`, `"rows":442,"min":0`), `dataset: bad metadata: json: unknown field "min"`, ErrBadMetadata},
		{"version 2", replace(`"version":1`, `"version":2`), `dataset: bad metadata: version 2, want 1`, ErrBadMetadata},
		{"no version", replace(`"version":1,`, ``), `dataset: bad metadata: version 0, want 1`, ErrBadMetadata},
		{"zero rows", replace(`"rows":442`, `"rows":0`), `dataset: bad metadata: 0 rows, want 1 to 2^53`, ErrBadMetadata},
		{"fractional rows", replace(`"rows":442`, `"rows":4.5`), `dataset: bad metadata: json: cannot unmarshal number 4.5 into Go struct field metadataJSON.rows of type int`, ErrBadMetadata},
		{"bad type", replace(`"type":"binary"`, `"type":"bool"`), `dataset: bad metadata: column "sex": type "bool" is not binary, integer or real`, ErrBadMetadata},
		{"duplicate name", replace(`"name":"bmi"`, `"name":"age"`), `dataset: bad metadata: column "age": duplicate column name`, ErrBadMetadata},
		{"empty name", replace(`"name":"bmi"`, `"name":""`), `dataset: bad metadata: column 2: empty column name`, ErrEmptyColumnName},
		{"inverted bounds", replace(`[10,50.5]`, `[50.5,10]`), `dataset: bad metadata: column "bmi": bad bounds: [50.5, 10]: low end must be below high end`, ErrBadBounds},
		{"short bounds", replace(`[10,50.5]`, `[10]`), `dataset: bad metadata: column "bmi": bad bounds: want [lo, hi], got "[10]"`, ErrBadBounds},
		{"empty title", replace(`"title":"Diabetes \u003csample\u003e"`, `"title":""`), `dataset: bad metadata: empty title`, ErrBadMetadata},
		{"whitespace", replace(`"rows":442`, `"rows": 442`), `dataset: metadata is not in canonical form: differs from the canonical encoding at byte 312`, ErrNotCanonical},
		{"final newline", golden + "\n", `dataset: metadata is not in canonical form: differs from the canonical encoding at byte 316`, ErrNotCanonical},
		{"repeated key", replace(`"rows":442`, `"rows":1,"rows":442`), `dataset: metadata is not in canonical form: differs from the canonical encoding at byte 312`, ErrNotCanonical},
		{"case-folded key", replace(`"title"`, `"Title"`), `dataset: metadata is not in canonical form: differs from the canonical encoding at byte 14`, ErrNotCanonical},
		{"null bounds", replace(`"type":"binary"`, `"type":"binary","bounds":null`), `dataset: bad metadata: column "sex": bad bounds: want [lo, hi], got "null"`, ErrBadBounds},
		{"unescaped <", replace(`\u003c`, `<`), `dataset: metadata is not in canonical form: differs from the canonical encoding at byte 31`, ErrNotCanonical},
		{"number form", replace(`1e+21`, `1E21`), `dataset: metadata is not in canonical form: differs from the canonical encoding at byte 266`, ErrNotCanonical},
		{"invalid UTF-8", replace(`café`, "caf\xe9"), `dataset: bad metadata: not valid UTF-8`, ErrBadMetadata},
		{"not JSON", `{"version":1,`, `dataset: bad metadata: unexpected EOF`, ErrBadMetadata},
		{"too large", replace(`"description":"`, `"description":"`+strings.Repeat("x", MaxMetadataBytes)), `dataset: limit exceeded: metadata is 1048892 bytes, at most 1048576`, ErrLimit},
	} {
		m, err := DecodeMetadata([]byte(tc.in))
		if err == nil || err.Error() != tc.msg || !errors.Is(err, tc.want) || m != nil {
			t.Errorf("%s: error %v\nwant %q", tc.name, err, tc.msg)
		}
	}
}

// TestNewMetadataRefusesHostileText: the CLI publishes no title a catalog
// would show differently from how it was written.
func TestNewMetadataRefusesHostileText(t *testing.T) {
	s := &Schema{Rows: 1, Columns: []Column{{Name: "x", Type: TypeReal}}}
	for _, c := range []struct{ title, desc, want string }{
		{"\x1b[2JFree data", "", "title has the control character U+001B at character 1"},
		{"Two\nlines", "", "U+000A"},
		{"price \u202e1.0", "", "U+202E"},
		{strings.Repeat("é", 201), "", "title is 201 characters, at most 200"},
		{"ok", strings.Repeat("d", 4001), "description is 4001 characters, at most 4000"},
		{"ok", "a\x07b", "description has the control character U+0007"},
		{"ok", "bad \xff", "title or description is not valid UTF-8"},
	} {
		_, err := NewMetadata(c.title, c.desc, s, nil)
		if err == nil || !errors.Is(err, ErrBadMetadata) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("NewMetadata(%q, %q) = %v, want %q", c.title, c.desc, err, c.want)
		}
	}
	if _, err := NewMetadata(strings.Repeat("é", 200), "Line one\nLine two\twith a tab", s, nil); err != nil {
		t.Fatalf("a 200-character title and a two-line description: %v", err)
	}
}
