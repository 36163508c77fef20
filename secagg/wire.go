package secagg

import (
	"crypto/ed25519"
	"encoding/binary"
	"fmt"

	"github.com/veil-market/veil/internal/binread"
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

	signatureContext = "veil/secagg/v3" // v3: masks read the keystream as packed k-bit lanes (mask.go)
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

// reader is binread's reader (every read bounds-checked, the first failure
// sticks, a declared count checked before allocating) with secagg's lists of
// client indices. Callers wrap its failures (ErrMalformed, naming the peer).
type reader struct{ *binread.Reader }

func newReader(body []byte) reader { return reader{binread.New(body, nil)} }

// index reads a client index below n that is greater than prev.
func (r reader) index(n, prev int) int {
	v := r.U32("client index")
	if r.Err() != nil {
		return 0
	}
	if uint64(v) >= uint64(n) || int(v) <= prev {
		r.Fail("index %d out of order or outside [0, %d)", v, n)
		return 0
	}
	return int(v)
}

func (r reader) indexList(n int) []int {
	c := r.Count(n, 4, "list of client indices")
	out := make([]int, 0, c)
	prev := -1
	for range c {
		prev = r.index(n, prev)
		out = append(out, prev)
	}
	return out
}

func appendIndexList(b []byte, list []int) []byte {
	b = binary.BigEndian.AppendUint32(b, uint32(len(list)))
	for _, v := range list {
		b = binary.BigEndian.AppendUint32(b, uint32(v))
	}
	return b
}
