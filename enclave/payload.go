package enclave

import (
	"errors"
	"fmt"
	"math"

	"golang.org/x/crypto/cryptobyte"

	"github.com/veil-market/veil/release"
)

// payloadMagic starts an encoded result: "VTR1", Veil TEE releases, v1.
const payloadMagic = "VTR1"

// MaxPayload bounds an encoded result (MaxReleases × MaxDim numbers, and names).
const MaxPayload = 64 << 20

var mechanismIDs = []string{release.Count, release.Sum, release.Histogram, release.Vector}

// ErrPayload is wrapped by every decoding error.
var ErrPayload = errors.New("enclave: malformed result payload")

// EncodePayload writes releases in a form whose length depends only on the
// plan: names, repetitions, mechanisms, widths and flags come from the plan
// (or from data-independent events), and every number takes 8 bytes.
func EncodePayload(rs []release.Released) ([]byte, error) {
	var b cryptobyte.Builder
	b.AddBytes([]byte(payloadMagic))
	b.AddUint32(uint32(len(rs)))
	for _, r := range rs {
		id := mechanismID(r.Mechanism)
		if id < 0 || len(r.Name) > 64 {
			return nil, fmt.Errorf("enclave: release %q cannot be encoded", r.Name)
		}
		b.AddUint8LengthPrefixed(func(b *cryptobyte.Builder) { b.AddBytes([]byte(r.Name)) })
		b.AddUint32(uint32(r.Rep))
		b.AddUint8(uint8(id))
		b.AddUint8(boolByte(r.Default))
		b.AddUint64(math.Float64bits(r.NoiseScale))
		b.AddUint64(math.Float64bits(r.Epsilon))
		b.AddUint32(uint32(len(r.Values)))
		for _, v := range r.Values {
			b.AddUint64(math.Float64bits(v))
		}
	}
	return b.Bytes()
}

func mechanismID(m string) int {
	for i, x := range mechanismIDs {
		if x == m {
			return i
		}
	}
	return -1
}

func boolByte(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// DecodePayload reads an encoded result, refusing anything malformed before
// allocating for it.
func DecodePayload(p []byte) ([]release.Released, error) {
	if len(p) > MaxPayload {
		return nil, fmt.Errorf("%w: %d bytes", ErrPayload, len(p))
	}
	s := cryptobyte.String(p)
	var magic []byte
	var n uint32
	if !s.ReadBytes(&magic, 4) || string(magic) != payloadMagic || !s.ReadUint32(&n) || uint64(n)*27 > uint64(len(s)) {
		return nil, fmt.Errorf("%w: bad header", ErrPayload)
	}
	out := make([]release.Released, 0, n)
	for i := uint32(0); i < n; i++ {
		r, err := readRelease(&s)
		if err != nil {
			return nil, fmt.Errorf("%w: release %d: %v", ErrPayload, i, err)
		}
		out = append(out, r)
	}
	if !s.Empty() {
		return nil, fmt.Errorf("%w: %d bytes after the last release", ErrPayload, len(s))
	}
	return out, nil
}

func readRelease(s *cryptobyte.String) (release.Released, error) {
	var r release.Released
	var name cryptobyte.String
	var rep, width uint32
	var mech, def uint8
	var noise, eps uint64
	if !s.ReadUint8LengthPrefixed(&name) || !s.ReadUint32(&rep) || !s.ReadUint8(&mech) || !s.ReadUint8(&def) ||
		!s.ReadUint64(&noise) || !s.ReadUint64(&eps) || !s.ReadUint32(&width) {
		return r, errors.New("truncated")
	}
	if len(name) > 64 || int(mech) >= len(mechanismIDs) || def > 1 || uint64(width)*8 > uint64(len(*s)) {
		return r, errors.New("bad name, mechanism, flag or width")
	}
	r = release.Released{Name: string(name), Rep: int(rep), Mechanism: mechanismIDs[mech], Default: def == 1,
		NoiseScale: math.Float64frombits(noise), Epsilon: math.Float64frombits(eps), Values: make([]float64, width)}
	for i := range r.Values {
		var v uint64
		s.ReadUint64(&v)
		r.Values[i] = math.Float64frombits(v)
	}
	return r, nil
}
