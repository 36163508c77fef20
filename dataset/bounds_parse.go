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

// ReadBoundsFile reads a bounds file: one JSON object mapping column names
// to [lo, hi], at most MaxMetadataBytes. It is strict: a repeated name,
// anything but a two-number array as a value, invalid bounds or trailing
// data are refused, with the column named.
func ReadBoundsFile(r io.Reader) (map[string]Bounds, error) {
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
	return decodeBoundsObject(json.NewDecoder(bytes.NewReader(data)))
}

// decodeBoundsObject walks the object token by token, because decoding
// into a map would silently keep the last of two equal keys.
func decodeBoundsObject(dec *json.Decoder) (map[string]Bounds, error) {
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("dataset: bounds file: %w: want a JSON object", ErrBadBounds)
	}
	out := make(map[string]Bounds)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("dataset: bounds file: %w: %w", ErrBadBounds, err)
		}
		name := tok.(string) // object keys are always strings
		if err := checkName(name); err != nil {
			return nil, fmt.Errorf("dataset: bounds file: column %s: %w", quoteCell(name), err)
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("dataset: bounds file: column %q: %w", name, ErrDuplicateColumn)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("dataset: bounds file: column %q: %w: %w", name, ErrBadBounds, err)
		}
		b, err := decodeBounds(raw)
		if err != nil {
			return nil, fmt.Errorf("dataset: bounds file: column %q: %w", name, err)
		}
		if len(out) == MaxColumns {
			return nil, fmt.Errorf("dataset: bounds file: %w: more than %d columns", ErrLimit, MaxColumns)
		}
		out[name] = b
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("dataset: bounds file: %w: %w", ErrBadBounds, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("dataset: bounds file: %w: data after the object", ErrBadBounds)
	}
	return out, nil
}
