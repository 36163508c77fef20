// Package binread reads the big-endian binary messages peers send: every read
// is bounds-checked, the first failure sticks (later reads return zero values
// and nothing) and names the field, a declared count is checked against the
// bytes left before anything is allocated for it, and Done refuses trailing
// bytes. It is the one reader of every hand-written codec of the module
// (wire's frames, secagg's messages, the engines' messages), so that a peer's
// bytes meet the same checks everywhere.
//
// A Reader never allocates: Bytes returns a sub-slice of the message (its
// capacity clipped, so an append cannot overwrite what follows). Callers copy
// what they keep beyond the message's life.
package binread

import (
	"encoding/binary"
	"fmt"
)

// Reader walks one message. Its zero value reads an empty message.
type Reader struct {
	b         []byte
	err       error
	malformed error
}

// New reads b. Every failure wraps malformed (the caller's sentinel, which
// carries its package prefix: "wire: malformed frame"); nil wraps nothing.
func New(b []byte, malformed error) *Reader { return &Reader{b: b, malformed: malformed} }

// Err is the first failure, nil if none.
func (r *Reader) Err() error { return r.err }

// Len is how many bytes are left.
func (r *Reader) Len() int { return len(r.b) }

// Fail records a failure unless one is recorded already.
func (r *Reader) Fail(format string, args ...any) {
	if r.err != nil {
		return
	}
	if r.malformed == nil {
		r.err = fmt.Errorf(format, args...)
		return
	}
	r.err = fmt.Errorf("%w: %s", r.malformed, fmt.Sprintf(format, args...))
}

// Bytes takes the next n bytes: nil, and a failure naming what, when fewer are
// left (or n is negative).
func (r *Reader) Bytes(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.Fail("truncated %s (%d bytes left, need %d)", what, len(r.b), n)
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

// Rest takes every byte left.
func (r *Reader) Rest() []byte { return r.Bytes(len(r.b), "rest") }

// U8 reads one byte.
func (r *Reader) U8(what string) uint8 {
	if b := r.Bytes(1, what); b != nil {
		return b[0]
	}
	return 0
}

// U16 reads a big-endian uint16.
func (r *Reader) U16(what string) uint16 {
	if b := r.Bytes(2, what); b != nil {
		return binary.BigEndian.Uint16(b)
	}
	return 0
}

// U32 reads a big-endian uint32.
func (r *Reader) U32(what string) uint32 {
	if b := r.Bytes(4, what); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

// U64 reads a big-endian uint64.
func (r *Reader) U64(what string) uint64 {
	if b := r.Bytes(8, what); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

// Digest reads 32 bytes.
func (r *Reader) Digest(what string) [32]byte {
	var d [32]byte
	copy(d[:], r.Bytes(32, what))
	return d
}

// Fits checks that count entries of entrySize bytes each can be in what is
// left, before the caller allocates for them.
func (r *Reader) Fits(count, entrySize int, what string) bool {
	if r.err != nil {
		return false
	}
	if count < 0 || entrySize < 0 || uint64(count)*uint64(entrySize) > uint64(len(r.b)) {
		r.Fail("%s of %d entries does not fit (%d bytes left)", what, count, len(r.b))
		return false
	}
	return true
}

// Count reads a uint32 list length and checks that the list can be there:
// at most max entries, each of at least entrySize bytes in what is left. It
// returns 0 on failure, so a caller's loop and allocation stay empty.
func (r *Reader) Count(max, entrySize int, what string) int {
	c := r.U32(what)
	if r.err != nil {
		return 0
	}
	if uint64(c) > uint64(max) {
		r.Fail("%s of %d entries (at most %d)", what, c, max)
		return 0
	}
	if !r.Fits(int(c), entrySize, what) {
		return 0
	}
	return int(c)
}

// Done is the first failure, or a failure if bytes are left after what.
func (r *Reader) Done(what string) error {
	if r.err == nil && len(r.b) != 0 {
		r.Fail("%d trailing bytes after %s", len(r.b), what)
	}
	return r.err
}
