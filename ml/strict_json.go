package ml

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// checkStrictJSON walks data token by token and refuses what encoding/json
// would quietly accept: a key that differs from a known one only by case (or
// is unknown), a key repeated in one object, a null, and anything after the
// first value. Struct decoding then checks where each key belongs.
func checkStrictJSON(data []byte, known map[string]bool) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	w := jsonWalker{known: known}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		if err := w.visit(tok); err != nil {
			return err
		}
	}
	if w.values != 1 {
		return fmt.Errorf("want exactly one JSON value, got %d", w.values)
	}
	return nil
}

type jsonFrame struct {
	object  bool
	wantKey bool
	keys    map[string]bool
}

type jsonWalker struct {
	known  map[string]bool
	stack  []*jsonFrame
	values int // complete top-level values seen
}

func (w *jsonWalker) visit(tok json.Token) error {
	if top := w.top(); top != nil && top.object && top.wantKey {
		if tok == json.Delim('}') {
			w.pop()
			return nil
		}
		k, ok := tok.(string)
		if !ok {
			return fmt.Errorf("object key %v is not a string", tok)
		}
		return w.key(top, k)
	}
	switch tok {
	case json.Delim('{'):
		w.stack = append(w.stack, &jsonFrame{object: true, wantKey: true, keys: map[string]bool{}})
	case json.Delim('['):
		w.stack = append(w.stack, &jsonFrame{})
	case json.Delim(']'):
		w.pop()
	case nil:
		return errors.New("null is not allowed")
	default:
		w.valueDone()
	}
	return nil
}

func (w *jsonWalker) key(top *jsonFrame, k string) error {
	if !w.known[k] {
		return fmt.Errorf("unknown field %q", k)
	}
	if top.keys[k] {
		return fmt.Errorf("field %q appears twice", k)
	}
	top.keys[k] = true
	top.wantKey = false
	return nil
}

func (w *jsonWalker) top() *jsonFrame {
	if len(w.stack) == 0 {
		return nil
	}
	return w.stack[len(w.stack)-1]
}

func (w *jsonWalker) pop() {
	w.stack = w.stack[:len(w.stack)-1]
	w.valueDone()
}

// valueDone records that a value ended: an enclosing object now wants a key.
func (w *jsonWalker) valueDone() {
	top := w.top()
	switch {
	case top == nil:
		w.values++
	case top.object:
		top.wantKey = true
	}
}
