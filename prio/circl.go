package prio

import (
	"fmt"

	"github.com/cloudflare/circl/vdaf/prio3/arith"
	"github.com/cloudflare/circl/vdaf/prio3/arith/fp128"
	"github.com/cloudflare/circl/vdaf/prio3/arith/fp64"
	"github.com/cloudflare/circl/vdaf/prio3/count"
	"github.com/cloudflare/circl/vdaf/prio3/histogram"
	"github.com/cloudflare/circl/vdaf/prio3/sum"
	"github.com/cloudflare/circl/vdaf/prio3/sumvec"
)

// The draft's fixed-size values, shared by every circuit.
type (
	Nonce       = sumvec.Nonce
	VerifyKey   = sumvec.VerifyKey
	publicShare = sumvec.PublicShare
	prepMessage = sumvec.PrepMessage
)

// vdaf is one of circl's circuits behind byte-level calls: the share types
// differ per circuit and field, the steps do not.
type vdaf interface {
	randSize() int
	publicLen() int
	shareLen(agg uint8) int
	prepShareLen() int
	shard(meas []uint64, nonce *Nonce, rnd []byte) (public []byte, shares [2][]byte, err error)
	prepInit(vk *VerifyKey, nonce *Nonce, agg uint8, public, share []byte) (prepState, []byte, error)
	decide(leader, helper []byte) (*prepMessage, error)
	zero(n int) elems
}

// prepState is a node's state between its prep share and the output share.
type prepState interface {
	next(msg *prepMessage) (elems, error)
}

// circlVDAF is the method set the four circl circuits share (P is circl's
// internal Params type, which is only ever inferred, never named).
type circlVDAF[M, P, IS, PST, PSH, OS any] interface {
	Params() P
	Shard(M, *Nonce, []byte) (publicShare, []IS, error)
	PrepInit(*VerifyKey, *Nonce, uint8, publicShare, IS) (*PST, *PSH, error)
	PrepSharesToPrep([]PSH) (*prepMessage, error)
	PrepNext(*PST, *prepMessage) (*OS, error)
}

type inputShare[IS, P any] interface {
	*IS
	New(*P, uint) *IS
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

type prepShare[PSH, P any] interface {
	*PSH
	New(*P) *PSH
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

type marshaler[T any] interface {
	*T
	MarshalBinary() ([]byte, error)
}

type params interface {
	RandSize() uint
	JointRandLength() uint
}

// seedSize is the draft's SEED_SIZE: a public share holds one joint
// randomness part of that size per aggregator when the circuit uses joint
// randomness, and nothing otherwise.
const seedSize = 32

// adapter runs one circl circuit; V, E, F are its field's vector, element
// and element-pointer types.
type adapter[M, IS, PST, PSH, OS any, V arith.Vec[V, E], E arith.Elt, F arith.Fp[E],
	PIS inputShare[IS, P], PPSH prepShare[PSH, P], POS marshaler[OS],
	T circlVDAF[M, P, IS, PST, PSH, OS], P any] struct {
	v       T
	p       P
	encode  func([]uint64) (M, error)
	outLen  int
	rand    int
	public  int
	shares  [2]int
	prepLen int
}

func newAdapter[M, IS, PST, PSH, OS any, V arith.Vec[V, E], E arith.Elt, F arith.Fp[E],
	PIS inputShare[IS, P], PPSH prepShare[PSH, P], POS marshaler[OS],
	T circlVDAF[M, P, IS, PST, PSH, OS], P any](v T, p P, outLen int, encode func([]uint64) (M, error)) (vdaf, error) {
	a := &adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]{v: v, p: p, encode: encode, outLen: outLen}
	pp := any(&a.p).(params)
	a.rand = int(pp.RandSize())
	if pp.JointRandLength() > 0 {
		a.public = 2 * seedSize
	}
	for agg := range 2 {
		b, err := PIS(PIS(new(IS)).New(&a.p, uint(agg))).MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("prio: sizing input share: %w", err)
		}
		a.shares[agg] = len(b)
	}
	b, err := PPSH(PPSH(new(PSH)).New(&a.p)).MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("prio: sizing prep share: %w", err)
	}
	a.prepLen = len(b)
	return a, nil
}

func (a *adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]) randSize() int { return a.rand }
func (a *adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]) publicLen() int {
	return a.public
}
func (a *adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]) shareLen(agg uint8) int {
	return a.shares[agg]
}
func (a *adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]) prepShareLen() int {
	return a.prepLen
}

func (a *adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]) zero(n int) elems {
	return &vec[V, E, F]{v: arith.NewVec[V](uint(n))}
}

func (a *adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]) shard(meas []uint64, nonce *Nonce, rnd []byte) ([]byte, [2][]byte, error) {
	var out [2][]byte
	m, err := a.encode(meas)
	if err != nil {
		return nil, out, err
	}
	public, shares, err := a.v.Shard(m, nonce, rnd)
	if err != nil {
		return nil, out, fmt.Errorf("%w: %w", ErrMeasurement, err)
	}
	for i := range out {
		if out[i], err = PIS(&shares[i]).MarshalBinary(); err != nil {
			return nil, out, fmt.Errorf("prio: encoding input share: %w", err)
		}
	}
	return public, out, nil
}

func (a *adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]) prepInit(vk *VerifyKey, nonce *Nonce, agg uint8, public, share []byte) (prepState, []byte, error) {
	is := PIS(PIS(new(IS)).New(&a.p, uint(agg)))
	if len(share) != a.shares[agg] || is.UnmarshalBinary(share) != nil {
		return nil, nil, fmt.Errorf("%w: input share is not %d canonical bytes", ErrMalformed, a.shares[agg])
	}
	if len(public) != a.public {
		return nil, nil, fmt.Errorf("%w: public share is %d bytes, want %d", ErrMalformed, len(public), a.public)
	}
	st, ps, err := a.v.PrepInit(vk, nonce, agg, publicShare(public), *is)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrInconsistent, err)
	}
	b, err := PPSH(ps).MarshalBinary()
	if err != nil {
		return nil, nil, fmt.Errorf("prio: encoding prep share: %w", err)
	}
	return &state[OS, V, E, F, POS]{next_: func(m *prepMessage) (*OS, error) { return a.v.PrepNext(st, m) }, outLen: a.outLen}, b, nil
}

func (a *adapter[M, IS, PST, PSH, OS, V, E, F, PIS, PPSH, POS, T, P]) decide(leader, helper []byte) (*prepMessage, error) {
	ps := make([]PSH, 2)
	for i, b := range [][]byte{leader, helper} {
		p := PPSH(PPSH(&ps[i]).New(&a.p))
		if len(b) != a.prepLen || p.UnmarshalBinary(b) != nil {
			return nil, fmt.Errorf("%w: prep share %d is not %d canonical bytes", ErrMalformed, i, a.prepLen)
		}
	}
	msg, err := a.v.PrepSharesToPrep(ps)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return msg, nil
}

// state holds PrepNext bound to the node's circl state.
type state[OS any, V arith.Vec[V, E], E arith.Elt, F arith.Fp[E], POS marshaler[OS]] struct {
	next_  func(*prepMessage) (*OS, error)
	outLen int
}

func (s *state[OS, V, E, F, POS]) next(msg *prepMessage) (elems, error) {
	out, err := s.next_(msg)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInconsistent, err)
	}
	b, err := POS(out).MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("prio: encoding output share: %w", err)
	}
	v := arith.NewVec[V](uint(s.outLen))
	if err := v.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("prio: decoding output share: %w", err)
	}
	return &vec[V, E, F]{v: v}, nil
}

// newVDAF builds circl's circuit for c, bound to the application context.
func newVDAF(c Circuit, context []byte) (vdaf, error) {
	if err := c.check(); err != nil {
		return nil, err
	}
	switch c.Kind {
	case Count:
		v, err := count.New(2, context)
		if err != nil {
			return nil, fmt.Errorf("prio: count: %w", err)
		}
		return newAdapter[bool, count.InputShare, count.PrepState, count.PrepShare, count.OutShare, fp64.Vec](v, v.Params(), 1, encodeBit)
	case Sum:
		v, err := sum.New(2, c.Max, context)
		if err != nil {
			return nil, fmt.Errorf("prio: sum: %w", err)
		}
		return newAdapter[uint64, sum.InputShare, sum.PrepState, sum.PrepShare, sum.OutShare, fp64.Vec](v, v.Params(), 1, encodeAtMost(c.Max))
	case SumVec:
		v, err := sumvec.New(2, uint(c.Length), uint(c.Bits), c.chunk(), context)
		if err != nil {
			return nil, fmt.Errorf("prio: sumvec: %w", err)
		}
		return newAdapter[[]uint64, sumvec.InputShare, sumvec.PrepState, sumvec.PrepShare, sumvec.OutShare, fp128.Vec](v, v.Params(), c.Length, encodeVector(c.Length, c.Bits))
	default:
		v, err := histogram.New(2, uint(c.Length), c.chunk(), context)
		if err != nil {
			return nil, fmt.Errorf("prio: histogram: %w", err)
		}
		return newAdapter[uint64, histogram.InputShare, histogram.PrepState, histogram.PrepShare, histogram.OutShare, fp128.Vec](v, v.Params(), c.Length, encodeAtMost(uint64(c.Length-1)))
	}
}
