package wire

import (
	"fmt"

	"google.golang.org/grpc/encoding"
)

// codecName is the gRPC content subtype of Veil frames ("application/grpc+veil").
const codecName = "veil"

// frameCodec lets gRPC carry Frames in Veil's own binary encoding instead of
// protobuf: one strict, fuzzed parser, no generated code (docs/wire.md).
type frameCodec struct{}

func (frameCodec) Name() string { return codecName }

func (frameCodec) Marshal(v any) ([]byte, error) {
	f, ok := v.(*Frame)
	if !ok {
		return nil, fmt.Errorf("wire: cannot encode %T", v)
	}
	return f.MarshalBinary()
}

func (frameCodec) Unmarshal(data []byte, v any) error {
	f, ok := v.(*Frame)
	if !ok {
		return fmt.Errorf("wire: cannot decode into %T", v)
	}
	// The payload must outlive gRPC's receive buffer.
	return f.UnmarshalBinary(append([]byte(nil), data...))
}

func init() { encoding.RegisterCodec(frameCodec{}) }
