package catalog

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/veil-market/veil/chain"
)

// Query selects catalog entries: words in the title or a column's name, an
// engine, a highest price and a least ε left. The zero Query matches all.
type Query struct {
	Text       string   // case-insensitive; matches the title, description or a column name
	Engine     string   // "fl", "he", ...; "" for any
	MaxPrice   *big.Int // wei; nil for any
	MinEpsilon float64  // least ε left
}

// ParseQuery reads a query from form values (the web catalog's search form):
// q, engine, max_price (coins), min_epsilon. The error names the bad field.
func ParseQuery(get func(string) string) (Query, error) {
	q := Query{Text: strings.TrimSpace(get("q")), Engine: strings.TrimSpace(get("engine"))}
	if q.Engine != "" {
		if _, err := chain.ParseEngine(q.Engine); err != nil {
			return q, fmt.Errorf("engine: %q is not an engine (fl, he, mpc or tee)", q.Engine)
		}
	}
	if s := strings.TrimSpace(get("max_price")); s != "" {
		p, err := chain.ParseCoins(s)
		if err != nil || p.Sign() < 0 {
			return q, fmt.Errorf("max_price: %q is not an amount of coins", s)
		}
		q.MaxPrice = p
	}
	if s := strings.TrimSpace(get("min_epsilon")); s != "" {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || v < 0 || v != v || v > 1e12 {
			return q, fmt.Errorf("min_epsilon: %q is not a number of ε from 0 to 1e12", s)
		}
		q.MinEpsilon = v
	}
	return q, nil
}

// Match reports whether d is one of the entries q selects.
func (q Query) Match(d *Dataset) bool {
	if q.Engine != "" && !d.HasEngine(strings.ToLower(q.Engine)) {
		return false
	}
	if q.MaxPrice != nil {
		p, err := chain.ParseCoins(d.Price)
		if err != nil || p.Cmp(q.MaxPrice) > 0 {
			return false
		}
	}
	if d.EpsilonLeft < q.MinEpsilon {
		return false
	}
	return q.Text == "" || q.matchText(d)
}

func (q Query) matchText(d *Dataset) bool {
	words := strings.Fields(strings.ToLower(q.Text))
	hay := []string{strings.ToLower(d.Title), strings.ToLower(d.Description)}
	for _, c := range d.Columns {
		hay = append(hay, strings.ToLower(c.Name))
	}
	for _, w := range words {
		found := false
		for _, h := range hay {
			if strings.Contains(h, w) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
