package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"strings"

	"github.com/veil-market/veil/internal/display"
)

// Display lengths, in characters: text beyond them is cut with an ellipsis
// (the JSON twin keeps it whole).
const (
	titleInTable = 80
	titleInPage  = 200
	descInPage   = 2000
	cellInTable  = 120
)

var funcs = template.FuncMap{
	// cut shortens escaped text for display.
	"cut": func(max int, s string) string { return display.Line(s, max) },
	// cutBlock shortens a multi-line text.
	"cutBlock": func(max int, s string) string { return display.Block(s, max) },
	// short shows an address or hash as its first and last digits.
	"short": func(s string) string {
		if len(s) < 14 {
			return s
		}
		return s[:8] + "…" + s[len(s)-4:]
	},
	"pct":   func(v float64) string { return fmt.Sprintf("%.2f", v) },
	"add":   func(a, b float64) float64 { return a + b },
	"lower": strings.ToLower,
	"derefU32": func(p *uint32) uint32 {
		if p == nil {
			return 0
		}
		return *p
	},
	"titleText": func(s string) string { return display.Line(s, titleInTable) },
	"engines":   func() []string { return []string{"fl", "he", "mpc", "tee"} },
	"specText":  specText,
}

// specText is a spec as indented JSON, escaped for display.
func specText(raw json.RawMessage) string {
	var buf bytes.Buffer
	if json.Indent(&buf, raw, "", "  ") != nil {
		return display.Block(string(raw), 20000)
	}
	return display.Block(buf.String(), 20000)
}

// parsePages parses each page with the shared layout.
func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, name := range []string{"catalog", "dataset", "jobs", "job", "nodes", "node", "problem"} {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("web: template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}
