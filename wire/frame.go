package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
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
	r := reader{b: b}
	f.Kind = FrameKind(r.u8())
	f.Job = r.u64()
	f.Round = r.u32()
	f.Step = string(r.bytes(int(r.u8()), MaxStep, "step"))
	f.Seq = r.u32()
	f.Total = r.u64()
	last := r.u8()
	f.Sig = r.bytes(int(r.u16()), MaxSig, "signature")
	f.Payload = r.bytes(int(r.u32()), MaxChunk, "payload")
	if r.err != nil {
		return r.err
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrFrame, len(r.b))
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
	r := reader{b: b}
	f.Kind = FrameKind(r.u8())
	f.Job = r.u64()
	f.Round = r.u32()
	r.bytes(int(r.u8()), MaxStep, "step")
	f.Seq = r.u32()
	f.Total = r.u64()
	r.u8()
	r.bytes(int(r.u16()), MaxSig, "signature")
	payload = int(r.u32())
	return payload, r.err == nil
}

// reader consumes big-endian fields and remembers the first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int, what string) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.b) {
		r.err = fmt.Errorf("%w: truncated %s", ErrFrame, what)
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) u8() uint8 {
	if v := r.take(1, "header"); v != nil {
		return v[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if v := r.take(2, "header"); v != nil {
		return binary.BigEndian.Uint16(v)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if v := r.take(4, "header"); v != nil {
		return binary.BigEndian.Uint32(v)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if v := r.take(8, "header"); v != nil {
		return binary.BigEndian.Uint64(v)
	}
	return 0
}

func (r *reader) bytes(n, max int, what string) []byte {
	if r.err == nil && n > max {
		r.err = fmt.Errorf("%w: %s of %d bytes (max %d)", ErrFrame, what, n, max)
	}
	return r.take(n, what)
}
