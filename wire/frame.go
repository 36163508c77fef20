package wire

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/veil-market/veil/internal/binread"
)

// FrameKind says what a frame carries.
type FrameKind uint8

// Frame kinds.
const (
	KindHello   FrameKind = 1 // owner → aggregator: opens a job session
	KindData    FrameKind = 2 // a chunk of a message, either way
	KindReceipt FrameKind = 3 // aggregator → owner: a signed cumulative receipt
	KindError   FrameKind = 4 // either way: the peer refuses something; Payload is the reason
	KindBlob    FrameKind = 5 // a chunk of a blob upload or download
)

// Limits that hold for every frame, checked before anything is allocated.
const (
	MaxChunk      = 256 << 10 // payload bytes in one frame
	MaxStep       = 64        // bytes in a step name
	MaxSig        = 128       // bytes in a signature
	frameOverhead = 1 + 8 + 4 + 1 + MaxStep + 4 + 8 + 1 + 2 + MaxSig + 4
	// MaxFrame bounds one encoded frame.
	MaxFrame = MaxChunk + frameOverhead
)

// Frame is the unit on the wire. A message is one or more Data frames with the
// same (Round, Step): Seq counts from 0, Total (the whole message's size) is set on
// every chunk and must not change, every chunk but the last carries exactly
// MaxChunk bytes, and Last marks the final chunk, which also carries the sender's
// signature when the sender is an owner.
type Frame struct {
	Kind    FrameKind
	Job     uint64
	Round   uint32
	Step    string
	Seq     uint32
	Total   uint64
	Last    bool
	Sig     []byte
	Payload []byte

	pooled *[]byte // the receive buffer Payload lives in, when it came from frameBuffers
}

// ErrFrame means a frame does not decode; the error says which field is wrong.
var ErrFrame = errors.New("wire: malformed frame")

// MarshalBinary encodes f.
func (f *Frame) MarshalBinary() ([]byte, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	return f.appendTo(make([]byte, 0, f.encodedLen())), nil
}

// encodedLen is the size of f's encoding.
func (f *Frame) encodedLen() int {
	return 1 + 8 + 4 + 1 + len(f.Step) + 4 + 8 + 1 + 2 + len(f.Sig) + 4 + len(f.Payload)
}

// appendTo appends f's encoding to b; f must have passed check.
func (f *Frame) appendTo(b []byte) []byte {
	return append(f.appendHeader(b), f.Payload...)
}

// appendHeader appends f's encoding up to its payload bytes.
func (f *Frame) appendHeader(b []byte) []byte {
	b = append(b, byte(f.Kind))
	b = binary.BigEndian.AppendUint64(b, f.Job)
	b = binary.BigEndian.AppendUint32(b, f.Round)
	b = append(b, byte(len(f.Step)))
	b = append(b, f.Step...)
	b = binary.BigEndian.AppendUint32(b, f.Seq)
	b = binary.BigEndian.AppendUint64(b, f.Total)
	b = append(b, boolByte(f.Last))
	b = binary.BigEndian.AppendUint16(b, uint16(len(f.Sig)))
	b = append(b, f.Sig...)
	return binary.BigEndian.AppendUint32(b, uint32(len(f.Payload)))
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

func (f *Frame) check() error {
	switch {
	case f.Kind < KindHello || f.Kind > KindBlob:
		return fmt.Errorf("%w: unknown kind %d", ErrFrame, f.Kind)
	case len(f.Step) > MaxStep:
		return fmt.Errorf("%w: step name of %d bytes (max %d)", ErrFrame, len(f.Step), MaxStep)
	case !printable(f.Step):
		return fmt.Errorf("%w: step name is not printable ASCII", ErrFrame)
	case len(f.Sig) > MaxSig:
		return fmt.Errorf("%w: signature of %d bytes (max %d)", ErrFrame, len(f.Sig), MaxSig)
	case len(f.Payload) > MaxChunk:
		return fmt.Errorf("%w: chunk of %d bytes (max %d)", ErrFrame, len(f.Payload), MaxChunk)
	case uint64(len(f.Payload)) > f.Total && f.Kind == KindData:
		return fmt.Errorf("%w: chunk of %d bytes exceeds the declared total %d", ErrFrame, len(f.Payload), f.Total)
	}
	return nil
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// UnmarshalBinary decodes a frame, refusing anything out of range before
// allocating for it. The payload aliases b.
func (f *Frame) UnmarshalBinary(b []byte) error {
	if len(b) > MaxFrame {
		return fmt.Errorf("%w: %d bytes (max %d)", ErrFrame, len(b), MaxFrame)
	}
	r := binread.New(b, ErrFrame)
	f.Kind = FrameKind(r.U8("header"))
	f.Job = r.U64("header")
	f.Round = r.U32("header")
	f.Step = string(upTo(r, int(r.U8("header")), MaxStep, "step"))
	f.Seq = r.U32("header")
	f.Total = r.U64("header")
	last := r.U8("header")
	f.Sig = upTo(r, int(r.U16("header")), MaxSig, "signature")
	f.Payload = upTo(r, int(r.U32("header")), MaxChunk, "payload")
	if err := r.Done("the frame"); err != nil {
		return err
	}
	if last > 1 {
		return fmt.Errorf("%w: last flag is %d", ErrFrame, last)
	}
	f.Last = last == 1
	return f.check()
}

// peekHeader decodes the fields of an encoding's first bytes b, up to the
// payload's length, which it returns; ok is false if b is too short or a
// length is out of range. Nothing is checked beyond that.
func (f *Frame) peekHeader(b []byte) (payload int, ok bool) {
	r := binread.New(b, ErrFrame)
	f.Kind = FrameKind(r.U8("header"))
	f.Job = r.U64("header")
	f.Round = r.U32("header")
	upTo(r, int(r.U8("header")), MaxStep, "step")
	f.Seq = r.U32("header")
	f.Total = r.U64("header")
	r.U8("header")
	upTo(r, int(r.U16("header")), MaxSig, "signature")
	payload = int(r.U32("header"))
	return payload, r.Err() == nil
}

// upTo takes a field of n bytes, refusing n above max before reading it.
func upTo(r *binread.Reader, n, max int, what string) []byte {
	if n > max {
		r.Fail("%s of %d bytes (max %d)", what, n, max)
	}
	return r.Bytes(n, what)
}
