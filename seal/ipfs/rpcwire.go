package ipfs

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// The kubo RPC API's wire format (go-ipfs-cmds): every command is a POST;
// a command that emits values streams them as JSON objects, one per line
// (header X-Chunked-Output: 1); a command that emits bytes streams them raw
// (X-Stream-Output: 1). An error before the first value is a non-200 status
// with a JSON body {"Message","Code","Type":"error"}; an error after it is
// the X-Stream-Error trailer.

// maxErrorBody caps what is read of an error response.
const maxErrorBody = 64 << 10

// maxEventLine caps one JSON line of a streamed response.
const maxEventLine = 64 << 10

// maxAddEvents caps the number of lines an add response may stream (one
// per file, plus progress lines; Put sends one file with progress off).
const maxAddEvents = 1 << 16

// addEvent is one line of /api/v0/add's response (kubo core/commands.AddEvent).
type addEvent struct {
	Name  string
	Hash  string `json:",omitempty"`
	Bytes int64  `json:",omitempty"`
	Size  string `json:",omitempty"`
}

// rpcError is go-ipfs-cmds' error value.
type rpcError struct {
	Message string
	Code    int
	Type    string
}

// decodeAddEvents reads an add response body and returns the event naming
// the root of the file called name. Lines that are not JSON objects, unknown
// fields' types, and oversized lines are refused.
func decodeAddEvents(body io.Reader, name string) (addEvent, error) {
	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 4096), maxEventLine)
	var root addEvent
	found := false
	for lines := 0; sc.Scan(); lines++ {
		if lines >= maxAddEvents {
			return addEvent{}, fmt.Errorf("%w: add response has more than %d lines", ErrTooLarge, maxAddEvents)
		}
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var ev addEvent
		if err := json.Unmarshal(line, &ev); err != nil {
			return addEvent{}, fmt.Errorf("%w: add response line %d: %v", ErrRPC, lines+1, err)
		}
		if ev.Hash != "" && ev.Name == name {
			root, found = ev, true
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return addEvent{}, fmt.Errorf("%w: add response line over %d bytes", ErrTooLarge, maxEventLine)
		}
		return addEvent{}, fmt.Errorf("ipfs: reading add response: %w", err)
	}
	if !found {
		return addEvent{}, fmt.Errorf("%w: add response names no CID for %q", ErrRPC, name)
	}
	return root, nil
}

// decodeErrorBody turns a non-200 response body into an error message: the
// Message of a go-ipfs-cmds error, else the text itself (a 404 or 405 from
// the HTTP layer), cleaned of control characters and shortened.
func decodeErrorBody(body []byte) string {
	var e rpcError
	if err := json.Unmarshal(body, &e); err == nil && e.Type == "error" {
		return printable(e.Message)
	}
	return printable(string(body))
}

// printable keeps a remote message safe to print: no control or escape
// characters, at most 300 characters.
func printable(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == unicode.ReplacementChar {
			return ' '
		}
		return r
	}, strings.TrimSpace(s))
	if r := []rune(s); len(r) > 300 {
		s = string(r[:300]) + "…"
	}
	if s == "" {
		return "(empty response)"
	}
	return s
}
