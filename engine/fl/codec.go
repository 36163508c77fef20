package fl

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/veil-market/veil/internal/binread"
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
	r := binread.New(b, errCodec)
	a := &announcement{Round: r.U32("round"), Skip: r.U8("skip") == 1, T: int(r.U16("threshold"))}
	np := int(r.U16("participant count"))
	if r.Err() == nil && np > owners {
		return nil, fmt.Errorf("%w: %d participants in a job of %d owners", errCodec, np, owners)
	}
	for range np {
		p := int(r.U16("participant"))
		if r.Err() == nil && p >= owners {
			return nil, fmt.Errorf("%w: participant %d out of range", errCodec, p)
		}
		a.Participants = append(a.Participants, p)
	}
	nh := int(r.U16("release count"))
	if r.Err() == nil && nh > rounds {
		return nil, fmt.Errorf("%w: %d releases for %d rounds", errCodec, nh, rounds)
	}
	for range nh {
		rel, err := readRelease(r, dim)
		if err != nil {
			return nil, err
		}
		a.History = append(a.History, rel)
	}
	return a, r.Done("the announcement")
}

// readRelease reads one release of dim values, checking that they are there
// before allocating for them.
func readRelease(r *binread.Reader, dim int) (release, error) {
	rel := release{Round: r.U32("release round"), Rows: r.U32("release rows")}
	n := int(r.U32("release length"))
	if r.Err() == nil && n != dim {
		return rel, fmt.Errorf("%w: a release of %d values, the model has %d", errCodec, n, dim)
	}
	if !r.Fits(n, 8, "release") {
		return rel, r.Err()
	}
	rel.Sum = make([]int64, n)
	for i := range rel.Sum {
		rel.Sum[i] = int64(r.U64("release value"))
	}
	return rel, r.Err()
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
	r := binread.New(b, errCodec)
	o := &outcome{Failed: r.U8("failed") == 1}
	if !o.Failed {
		rel, err := readRelease(r, dim)
		if err != nil {
			return nil, err
		}
		o.Release = rel
	}
	return o, r.Done("the outcome")
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
