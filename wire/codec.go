package wire

import (
	"bytes"
	"fmt"
	"sync"

	"google.golang.org/grpc/encoding"
	"google.golang.org/grpc/mem"
)

// codecName is the gRPC content subtype of Veil frames ("application/grpc+veil").
const codecName = "veil"

// frameCodec lets gRPC carry Frames in Veil's own binary encoding instead of
// protobuf: one strict, fuzzed parser, no generated code (docs/wire.md). It
// speaks gRPC's buffer-slice interface so that a frame is copied once on each
// side: encoded into a pooled buffer that gRPC frees once written, and decoded
// from gRPC's receive buffers into one slice that the frame then owns.
type frameCodec struct{}

func (frameCodec) Name() string { return codecName }

func (frameCodec) Marshal(v any) (mem.BufferSlice, error) {
	f, ok := v.(*Frame)
	if !ok {
		return nil, fmt.Errorf("wire: cannot encode %T", v)
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	if f.Kind == KindData && len(f.Payload) >= zeroCopyMin {
		// The header alone is encoded; the payload goes out as it is. The
		// sender's payload must not change until gRPC has written it
		// (OwnerRound.Send and ComputeRound.Send say so).
		hdr := f.appendHeader(make([]byte, 0, f.encodedLen()-len(f.Payload)))
		return mem.BufferSlice{mem.SliceBuffer(hdr), mem.SliceBuffer(f.Payload)}, nil
	}
	n := f.encodedLen()
	if mem.IsBelowBufferPoolingThreshold(n) {
		return mem.BufferSlice{mem.SliceBuffer(f.appendTo(make([]byte, 0, n)))}, nil
	}
	var pool mem.BufferPool = framePool{}
	if n < MaxChunk {
		pool = mem.DefaultBufferPool()
	}
	buf := pool.Get(n)
	*buf = f.appendTo((*buf)[:0])
	return mem.BufferSlice{mem.NewBuffer(buf, pool)}, nil
}

func (frameCodec) Unmarshal(data mem.BufferSlice, v any) error {
	f, ok := v.(*Frame)
	if !ok {
		return fmt.Errorf("wire: cannot decode into %T", v)
	}
	if n := data.Len(); n > MaxFrame {
		return fmt.Errorf("%w: %d bytes (max %d)", ErrFrame, n, MaxFrame)
	}
	// gRPC frees data on return: the frame's payload must live in memory of its
	// own. A chunk that is a whole message, or a small one, gets a new slice of
	// its own (bytes.Join copies without first zeroing it), which the message
	// then keeps as it is. Other full chunks go into pooled buffers that the
	// inbox recycles once it has copied them into their message.
	if data.Len() < MaxChunk || wholeMessage(data) {
		parts := make([][]byte, len(data))
		for i, b := range data {
			parts[i] = b.ReadOnlyData()
		}
		return f.UnmarshalBinary(bytes.Join(parts, nil))
	}
	buf := frameBuffers.Get().(*[]byte)
	*buf = (*buf)[:data.Len()]
	data.CopyTo(*buf)
	if err := f.UnmarshalBinary(*buf); err != nil {
		frameBuffers.Put(buf)
		return err
	}
	f.pooled = buf
	return nil
}

// wholeMessage reports whether data encodes the first data chunk of a message
// that holds all of the message's bytes (read from its header; the frame is
// checked in full when decoded).
func wholeMessage(data mem.BufferSlice) bool {
	var hdr [frameOverhead]byte
	n := 0
	for _, b := range data {
		if n += copy(hdr[n:], b.ReadOnlyData()); n == len(hdr) {
			break
		}
	}
	var f Frame
	payload, ok := f.peekHeader(hdr[:n])
	return ok && f.Kind == KindData && f.Seq == 0 && uint64(payload) == f.Total
}

// zeroCopyMin is the payload size from which a data frame's payload is
// handed to gRPC without being copied into the encoding.
const zeroCopyMin = 64 << 10

// release recycles f's receive buffer, if pooled; f's byte fields are unusable
// afterwards.
func (f *Frame) release() {
	if f.pooled != nil {
		frameBuffers.Put(f.pooled)
		f.pooled, f.Payload, f.Sig = nil, nil, nil
	}
}

// frameBuffers recycles the buffers of full chunks, sent or received.
var frameBuffers = sync.Pool{New: func() any {
	b := make([]byte, 0, MaxFrame)
	return &b
}}

// framePool lends gRPC frameBuffers to encode full chunks into. Unlike gRPC's
// default pool it does not clear a buffer it hands out: the encoding overwrites
// every byte of it.
type framePool struct{}

func (framePool) Get(n int) *[]byte {
	b := frameBuffers.Get().(*[]byte)
	*b = (*b)[:n]
	return b
}

func (framePool) Put(b *[]byte) { frameBuffers.Put(b) }

func init() { encoding.RegisterCodecV2(frameCodec{}) }
