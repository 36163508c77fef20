package strictjson

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestCheckKeys(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{`{"a":1,"b":2}`, ""},
		{`{"a":1,"a":2}`, `duplicate key "a"`},
		{`{"privacy":{"epsilon":1,"delta":0,"epsilon":9}}`, `duplicate key "epsilon" in privacy`},
		{`{"a":{"x":1},"b":{"x":1}}`, ""},
		{`{"l":[{"k":1},{"k":1,"k":2}]}`, `duplicate key "k" in l[1]`},
		{`{"l":[[1,{"k":1}],{"z":[{"a":0,"a":0}]}]}`, `duplicate key "a" in l[1].z[0]`},
		{`{"a":"a","b":"a"}`, ""},
		{`[1,2,3]`, ""},
		{`{"a":1,"A":2}`, ""}, // case differs: encoding/json would match both to one field, Parse's strict decoder refuses unknown ones
		{`{"a":`, ""},         // not JSON: the decoder's error
		{``, ""},
	} {
		err := CheckKeys([]byte(c.doc))
		if c.want == "" && err != nil || c.want != "" && (err == nil || err.Error() != c.want || !errors.Is(err, ErrDuplicateKey)) {
			t.Errorf("CheckKeys(%s) = %v, want %q", c.doc, err, c.want)
		}
	}
}

// FuzzCheckKeys: never panics, and a document encoding/json marshalled from
// a map (unique keys by construction) always passes.
func FuzzCheckKeys(f *testing.F) {
	f.Add([]byte(`{"a":[1,{"b":2,"b":3}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		_ = CheckKeys(b)
		var v any
		if json.Unmarshal(b, &v) != nil {
			return
		}
		again, _ := json.Marshal(v)
		if err := CheckKeys(again); err != nil {
			t.Fatalf("%s re-encoded: %v", b, err)
		}
	})
}
