package dataset

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Lengths a new metadata document's text may have, in characters. Readers
// never rely on them (a document published another way may exceed them, and
// every display cuts text anyway); they keep the catalog readable.
const (
	MaxTitleChars       = 200
	MaxDescriptionChars = 4000
)

// checkText refuses a title or description a catalog could not show as
// written: too long, not UTF-8, or with control or format characters (escape
// sequences, bidirectional overrides). A description may break lines.
// Invalid UTF-8 is left to Validate.
func checkText(title, description string) error {
	if err := checkField("title", title, MaxTitleChars, false); err != nil {
		return err
	}
	return checkField("description", description, MaxDescriptionChars, true)
}

func checkField(name, s string, max int, lines bool) error {
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Errorf("dataset: %w: the %s is %d characters, at most %d", ErrBadMetadata, name, n, max)
	}
	for i, r := range []rune(s) {
		if lines && (r == '\n' || r == '\t') {
			continue
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			return fmt.Errorf("dataset: %w: the %s has the control character %U at character %d (catalogs show text as written)",
				ErrBadMetadata, name, r, i+1)
		}
	}
	return nil
}
