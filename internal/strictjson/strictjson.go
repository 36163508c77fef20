// Package strictjson checks what encoding/json lets through silently: a key
// that appears twice in one object, which encoding/json resolves by keeping
// the last. Two readers of such a document can disagree on what it says (the
// one that sees the first value and the one that sees the last), so a
// document people sign, hash or pay for is refused instead.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrDuplicateKey means an object of the document repeats a key.
var ErrDuplicateKey = errors.New("duplicate key")

// CheckKeys reports the first object key that appears twice in the same
// object of b, naming its path ("privacy.epsilon"). It checks only keys:
// a document that is not valid JSON is left to the decoder's own error.
func CheckKeys(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return nil // not JSON: the decoder says why
		}
		top := (*frame)(nil)
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				stack = append(stack, &frame{object: d == '{', keys: map[string]bool{}, path: childPath(top)})
			default:
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if top == nil || !top.object || top.wantValue {
			if top != nil {
				top.wantValue, top.index = false, top.index+1
			}
			continue
		}
		key := tok.(string) // keys are strings
		if top.keys[key] {
			return fmt.Errorf("%w %q%s", ErrDuplicateKey, key, inPath(top.path))
		}
		top.keys[key], top.key, top.wantValue = true, key, true
	}
}

// frame is an object or array being read.
type frame struct {
	object    bool
	keys      map[string]bool
	key       string // object: the key whose value comes next
	index     int    // array: the index of the next element
	wantValue bool
	path      string
}

// childPath is the path of a value opened inside top.
func childPath(top *frame) string {
	if top == nil {
		return ""
	}
	var p string
	if top.object {
		p = join(top.path, top.key)
		top.wantValue = false
	} else {
		p = top.path + "[" + strconv.Itoa(top.index) + "]"
		top.index++
	}
	return p
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func inPath(path string) string {
	if path == "" {
		return ""
	}
	return " in " + strings.TrimPrefix(path, ".")
}
