package catalog

import (
	"math/big"
	"net/url"
	"testing"

	"github.com/veil-market/veil/dataset"
)

func TestQuery(t *testing.T) {
	d := Dataset{Title: "Breast cancer, part 1", Description: "Wisconsin", Price: "0.1", Engines: "fl,he", EpsilonLeft: 9,
		Columns: []dataset.ColumnMeta{{Name: "mean_radius"}, {Name: "benign"}}}
	for _, c := range []struct {
		form string
		want bool
	}{
		{"", true}, {"q=BREAST", true}, {"q=radius+wisconsin", true}, {"q=radius+diabetes", false},
		{"engine=he", true}, {"engine=tee", false}, {"max_price=0.1", true}, {"max_price=0.09", false},
		{"min_epsilon=9", true}, {"min_epsilon=9.01", false}, {"q=benign&engine=fl&max_price=1&min_epsilon=1", true},
	} {
		v, _ := url.ParseQuery(c.form)
		q, err := ParseQuery(v.Get)
		if err != nil {
			t.Fatalf("%s: %v", c.form, err)
		}
		if got := q.Match(&d); got != c.want {
			t.Errorf("%s matches: %t, want %t", c.form, got, c.want)
		}
	}
	for form, field := range map[string]string{"engine=sql": "engine", "max_price=-1": "max_price", "max_price=lots": "max_price",
		"min_epsilon=NaN": "min_epsilon", "min_epsilon=-1": "min_epsilon", "min_epsilon=1e13": "min_epsilon"} {
		v, _ := url.ParseQuery(form)
		if _, err := ParseQuery(v.Get); err == nil || err.Error()[:len(field)] != field {
			t.Errorf("%s: %v, want an error naming %s", form, err, field)
		}
	}
}

// FuzzParseQuery: any form either parses to a query that can match, or is
// refused with an error; nothing panics.
func FuzzParseQuery(f *testing.F) {
	f.Add("q=x&engine=fl&max_price=0.1&min_epsilon=1")
	f.Add("max_price=1e999&min_epsilon=inf")
	f.Fuzz(func(t *testing.T, form string) {
		v, err := url.ParseQuery(form)
		if err != nil {
			return
		}
		q, err := ParseQuery(v.Get)
		if err != nil {
			return
		}
		d := Dataset{Title: "t", Price: "0.1", Engines: "fl", EpsilonLeft: 1}
		q.Match(&d)
		if q.MaxPrice != nil && q.MaxPrice.Cmp(new(big.Int)) < 0 {
			t.Fatalf("negative price accepted: %s", form)
		}
	})
}
