package secagg

import (
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
)

// Every message starts with a fixed header:
//
//	magic "VSA1" | kind (1) | job id (32) | round (8, big-endian) | sender (4, big-endian)
//
// Client messages end with an Ed25519ctx signature (context signatureContext)
// over the SHA-256 of everything before it (sign.go). Integers are big-endian; lists of client indices
// are a 4-byte count followed by strictly increasing 4-byte indices.
const (
	magic        = "VSA1"
	headerLen    = 4 + 1 + 32 + 8 + 4
	signatureLen = ed25519.SignatureSize
	serverSender = 0xffffffff

	signatureContext = "veil/secagg/v2"
)

// Header is the routing part of a message, readable without any key.
type Header struct {
	Kind    Kind
	Session Session
	Sender  uint32 // client index, or 0xffffffff for the server
}

// ReadHeader parses the header of a message so a transport can route it.
// It checks nothing beyond the header's own form.
func ReadHeader(msg []byte) (Header, error) {
	if len(msg) < headerLen {
		return Header{}, fmt.Errorf("%w: %d bytes, shorter than the %d-byte header", ErrMalformed, len(msg), headerLen)
	}
	if string(msg[:4]) != magic {
		return Header{}, fmt.Errorf("%w: bad magic %q", ErrMalformed, msg[:4])
	}
	var h Header
	h.Kind = Kind(msg[4])
	copy(h.Session.JobID[:], msg[5:37])
	h.Session.Round = binary.BigEndian.Uint64(msg[37:45])
	h.Sender = binary.BigEndian.Uint32(msg[45:49])
	if st := h.Kind.Step(); st < StepAdvertiseKeys || st > StepOpening || (st == StepOpening && !h.Kind.FromServer()) {
		return Header{}, fmt.Errorf("%w: unknown message kind %#x", ErrMalformed, uint8(h.Kind))
	}
	return h, nil
}

func appendHeader(b []byte, h Header) []byte {
	b = append(b, magic...)
	b = append(b, byte(h.Kind))
	b = append(b, h.Session.JobID[:]...)
	b = binary.BigEndian.AppendUint64(b, h.Session.Round)
	return binary.BigEndian.AppendUint32(b, h.Sender)
}

var signOpts = &ed25519.Options{Context: signatureContext}

// sealClient appends the signature over msg (header and body).
func sealClient(msg []byte, key ed25519.PrivateKey) []byte {
	return append(msg, signMessage(key, msg)...)
}

// openClient checks a client message: header form, kind, session, sender
// range and signature, in that order, and returns the sender and the body.
// Every error names the claimed sender.
func openClient(msg []byte, want Kind, s Session, keys []ed25519.PublicKey) (int, []byte, error) {
	h, err := ReadHeader(msg)
	if err != nil {
		return 0, nil, err
	}
	if h.Sender >= uint32(len(keys)) {
		return 0, nil, fmt.Errorf("%w: sender index %d outside [0, %d)", ErrMalformed, h.Sender, len(keys))
	}
	peer := int(h.Sender)
	if h.Kind != want {
		return peer, nil, peerErr(peer, ErrWrongStep, "sent a %v message, expected %v", h.Kind, want)
	}
	if h.Session != s {
		return peer, nil, peerErr(peer, ErrSession, "message for job %x round %d, this is job %x round %d",
			h.Session.JobID[:4], h.Session.Round, s.JobID[:4], s.Round)
	}
	if len(msg) < headerLen+signatureLen {
		return peer, nil, peerErr(peer, ErrMalformed, "%v message of %d bytes has no room for a signature", want, len(msg))
	}
	signed, sig := msg[:len(msg)-signatureLen], msg[len(msg)-signatureLen:]
	if !verifyMessage(keys[peer], signed, sig) {
		return peer, nil, peerErr(peer, ErrBadSignature, "%v message", want)
	}
	return peer, signed[headerLen:], nil
}

// openServer checks a server message's header and returns its body.
func openServer(msg []byte, want Kind, s Session) ([]byte, error) {
	h, err := ReadHeader(msg)
	if err != nil {
		return nil, serverErr(ErrMalformed, "%v", err)
	}
	if h.Kind != want || h.Sender != serverSender {
		return nil, serverErr(ErrWrongStep, "sent a %v message from sender %d, expected %v", h.Kind, h.Sender, want)
	}
	if h.Session != s {
		return nil, serverErr(ErrSession, "message for job %x round %d, this is job %x round %d",
			h.Session.JobID[:4], h.Session.Round, s.JobID[:4], s.Round)
	}
	return msg[headerLen:], nil
}

// reader decodes a message body strictly: every read is bounds-checked,
// the first failure sticks, and done() refuses trailing bytes.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf(format, args...)
	}
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.fail("need %d bytes, %d left", n, len(r.b))
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u32() uint32 {
	b := r.take(4)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint32(b)
}

// count reads a list length and checks that the list can fit: at most max
// entries and at least entrySize bytes left per entry.
func (r *reader) count(max, entrySize int) int {
	c := r.u32()
	if r.err != nil {
		return 0
	}
	if uint64(c) > uint64(max) || uint64(c)*uint64(entrySize) > uint64(len(r.b)) {
		r.fail("list of %d entries does not fit (at most %d, %d bytes left)", c, max, len(r.b))
		return 0
	}
	return int(c)
}

// index reads a client index below n that is greater than prev.
func (r *reader) index(n, prev int) int {
	v := r.u32()
	if r.err != nil {
		return 0
	}
	if uint64(v) >= uint64(n) || int(v) <= prev {
		r.fail("index %d out of order or outside [0, %d)", v, n)
		return 0
	}
	return int(v)
}

func (r *reader) indexList(n int) []int {
	c := r.count(n, 4)
	out := make([]int, 0, c)
	prev := -1
	for range c {
		prev = r.index(n, prev)
		out = append(out, prev)
	}
	return out
}

func (r *reader) done() error {
	if r.err == nil && len(r.b) != 0 {
		r.fail("%d trailing bytes", len(r.b))
	}
	return r.err
}

func appendIndexList(b []byte, list []int) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(list)))
	for _, v := range list {
		b = binary.BigEndian.AppendUint32(b, uint32(v))
	}
	return b
}
