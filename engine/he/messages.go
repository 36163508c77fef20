package he

import (
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// Codec of the engine's messages between owners and the aggregator. Every
// decoder is strict: exact lengths, bounded counts, no trailing bytes, so a
// peer cannot make us allocate more than the job's declared message size
// and every accepted message has one encoding. The objects inside (keys,
// ciphertexts, shares) are decoded afterwards by the core's canonical codec.

// ErrAborted is wrapped by the error an owner returns when the aggregator
// aborted the round (the reason the aggregator gave follows it).
var ErrAborted = errors.New("he: the aggregator aborted the round")

const (
	replyAbort byte = 0
	replyOK    byte = 1

	maxReason = 512
	// maxSignedPayload bounds one object inside a message: a job's input
	// or key-switch share (maxCiphertexts ciphertexts at N = 2^14).
	maxSignedPayload = headerLen + maxCiphertexts*2*3*(1<<14)*8
)

// reply frames every aggregator-to-owner message after the announcement:
// either the body, or an abort with a printable reason so that owners stop
// at once instead of waiting for their deadline.
func reply(body []byte) []byte { return append([]byte{replyOK}, body...) }

func abortReply(reason string) []byte {
	return append([]byte{replyAbort}, printable(reason, maxReason)...)
}

// decodeReply returns the body of an OK reply, or an error wrapping
// ErrAborted with the aggregator's reason.
func decodeReply(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("he: %w: empty message", ErrMalformed)
	}
	switch b[0] {
	case replyOK:
		return b[1:], nil
	case replyAbort:
		if len(b)-1 > maxReason {
			return nil, fmt.Errorf("he: %w: abort reason of %d bytes", ErrMalformed, len(b)-1)
		}
		return nil, fmt.Errorf("%w: %s", ErrAborted, printable(string(b[1:]), maxReason))
	}
	return nil, fmt.Errorf("he: %w: reply status %d", ErrMalformed, b[0])
}

// printable keeps at most n bytes of s, with every byte outside printable
// ASCII replaced, so a peer's text cannot inject control sequences in logs.
func printable(s string, n int) string {
	if len(s) > n {
		s = s[:n]
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r > 0x7e {
			return '?'
		}
		return r
	}, s)
}

// reader walks a message; the first failure sticks and names the field.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = fmt.Errorf("he: %w: %s truncated (%d bytes left, need %d)", ErrMalformed, what, len(r.b), n)
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u8(what string) int {
	b := r.take(1, what)
	if b == nil {
		return 0
	}
	return int(b[0])
}

func (r *reader) u16(what string) int {
	b := r.take(2, what)
	if b == nil {
		return 0
	}
	return int(binary.BigEndian.Uint16(b))
}

func (r *reader) u32(what string) int {
	b := r.take(4, what)
	if b == nil {
		return 0
	}
	return int(binary.BigEndian.Uint32(b))
}

func (r *reader) digest(what string) [32]byte {
	var d [32]byte
	copy(d[:], r.take(32, what))
	return d
}

// end fails if bytes are left over.
func (r *reader) end(what string) error {
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("he: %w: %d trailing bytes after %s", ErrMalformed, len(r.b), what)
	}
	return r.err
}

// appendSigned encodes one signed object: owner (u8 length), signature
// (64 bytes), payload (u32 length).
func appendSigned(out []byte, s Signed) []byte {
	out = append(out, byte(len(s.Owner)))
	out = append(out, s.Owner...)
	out = append(out, s.Signature...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(s.Payload)))
	return append(out, s.Payload...)
}

func encodeSigned(s Signed) []byte { return appendSigned(nil, s) }

func (r *reader) signed() Signed {
	n := r.u8("owner length")
	if r.err == nil && (n == 0 || n > maxAddressLen) {
		r.err = fmt.Errorf("he: %w: owner name of %d bytes", ErrMalformed, n)
	}
	owner := string(r.take(n, "owner"))
	sig := r.take(ed25519.SignatureSize, "signature")
	size := r.u32("payload length")
	if r.err == nil && size > maxSignedPayload {
		r.err = fmt.Errorf("he: %w: object of %d bytes, limit %d", ErrMalformed, size, maxSignedPayload)
	}
	payload := r.take(size, "payload")
	return Signed{Owner: owner, Payload: payload, Signature: sig}
}

// decodeSigned parses one signed object; the payload aliases b.
func decodeSigned(b []byte) (Signed, error) {
	r := &reader{b: b}
	s := r.signed()
	return s, r.end("the signed object")
}

// encodeSignedList encodes a u16 count and the objects.
func encodeSignedList(list []Signed) []byte {
	out := binary.BigEndian.AppendUint16(nil, uint16(len(list)))
	for _, s := range list {
		out = appendSigned(out, s)
	}
	return out
}

func (r *reader) signedList() []Signed {
	n := r.u16("count")
	if r.err == nil && (n < 1 || n > MaxCommittee) {
		r.err = fmt.Errorf("he: %w: %d objects, want 1 to %d", ErrMalformed, n, MaxCommittee)
		return nil
	}
	out := make([]Signed, 0, n)
	for range n {
		out = append(out, r.signed())
	}
	return out
}

// decodeSignedList parses a list of 1 to MaxCommittee signed objects.
func decodeSignedList(b []byte) ([]Signed, error) {
	r := &reader{b: b}
	list := r.signedList()
	return list, r.end("the list")
}

// signedSize is the encoded size of a signed object with a payload of n
// bytes from an owner name of at most maxAddressLen bytes.
func signedSize(n int) int { return 1 + maxAddressLen + ed25519.SignatureSize + 4 + n }
