package publish

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/veil-market/veil/dataset"
)

func writeCSV(t *testing.T, rows [][3]float64) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("age,score,label\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "%v,%v,%v\n", r[0], r[1], r[2])
	}
	path := filepath.Join(t.TempDir(), "data.csv")
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestMetadataDoesNotDependOnValues: the document an owner publishes (and
// its on-chain hash) is the same for two files that differ in every value
// but share the header, the row count and the declared types and bounds —
// including a file whose integer column happens to hold only 0 and 1.
func TestMetadataDoesNotDependOnValues(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var docs [][]byte
	for k := range 4 {
		rows := make([][3]float64, 50)
		for i := range rows {
			rows[i] = [3]float64{float64(rng.IntN(120)), rng.Float64() * 10, float64(rng.IntN(2))}
			if k == 3 {
				rows[i][0] = float64(rng.IntN(2)) // ages of 0 and 1 only: the suggestion becomes binary
			}
		}
		r := &Request{File: writeCSV(t, rows), Title: "t", Bounds: map[string]dataset.Bounds{"age": {Lo: 0, Hi: 120}, "score": {Lo: 0, Hi: 10}},
			Types: map[string]string{"age": dataset.TypeInteger, "label": dataset.TypeBinary}}
		_, doc, err := r.Metadata()
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	for _, d := range docs[1:] {
		if !bytes.Equal(d, docs[0]) {
			t.Fatalf("different values, different metadata:\n%s\n%s", docs[0], d)
		}
	}
}

// TestTypesMustBeDeclared: without a declaration the owner gets the
// suggestion (and nothing is built); accepting it, or declaring, publishes.
func TestTypesMustBeDeclared(t *testing.T) {
	file := writeCSV(t, [][3]float64{{30, 1.5, 1}, {40, 2.5, 0}})
	r := &Request{File: file, Title: "t"}
	_, _, err := r.Metadata()
	var te *TypesError
	if !errors.As(err, &te) || !errors.Is(err, ErrTypesUndeclared) ||
		!maps.Equal(te.Suggested, map[string]string{"age": dataset.TypeInteger, "label": dataset.TypeBinary}) {
		t.Fatalf("Metadata = %v, want the suggestion age=integer,label=binary", err)
	}
	r.AcceptSuggestedTypes = true
	m, _, err := r.Metadata()
	if err != nil {
		t.Fatal(err)
	}
	if c, _ := m.Column("label"); c.Type != dataset.TypeBinary {
		t.Fatalf("accepted suggestion gave label type %s", c.Type)
	}
	r.AcceptSuggestedTypes, r.Types = false, map[string]string{}
	if m, _, err = r.Metadata(); err != nil {
		t.Fatal(err)
	}
	for _, c := range m.Columns {
		if c.Type != dataset.TypeReal {
			t.Fatalf("an empty declaration left column %s %s, want real", c.Name, c.Type)
		}
	}
	r.AcceptSuggestedTypes = true
	if _, _, err := r.Metadata(); err == nil {
		t.Fatal("declaring and accepting at once was accepted")
	}
}
