package fl

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Messages of the fl engine that are not secure aggregation's own. Encodings are
// big-endian and strict: every length is checked against the job's plan before
// anything is allocated.

// announcement starts a round: who takes part, the threshold and modulus, and
// every release so far (so that an owner that missed rounds catches up).
type announcement struct {
	Round        uint32
	Skip         bool // too few owners: the round is skipped
	T            int
	Participants []int // job owner indices, in secure-aggregation order
	History      []release
}

var errCodec = errors.New("fl: malformed message")

func (a *announcement) encode() []byte {
	b := binary.BigEndian.AppendUint32(nil, a.Round)
	b = append(b, boolByte(a.Skip))
	b = binary.BigEndian.AppendUint16(b, uint16(a.T))
	b = binary.BigEndian.AppendUint16(b, uint16(len(a.Participants)))
	for _, p := range a.Participants {
		b = binary.BigEndian.AppendUint16(b, uint16(p))
	}
	b = binary.BigEndian.AppendUint16(b, uint16(len(a.History)))
	for _, r := range a.History {
		b = r.append(b)
	}
	return b
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

func (r *release) append(b []byte) []byte {
	b = binary.BigEndian.AppendUint32(b, r.Round)
	b = binary.BigEndian.AppendUint32(b, r.Rows)
	b = binary.BigEndian.AppendUint32(b, uint32(len(r.Sum)))
	for _, v := range r.Sum {
		b = binary.BigEndian.AppendUint64(b, uint64(v))
	}
	return b
}

// decodeAnnouncement checks sizes against the job: owners indices < owners,
// every sum of dim values, at most rounds releases.
func decodeAnnouncement(b []byte, owners, dim, rounds int) (*announcement, error) {
	d := decoder{b: b}
	a := &announcement{Round: d.u32(), Skip: d.u8() == 1, T: int(d.u16())}
	np := int(d.u16())
	if np > owners {
		return nil, fmt.Errorf("%w: %d participants in a job of %d owners", errCodec, np, owners)
	}
	for range np {
		p := int(d.u16())
		if p >= owners {
			return nil, fmt.Errorf("%w: participant %d out of range", errCodec, p)
		}
		a.Participants = append(a.Participants, p)
	}
	nh := int(d.u16())
	if nh > rounds {
		return nil, fmt.Errorf("%w: %d releases for %d rounds", errCodec, nh, rounds)
	}
	for range nh {
		r, err := d.release(dim)
		if err != nil {
			return nil, err
		}
		a.History = append(a.History, r)
	}
	return a, d.done()
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) take(n int) []byte {
	if d.err == nil && n > len(d.b) {
		d.err = fmt.Errorf("%w: truncated", errCodec)
	}
	if d.err != nil {
		return make([]byte, n)
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) u8() uint8   { return d.take(1)[0] }
func (d *decoder) u16() uint16 { return binary.BigEndian.Uint16(d.take(2)) }
func (d *decoder) u32() uint32 { return binary.BigEndian.Uint32(d.take(4)) }
func (d *decoder) u64() uint64 { return binary.BigEndian.Uint64(d.take(8)) }

func (d *decoder) release(dim int) (release, error) {
	r := release{Round: d.u32(), Rows: d.u32()}
	n := int(d.u32())
	if d.err == nil && n != dim {
		return r, fmt.Errorf("%w: a release of %d values, the model has %d", errCodec, n, dim)
	}
	if d.err == nil && len(d.b) < 8*n {
		return r, fmt.Errorf("%w: truncated release", errCodec)
	}
	r.Sum = make([]int64, n)
	for i := range r.Sum {
		r.Sum[i] = int64(d.u64())
	}
	return r, d.err
}

func (d *decoder) done() error {
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", errCodec, len(d.b))
	}
	return nil
}

// outcome ends a round: its release, or that it failed.
type outcome struct {
	Failed  bool
	Release release
}

func (o *outcome) encode() []byte {
	if o.Failed {
		return []byte{1}
	}
	return o.Release.append([]byte{0})
}

func decodeOutcome(b []byte, dim int) (*outcome, error) {
	d := decoder{b: b}
	o := &outcome{Failed: d.u8() == 1}
	if !o.Failed {
		r, err := d.release(dim)
		if err != nil {
			return nil, err
		}
		o.Release = r
	}
	return o, d.done()
}

// plainVector is an owner's noisy integer vector in the unmasked benchmark mode.
func encodeInts(v []int64) []byte {
	b := make([]byte, 0, 8*len(v))
	for _, x := range v {
		b = binary.BigEndian.AppendUint64(b, uint64(x))
	}
	return b
}

func decodeInts(b []byte, dim int) ([]int64, error) {
	if len(b) != 8*dim {
		return nil, fmt.Errorf("%w: %d bytes for %d values", errCodec, len(b), dim)
	}
	out := make([]int64, dim)
	for i := range out {
		out[i] = int64(binary.BigEndian.Uint64(b[8*i:]))
	}
	return out, nil
}
