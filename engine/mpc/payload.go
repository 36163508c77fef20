package mpc

import (
	"errors"
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// The payload every owner builds and confirms, and the buyer decodes:
//
//	"VMP1" | job binding (32) | lead's signed commitment (u16 length) | helper's (u16 length)
//	| lead's sealed release (u32 length) | helper's sealed release (u32 length; empty in psi)
//
// A node's commitment holds the SHA-256 of its sealed release, so the
// confirmed hash binds what the buyer decrypts.
const (
	payloadMagic  = "VMP1"
	maxSealedSize = 16 << 20
)

type payload struct {
	job         [32]byte
	commitments [2][]byte
	sealed      [2][]byte
}

func (p *payload) encode() []byte {
	var b cryptobyte.Builder
	b.AddBytes([]byte(payloadMagic))
	b.AddBytes(p.job[:])
	for _, c := range p.commitments {
		b.AddUint16LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes(c) })
	}
	for _, s := range p.sealed {
		b.AddUint32(uint32(len(s)))
		b.AddBytes(s)
	}
	return b.BytesOrPanic()
}

// ErrPayload marks a payload that does not decode.
var ErrPayload = errors.New("mpc: malformed payload")

func parsePayload(msg []byte) (*payload, error) {
	in := cryptobyte.String(msg)
	var magic, job []byte
	p := &payload{}
	if !in.ReadBytes(&magic, 4) || string(magic) != payloadMagic || !in.ReadBytes(&job, 32) {
		return nil, fmt.Errorf("%w: header", ErrPayload)
	}
	copy(p.job[:], job)
	for i := range p.commitments {
		var c cryptobyte.String
		if !in.ReadUint16LengthPrefixed(&c) {
			return nil, fmt.Errorf("%w: commitment %d", ErrPayload, i)
		}
		p.commitments[i] = c
	}
	for i := range p.sealed {
		var n uint32
		if !in.ReadUint32(&n) || n > maxSealedSize || !in.ReadBytes(&p.sealed[i], int(n)) {
			return nil, fmt.Errorf("%w: sealed release %d", ErrPayload, i)
		}
	}
	if !in.Empty() {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrPayload, len(in))
	}
	return p, nil
}
