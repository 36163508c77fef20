// Package display makes untrusted text safe to show: titles, descriptions,
// URIs, endpoints and reasons that anyone can put on-chain. A terminal obeys
// escape sequences (ANSI CSI, OSC, C1 controls) and a browser lays out
// bidirectional overrides, so a hostile owner could clear a buyer's screen,
// fake catalog rows or make "0.1" read "1.0". Line and Block replace every
// character that is not graphic text with a visible escape (\x1b, \u202e),
// and truncate to a number of characters so one long title cannot pad every
// row of a table.
//
// Threat model: the input is arbitrary bytes from a hostile party. The output
// holds only valid UTF-8 graphic characters and spaces (Block also keeps
// newlines); it is for display only, never for parsing or comparing.
package display

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis ends a truncated text.
const Ellipsis = "…"

// Line returns s as one line of plain text: control, format (bidi) and
// invalid characters escaped, newlines and tabs included, and at most max
// characters (runes) ending in an ellipsis when longer; max <= 0 keeps all.
func Line(s string, max int) string { return clean(s, max, false) }

// Block is Line for text that may span lines: it keeps newlines (\r\n and
// \r become \n) and escapes everything else Line escapes.
func Block(s string, max int) string { return clean(s, max, true) }

func clean(s string, max int, newlines bool) string {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		piece := escape(r, size, s[i], newlines)
		if r == '\r' && newlines {
			piece = "\n"
			if strings.HasPrefix(s[i+1:], "\n") {
				size++
			}
		}
		i += size
		b.WriteString(piece)
		if n += utf8.RuneCountInString(piece); max > 0 && n > max {
			return string([]rune(b.String())[:max-1]) + Ellipsis
		}
	}
	return b.String()
}

// escape is how one rune (or invalid byte) is shown.
func escape(r rune, size int, first byte, newlines bool) string {
	switch {
	case r == utf8.RuneError && size == 1:
		return fmt.Sprintf(`\x%02x`, first)
	case r == '\n' && newlines:
		return "\n"
	case r == ' ' || unicode.IsGraphic(r) && !unicode.Is(unicode.Cf, r):
		return string(r)
	case r < 0x80:
		return fmt.Sprintf(`\x%02x`, r)
	case r <= 0xffff:
		return fmt.Sprintf(`\u%04x`, r)
	}
	return fmt.Sprintf(`\U%08x`, r)
}
