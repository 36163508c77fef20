package dataset

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// ParseBounds parses the flag syntax "col=lo:hi,col2=lo:hi". Numbers are
// plain decimals as in a CSV cell (so "x=-1e3:2.5" works); spaces around
// names and numbers are ignored; a column may appear once. A name may hold
// "=" or ":" but not ",". An empty string gives an empty map.
func ParseBounds(s string) (map[string]Bounds, error) {
	out := make(map[string]Bounds)
	if trimBlanks(s) == "" {
		return out, nil
	}
	for item := range strings.SplitSeq(s, ",") {
		name, b, err := parseBoundsItem(item)
		if err != nil {
			return nil, err
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("dataset: bounds for column %q: %w", name, ErrDuplicateColumn)
		}
		if len(out) == MaxColumns {
			return nil, fmt.Errorf("dataset: bounds: %w: more than %d columns", ErrLimit, MaxColumns)
		}
		out[name] = b
	}
	return out, nil
}

func parseBoundsItem(item string) (string, Bounds, error) {
	eq := strings.LastIndexByte(item, '=')
	lo, hi, ok := strings.Cut(item[eq+1:], ":")
	if eq < 0 || !ok {
		return "", Bounds{}, fmt.Errorf("dataset: bounds %s: %w: want col=lo:hi", quoteCell(item), ErrBadBounds)
	}
	name := trimBlanks(item[:eq])
	if err := checkName(name); err != nil {
		return "", Bounds{}, fmt.Errorf("dataset: bounds %s: %w", quoteCell(item), err)
	}
	var b Bounds
	var err error
	if b.Lo, err = parseNumber(trimBlanks(lo)); err != nil {
		return "", Bounds{}, fmt.Errorf("dataset: bounds for column %q: low end: %w", name, err)
	}
	if b.Hi, err = parseNumber(trimBlanks(hi)); err != nil {
		return "", Bounds{}, fmt.Errorf("dataset: bounds for column %q: high end: %w", name, err)
	}
	if err := b.Validate(); err != nil {
		return "", Bounds{}, fmt.Errorf("dataset: bounds for column %q: %w", name, err)
	}
	return name, b, nil
}

// FormatBounds writes bounds in the flag syntax that ParseBounds reads,
// columns sorted by name, numbers in their shortest exact form.
func FormatBounds(bounds map[string]Bounds) string {
	var sb strings.Builder
	for i, name := range slices.Sorted(maps.Keys(bounds)) {
		if i > 0 {
			sb.WriteByte(',')
		}
		b := bounds[name]
		sb.WriteString(name + "=" + formatNumber(b.Lo) + ":" + formatNumber(b.Hi))
	}
	return sb.String()
}

// Declarations is what an owner declares about its columns, never computed
// from the rows: bounds and types, by column name.
type Declarations struct {
	Bounds map[string]Bounds
	Types  map[string]string
}

// ReadBoundsFile reads the bounds of a declarations file (ReadDeclarations),
// ignoring any declared types.
func ReadBoundsFile(r io.Reader) (map[string]Bounds, error) {
	d, err := ReadDeclarations(r)
	if err != nil {
		return nil, err
	}
	return d.Bounds, nil
}

// ReadDeclarations reads a bounds-and-types file: one JSON object mapping
// column names to [lo, hi], or to {"bounds": [lo, hi], "type": "binary"}
// with either key, at most MaxMetadataBytes. It is strict: a repeated name
// or key, an unknown key, invalid bounds, an unknown type or trailing data
// are refused, with the column named.
func ReadDeclarations(r io.Reader) (*Declarations, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxMetadataBytes+1))
	if err != nil {
		return nil, fmt.Errorf("dataset: bounds file: %w", err)
	}
	if len(data) > MaxMetadataBytes {
		return nil, fmt.Errorf("dataset: bounds file: %w: larger than %d bytes", ErrLimit, MaxMetadataBytes)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("dataset: bounds file: %w: not valid UTF-8", ErrBadBounds)
	}
	return decodeDeclarations(json.NewDecoder(bytes.NewReader(data)))
}

// decodeDeclarations walks the object token by token, because decoding
// into a map would silently keep the last of two equal keys.
func decodeDeclarations(dec *json.Decoder) (*Declarations, error) {
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("dataset: bounds file: %w: want a JSON object", ErrBadBounds)
	}
	out := &Declarations{Bounds: map[string]Bounds{}, Types: map[string]string{}}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("dataset: bounds file: %w: %w", ErrBadBounds, err)
		}
		name := tok.(string) // object keys are always strings
		if err := checkName(name); err != nil {
			return nil, fmt.Errorf("dataset: bounds file: column %s: %w", quoteCell(name), err)
		}
		if seen[name] {
			return nil, fmt.Errorf("dataset: bounds file: column %q: %w", name, ErrDuplicateColumn)
		}
		if len(seen) == MaxColumns {
			return nil, fmt.Errorf("dataset: bounds file: %w: more than %d columns", ErrLimit, MaxColumns)
		}
		seen[name] = true
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("dataset: bounds file: column %q: %w: %w", name, ErrBadBounds, err)
		}
		if err := out.add(name, raw); err != nil {
			return nil, fmt.Errorf("dataset: bounds file: column %q: %w", name, err)
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("dataset: bounds file: %w: %w", ErrBadBounds, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("dataset: bounds file: %w: data after the object", ErrBadBounds)
	}
	return out, nil
}

// add records one column's entry: [lo, hi], or an object with "bounds"
// and/or "type".
func (d *Declarations) add(name string, raw json.RawMessage) error {
	trimmed := bytes.TrimSpace(raw)
	if bytes.HasPrefix(trimmed, []byte("[")) {
		b, err := decodeBounds(raw)
		d.Bounds[name] = b
		return err
	}
	var entry struct {
		Bounds json.RawMessage `json:"bounds"`
		Type   *string         `json:"type"`
	}
	strict := json.NewDecoder(bytes.NewReader(raw))
	strict.DisallowUnknownFields()
	if !bytes.HasPrefix(trimmed, []byte("{")) || checkObjectKeys(raw) != nil || strict.Decode(&entry) != nil || (entry.Bounds == nil && entry.Type == nil) {
		return fmt.Errorf("%w: want [lo, hi] or {\"bounds\": [lo, hi], \"type\": \"binary\"|\"integer\"|\"real\"}, got %s", ErrBadBounds, quoteCell(string(raw)))
	}
	if entry.Bounds != nil {
		b, err := decodeBounds(entry.Bounds)
		if err != nil {
			return err
		}
		d.Bounds[name] = b
	}
	if entry.Type != nil {
		if !validType(*entry.Type) {
			return fmt.Errorf("%w: %s is not %s, %s or %s", ErrBadType, quoteCell(*entry.Type), TypeBinary, TypeInteger, TypeReal)
		}
		d.Types[name] = *entry.Type
	}
	return nil
}

// checkObjectKeys refuses a key repeated in a column's object (encoding/json
// would keep the last one).
func checkObjectKeys(raw json.RawMessage) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return err
	}
	keys := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		k, _ := tok.(string)
		if keys[k] {
			return fmt.Errorf("key %q appears twice", k)
		}
		keys[k] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return err
		}
	}
	return nil
}
