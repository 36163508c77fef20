package dataset

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// MetadataVersion is the only metadata document version this package reads
// and writes.
const MetadataVersion = 1

// maxRows keeps the row count exact in every JSON reader (2^53).
const maxRows = 1 << 53

// Metadata is the public document that describes a dataset in the catalog.
// Its hash goes on-chain. By construction it holds only what the owner
// chose to publish: a title, a description, the column names, the declared
// types and bounds, and the row count; never a value computed from the
// rows' contents (no type inferred from them, no minimum, maximum or mean).
// It is therefore the same for every file with the same header and row
// count whose values fit the declared types.
type Metadata struct {
	Version     int          `json:"version"`
	Title       string       `json:"title"`
	Description string       `json:"description"`
	Columns     []ColumnMeta `json:"columns"`
	Rows        int          `json:"rows"`
	// Storage says where the sealed blob lives beyond the on-chain
	// pointer: for a blob on IPFS, its CID and the import profile that
	// reproduces it (a CID is not the SHA-256 the chain records). Absent for
	// blobs kept by their owner only.
	Storage *Storage `json:"storage,omitempty"`
}

// Storage is the public record of a sealed blob kept on IPFS.
type Storage struct {
	CID     string `json:"cid"`     // root CID, as `ipfs add` prints it
	Profile string `json:"profile"` // import profile (IPIP-499), e.g. unixfs-v0-2015
	SHA256  string `json:"sha256"`  // hex SHA-256 of the blob, as on-chain
	Size    int64  `json:"size"`    // bytes
}

// validate checks the record's shape; the CID's meaning is package ipfs's.
func (s *Storage) validate() error {
	switch {
	case s.CID == "" || len(s.CID) > 128 || strings.ContainsFunc(s.CID, notAlnum):
		return fmt.Errorf("storage cid %q is not a CID", s.CID)
	case s.Profile == "" || len(s.Profile) > 64 || strings.ContainsFunc(s.Profile, notProfileRune):
		return fmt.Errorf("storage profile %q is not a profile name", s.Profile)
	case len(s.SHA256) != 64 || strings.ContainsFunc(s.SHA256, notLowerHex):
		return fmt.Errorf("storage sha256 %q is not 64 lowercase hex digits", s.SHA256)
	case s.Size < 0:
		return fmt.Errorf("storage size %d is negative", s.Size)
	}
	return nil
}

func notAlnum(r rune) bool {
	return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
}

func notProfileRune(r rune) bool { return notAlnum(r) && r != '-' }

func notLowerHex(r rune) bool { return !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') }

// ColumnMeta describes one column. Bounds is nil when the owner declared
// none.
type ColumnMeta struct {
	Name   string  `json:"name"`
	Type   string  `json:"type"`
	Bounds *Bounds `json:"bounds,omitempty"`
}

// NewMetadata builds the metadata document for a dataset with schema s,
// whose types are the owner's declaration (Schema.Declare; a schema straight
// from Inspect or Table.Schema publishes the types the rows suggest, which is
// for tests and demos). bounds holds the owner's declared bounds by column
// name; each must name a column of s and be valid. The error names the
// offending column. The title and description must fit MaxTitleChars and
// MaxDescriptionChars and hold no control character (line breaks aside in
// the description).
func NewMetadata(title, description string, s *Schema, bounds map[string]Bounds) (*Metadata, error) {
	if s == nil {
		return nil, fmt.Errorf("dataset: %w: no schema", ErrBadMetadata)
	}
	if err := checkText(title, description); err != nil {
		return nil, err
	}
	m := &Metadata{Version: MetadataVersion, Title: title, Description: description, Rows: s.Rows,
		Columns: make([]ColumnMeta, len(s.Columns))}
	for i, c := range s.Columns {
		m.Columns[i] = ColumnMeta{Name: c.Name, Type: c.Type}
	}
	for _, name := range slices.Sorted(maps.Keys(bounds)) {
		i := slices.IndexFunc(m.Columns, func(c ColumnMeta) bool { return c.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("dataset: bounds for %w %s", ErrUnknownColumn, quoteCell(name))
		}
		b := bounds[name]
		if err := b.Validate(); err != nil {
			return nil, fmt.Errorf("dataset: bounds for column %q: %w", name, err)
		}
		m.Columns[i].Bounds = &b
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// Validate checks the document's invariants: version 1, a non-empty title,
// valid UTF-8 text, at least one column, valid and unique names, known
// types, 1 <= rows <= 2^53 and valid bounds.
func (m *Metadata) Validate() error {
	switch {
	case m.Version != MetadataVersion:
		return fmt.Errorf("dataset: %w: version %d, want %d", ErrBadMetadata, m.Version, MetadataVersion)
	case strings.TrimSpace(m.Title) == "":
		return fmt.Errorf("dataset: %w: empty title", ErrBadMetadata)
	case !utf8.ValidString(m.Title) || !utf8.ValidString(m.Description):
		return fmt.Errorf("dataset: %w: title or description is not valid UTF-8", ErrBadMetadata)
	case m.Rows < 1 || m.Rows > maxRows:
		return fmt.Errorf("dataset: %w: %d rows, want 1 to 2^53", ErrBadMetadata, m.Rows)
	}
	names := make([]string, len(m.Columns))
	for i, c := range m.Columns {
		names[i] = c.Name
	}
	if i, err := checkNames(names); err != nil {
		return fmt.Errorf("dataset: %w: %s: %w", ErrBadMetadata, columnLabel(names, i), err)
	}
	if m.Storage != nil {
		if err := m.Storage.validate(); err != nil {
			return fmt.Errorf("dataset: %w: %w", ErrBadMetadata, err)
		}
	}
	for _, c := range m.Columns {
		if !validType(c.Type) {
			return fmt.Errorf("dataset: %w: column %q: type %s is not %s, %s or %s",
				ErrBadMetadata, c.Name, quoteCell(c.Type), TypeBinary, TypeInteger, TypeReal)
		}
		if c.Bounds == nil {
			continue
		}
		if err := c.Bounds.Validate(); err != nil {
			return fmt.Errorf("dataset: %w: column %q: %w", ErrBadMetadata, c.Name, err)
		}
	}
	return nil
}

// Column returns the description of a column.
func (m *Metadata) Column(name string) (ColumnMeta, bool) {
	for _, c := range m.Columns {
		if c.Name == name {
			if c.Bounds != nil {
				b := *c.Bounds
				c.Bounds = &b
			}
			return c, true
		}
	}
	return ColumnMeta{}, false
}

// Has reports whether the dataset has a column of that name.
func (m *Metadata) Has(col string) bool {
	_, ok := m.Column(col)
	return ok
}

// Bound returns the declared bounds of a column; false if the column does
// not exist or has none.
func (m *Metadata) Bound(col string) (Bounds, bool) {
	c, ok := m.Column(col)
	if !ok || c.Bounds == nil {
		return Bounds{}, false
	}
	return *c.Bounds, true
}

// CheckSchema reports whether s, found by Inspect on a file, fits the schema
// this document describes: same names in the same order, same row count,
// and values that fit each declared type (Fits). The error names the first
// difference.
func (m *Metadata) CheckSchema(s *Schema) error {
	if s.Rows != m.Rows {
		return fmt.Errorf("dataset: schema mismatch: %d rows, metadata says %d", s.Rows, m.Rows)
	}
	if len(s.Columns) != len(m.Columns) {
		return fmt.Errorf("dataset: schema mismatch: %d columns, metadata says %d", len(s.Columns), len(m.Columns))
	}
	for i, c := range s.Columns {
		if want := m.Columns[i]; c.Name != want.Name || !Fits(c.Type, want.Type) {
			return fmt.Errorf("dataset: schema mismatch: column %d is %q (%s values), metadata says %q (%s)",
				i+1, c.Name, c.Type, want.Name, want.Type)
		}
	}
	return nil
}
