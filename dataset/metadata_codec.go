package dataset

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// Encode returns the canonical encoding of m: encoding/json's output for
// the Metadata struct, that is keys in the order version, title,
// description, columns, rows (name, type, bounds within a column), no
// insignificant whitespace, numbers in shortest round-trip form, <, > and &
// escaped, bounds omitted when absent. Equal documents give equal bytes.
func (m *Metadata) Encode() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	b, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("dataset: encode metadata: %w", err)
	}
	if len(b) > MaxMetadataBytes {
		return nil, fmt.Errorf("dataset: %w: metadata is %d bytes, at most %d", ErrLimit, len(b), MaxMetadataBytes)
	}
	return b, nil
}

// Hash returns the SHA-256 of Encode(), the digest registered on-chain.
func (m *Metadata) Hash() ([32]byte, error) {
	b, err := m.Encode()
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}

// DecodeMetadata parses a metadata document from a peer or from disk. It is
// strict: at most MaxMetadataBytes of valid UTF-8, no unknown field, the
// invariants of Validate, and the bytes must be exactly the canonical
// encoding (Encode of the result). The last rule leaves one byte string per
// document, so the SHA-256 of accepted input equals its Hash, and no two
// JSON parsers can read it differently (no repeated keys, no case-folded
// keys, no whitespace or number-format variants).
func DecodeMetadata(b []byte) (*Metadata, error) {
	if len(b) > MaxMetadataBytes {
		return nil, fmt.Errorf("dataset: %w: metadata is %d bytes, at most %d", ErrLimit, len(b), MaxMetadataBytes)
	}
	if !utf8.Valid(b) {
		return nil, fmt.Errorf("dataset: %w: not valid UTF-8", ErrBadMetadata)
	}
	m, err := decodeMetadataFields(b)
	if err != nil {
		return nil, err
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	canonical, err := m.Encode()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(canonical, b) {
		return nil, fmt.Errorf("dataset: %w: differs from the canonical encoding at byte %d", ErrNotCanonical, firstDifference(canonical, b))
	}
	return m, nil
}

// metadataJSON mirrors Metadata with the bounds left raw, so that a bounds
// error can name its column.
type metadataJSON struct {
	Version     int    `json:"version"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Columns     []struct {
		Name   string          `json:"name"`
		Type   string          `json:"type"`
		Bounds json.RawMessage `json:"bounds"`
	} `json:"columns"`
	Rows    int      `json:"rows"`
	Storage *Storage `json:"storage"`
}

func decodeMetadataFields(b []byte) (*Metadata, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var w metadataJSON
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("dataset: %w: %w", ErrBadMetadata, err)
	}
	m := &Metadata{Version: w.Version, Title: w.Title, Description: w.Description, Rows: w.Rows, Storage: w.Storage,
		Columns: make([]ColumnMeta, len(w.Columns))}
	for i, c := range w.Columns {
		m.Columns[i] = ColumnMeta{Name: c.Name, Type: c.Type}
		if c.Bounds == nil {
			continue
		}
		bounds, err := decodeBounds(c.Bounds)
		if err != nil {
			return nil, fmt.Errorf("dataset: %w: column %s: %w", ErrBadMetadata, quoteCell(c.Name), err)
		}
		m.Columns[i].Bounds = &bounds
	}
	return m, nil
}

func firstDifference(a, b []byte) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
