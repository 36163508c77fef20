package display

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestLine(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"plain", "Breast cancer", "Breast cancer"},
		{"unicode letters", "Données médicales ε", "Données médicales ε"},
		{"ANSI clear screen", "a\x1b[2Jb", `a\x1b[2Jb`},
		{"OSC title", "\x1b]0;pwned\x07x", `\x1b]0;pwned\x07x`},
		{"C1 CSI", "a\u009b31mb", `a\u009b31mb`},
		{"newline fakes a row", "t\n2  Fake row", `t\x0a2  Fake row`},
		{"tab and CR", "a\tb\rc", `a\x09b\x0dc`},
		{"bidi override", "price \u202e1.0", `price \u202e1.0`},
		{"zero width", "a\u200bb", `a\u200bb`},
		{"invalid UTF-8", "a\xffb", `a\xffb`},
		{"DEL", "a\x7fb", `a\x7fb`},
		{"line separator", "a\u2028b", `a\u2028b`},
	} {
		if got := Line(c.in, 0); got != c.want {
			t.Errorf("%s: Line(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestBlockKeepsNewlines(t *testing.T) {
	if got, want := Block("one\r\ntwo\rthree\n\x1b[2J", 0), "one\ntwo\nthree\n"+`\x1b[2J`; got != want {
		t.Fatalf("Block = %q, want %q", got, want)
	}
}

func TestTruncate(t *testing.T) {
	for _, c := range []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"eleven chars", 10, "eleven ch…"},
		{"ééééééééééé", 5, "éééé…"},
		{"\x1b\x1b\x1b", 6, `\x1b\…`},
		{"ab", 1, "…"},
	} {
		if got := Line(c.in, c.max); got != c.want {
			t.Errorf("Line(%q, %d) = %q, want %q", c.in, c.max, got, c.want)
		}
	}
}

// TestHugeTitleIsCut: a 100 KB title costs no more than the cap.
func TestHugeTitleIsCut(t *testing.T) {
	got := Line(strings.Repeat("A", 100_000), 60)
	if n := utf8.RuneCountInString(got); n != 60 {
		t.Fatalf("%d characters, want 60", n)
	}
}

// FuzzLine: whatever the input, the output is valid UTF-8 of graphic
// characters and spaces only, within the cap.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"", "a\x1b[2J", "\u202e", "\xff\xfe", "a\nb", "\r\n"} {
		f.Add(s, 8)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		max = max%200 + 1
		if max < 1 {
			max = -max + 1
		}
		for _, out := range []string{Line(s, max), Block(s, max)} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 %q", out)
			}
			if n := utf8.RuneCountInString(out); n > max {
				t.Fatalf("%d characters, cap %d", n, max)
			}
		}
		for _, r := range Line(s, max) {
			if r != ' ' && (!unicode.IsGraphic(r) || unicode.Is(unicode.Cf, r)) {
				t.Fatalf("Line(%q) keeps %U", s, r)
			}
		}
		for _, r := range Block(s, max) {
			if r != ' ' && r != '\n' && (!unicode.IsGraphic(r) || unicode.Is(unicode.Cf, r)) {
				t.Fatalf("Block(%q) keeps %U", s, r)
			}
		}
	})
}
