package node

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// specStrings lists every string value in a spec document, at any depth.
func specStrings(doc []byte) []string {
	var v any
	dec := json.NewDecoder(bytes.NewReader(doc))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return nil
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			out = append(out, v)
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(v)
	return out
}

// names reports whether the job's spec names uri (case of the address aside).
func (v *jobView) names(uri string) bool {
	for _, s := range specStrings(v.doc) {
		if strings.EqualFold(s, uri) {
			return true
		}
	}
	return false
}

// blobsOn lists the digests of the blobs the spec names on node (buyer
// uploads: veil-node://<node>/<sha256>).
func (v *jobView) blobsOn(node common.Address) [][32]byte {
	prefix := strings.ToLower("veil-node://" + node.Hex() + "/")
	var out [][32]byte
	for _, s := range specStrings(v.doc) {
		rest, ok := strings.CutPrefix(strings.ToLower(s), prefix)
		var d [32]byte
		if ok && len(rest) == 64 {
			if _, err := hex.Decode(d[:], []byte(rest)); err == nil {
				out = append(out, d)
			}
		}
	}
	return out
}
