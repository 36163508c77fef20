package dataset

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"testing/iotest"
)

// addCSVSeeds seeds a fuzz target with every CSV under ../testdata and a
// few hand-made edge cases.
func addCSVSeeds(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*/*.csv")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"a,b\n1,2\n", " a ,b\r\n 1e3 ,\"-0\"\r\n\r\n", "a\n\"1\n", "\xef\xbb\xbf\xef\xbb\xbfa\n1\n",
		"a,\"b\"\"\"\n1,2\"\n", "x\n0x1p3\n", "x,y\n1,2,3\n", "\"a\nb\"\n1\n",
	} {
		f.Add([]byte(s))
	}
}

func FuzzRead(f *testing.F) {
	addCSVSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Read(bytes.NewReader(data))
		if err != nil {
			if tab != nil {
				t.Fatal("Read returned a table with an error")
			}
			return
		}
		if err := tab.Validate(); err != nil {
			t.Fatalf("Read returned an invalid table: %v", err)
		}
		var buf bytes.Buffer
		if err := tab.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		back, err := Read(&buf)
		if err != nil || !sameTable(tab, back) {
			t.Fatalf("WriteCSV then Read changed the table: %v", err)
		}
	})
}

func FuzzInspect(f *testing.F) {
	addCSVSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, ierr := Inspect(bytes.NewReader(data))
		tab, rerr := Read(bytes.NewReader(data))
		if (ierr == nil) != (rerr == nil) {
			t.Fatalf("Inspect error %v, Read error %v", ierr, rerr)
		}
		if ierr != nil {
			if ierr.Error() != rerr.Error() {
				t.Fatalf("Inspect and Read disagree: %q vs %q", ierr, rerr)
			}
		} else if !reflect.DeepEqual(s, tab.Schema()) {
			t.Fatalf("Inspect schema %+v, Read gives %+v", s, tab.Schema())
		}
		s2, err2 := Inspect(iotest.OneByteReader(bytes.NewReader(data)))
		if !reflect.DeepEqual(s, s2) || (ierr == nil) != (err2 == nil) || (ierr != nil && ierr.Error() != err2.Error()) {
			t.Fatalf("Inspect depends on read sizes: %v, %v vs %v, %v", s, ierr, s2, err2)
		}
	})
}

func FuzzDecodeMetadata(f *testing.F) {
	golden, err := os.ReadFile("testdata/metadata.golden.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(golden)
	f.Add([]byte(`{"version":1,"title":"t","description":"","columns":[{"name":"a","type":"real"}],"rows":1}`))
	f.Add([]byte(`{"version":1,"title":"t","description":"","columns":[{"name":"a","type":"real","bounds":[0,1]}],"rows":1} `))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := DecodeMetadata(data)
		if err != nil {
			return
		}
		enc, err := m.Encode()
		if err != nil || !bytes.Equal(enc, data) {
			t.Fatalf("accepted bytes are not canonical: %q vs %q (%v)", data, enc, err)
		}
		if h, _ := m.Hash(); h != sha256.Sum256(data) {
			t.Fatal("Hash differs from the SHA-256 of the accepted bytes")
		}
		again, err := DecodeMetadata(enc)
		if err != nil || !reflect.DeepEqual(m, again) {
			t.Fatalf("decode, encode, decode is not stable: %v", err)
		}
	})
}

// FuzzMetadataEncode drives Encode with arbitrary text and numbers: what
// NewMetadata accepts must encode, and decode back to the same document.
func FuzzMetadataEncode(f *testing.F) {
	f.Add("Diabetes <x> & y", "café \u2028 \x00", "bmi", 10.0, 50.5, 442)
	f.Add("t", "", "a\"b\\c", -1e-7, 1e21, 1)
	f.Fuzz(func(t *testing.T, title, description, name string, lo, hi float64, rows int) {
		s := &Schema{Rows: rows, Columns: []Column{{name, TypeReal}, {name + "_2", TypeBinary}}}
		m, err := NewMetadata(title, description, s, map[string]Bounds{name: {lo, hi}})
		if err != nil {
			return
		}
		enc, err := m.Encode()
		if err != nil {
			t.Fatal(err)
		}
		back, err := DecodeMetadata(enc)
		if err != nil || !reflect.DeepEqual(m, back) {
			t.Fatalf("encode then decode: %v\n%s", err, enc)
		}
	})
}

func FuzzParseBounds(f *testing.F) {
	for _, s := range []string{"x=-1e3:2.5", " a = 0 : 1 ,b=2:3", "a=b=1:2", "x=1:2,", "x=1:1", "=0:1", "x=.5:5."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseBounds(s)
		if err != nil {
			return
		}
		for name, b := range m {
			if b.Validate() != nil || checkName(name) != nil {
				t.Fatalf("accepted invalid bounds %q: %v", name, b)
			}
		}
		back, err := ParseBounds(FormatBounds(m))
		if err != nil || !reflect.DeepEqual(m, back) {
			t.Fatalf("FormatBounds(%v) = %q does not parse back: %v", m, FormatBounds(m), err)
		}
	})
}

func FuzzReadBoundsFile(f *testing.F) {
	for _, name := range []string{"breast_cancer.bounds.json", "diabetes.bounds.json"} {
		data, err := os.ReadFile("../testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"x":[0,1],"x":[0,2]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadBoundsFile(bytes.NewReader(data))
		if err != nil {
			return
		}
		enc, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ReadBoundsFile(bytes.NewReader(enc))
		if err != nil || !reflect.DeepEqual(m, back) {
			t.Fatalf("re-encoded bounds %s do not read back: %v", enc, err)
		}
	})
}
