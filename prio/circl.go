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
	accumulator() accumulator
	zero(n int) elems
}

// prepState is a node's state for one report, from its prep share to its
// output share.
type prepState interface {
	// decide combines this node's prep share with the other node's and
	// checks the proof.
	decide(peer []byte) (*prepMessage, error)
	// next finishes preparation with the combined message.
	next(msg *prepMessage) error
	// output is the output share as a field vector (after next).
	output() elems
}

// accumulator sums output shares with circl's AggregateUpdate.
type accumulator interface {
	add(prepState)
	result() elems
}

// circlVDAF is the method set the four circl circuits share (P is circl's
// internal Params type, which is only ever inferred, never named).
type circlVDAF[M, P, IS, PST, PSH, OS, AS any] interface {
	Params() P
	Shard(M, *Nonce, []byte) (publicShare, []IS, error)
	PrepInit(*VerifyKey, *Nonce, uint8, publicShare, IS) (*PST, *PSH, error)
	PrepSharesToPrep([]PSH) (*prepMessage, error)
	PrepNext(*PST, *prepMessage) (*OS, error)
	AggregateInit() AS
	AggregateUpdate(*AS, *OS)
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
type adapter[M, IS, PST, PSH, OS, AS any, V arith.Vec[V, E], E arith.Elt, F arith.Fp[E],
	PIS inputShare[IS, P], PPSH prepShare[PSH, P], POS marshaler[OS], PAS marshaler[AS],
	T circlVDAF[M, P, IS, PST, PSH, OS, AS], P any] struct {
	v       T
	p       P
	encode  func([]uint64) (M, error)
	outLen  int
	rand    int
	public  int
	shares  [2]int
	prepLen int
}

func newAdapter[M, IS, PST, PSH, OS, AS any, V arith.Vec[V, E], E arith.Elt, F arith.Fp[E],
	PIS inputShare[IS, P], PPSH prepShare[PSH, P], POS marshaler[OS], PAS marshaler[AS],
	T circlVDAF[M, P, IS, PST, PSH, OS, AS], P any](v T, p P, outLen int, encode func([]uint64) (M, error)) (vdaf, error) {
	a := &adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]{v: v, p: p, encode: encode, outLen: outLen}
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

func (a *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) randSize() int {
	return a.rand
}
func (a *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) publicLen() int {
	return a.public
}
func (a *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) shareLen(agg uint8) int {
	return a.shares[agg]
}
func (a *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) prepShareLen() int {
	return a.prepLen
}

func (a *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) zero(n int) elems {
	return &vec[V, E, F]{v: arith.NewVec[V](uint(n))}
}

func (a *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) shard(meas []uint64, nonce *Nonce, rnd []byte) ([]byte, [2][]byte, error) {
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

func (a *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) prepInit(vk *VerifyKey, nonce *Nonce, agg uint8, public, share []byte) (prepState, []byte, error) {
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
	return &state[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]{a: a, agg: agg, st: st, own: ps}, b, nil
}

// state is one report at one node.
type state[M, IS, PST, PSH, OS, AS any, V arith.Vec[V, E], E arith.Elt, F arith.Fp[E],
	PIS inputShare[IS, P], PPSH prepShare[PSH, P], POS marshaler[OS], PAS marshaler[AS],
	T circlVDAF[M, P, IS, PST, PSH, OS, AS], P any] struct {
	a   *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]
	agg uint8
	st  *PST
	own *PSH
	out *OS
}

func (s *state[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) decide(peer []byte) (*prepMessage, error) {
	ps := make([]PSH, 2)
	ps[s.agg] = *s.own
	theirs := PPSH(PPSH(&ps[1-s.agg]).New(&s.a.p))
	if len(peer) != s.a.prepLen || theirs.UnmarshalBinary(peer) != nil {
		return nil, fmt.Errorf("%w: the other node's prep share is not %d canonical bytes", ErrMalformed, s.a.prepLen)
	}
	msg, err := s.a.v.PrepSharesToPrep(ps)
	s.own = nil // combined: not needed again
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return msg, nil
}

func (s *state[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) next(msg *prepMessage) error {
	out, err := s.a.v.PrepNext(s.st, msg)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInconsistent, err)
	}
	s.out = out
	return nil
}

func (s *state[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) output() elems {
	b, err := POS(s.out).MarshalBinary()
	v := arith.NewVec[V](uint(s.a.outLen))
	if err != nil || v.UnmarshalBinary(b) != nil {
		panic("prio: circl's output share does not round-trip") // our invariant, not input
	}
	return &vec[V, E, F]{v: v}
}

// sum accumulates output shares in circl's aggregate share.
type summer[M, IS, PST, PSH, OS, AS any, V arith.Vec[V, E], E arith.Elt, F arith.Fp[E],
	PIS inputShare[IS, P], PPSH prepShare[PSH, P], POS marshaler[OS], PAS marshaler[AS],
	T circlVDAF[M, P, IS, PST, PSH, OS, AS], P any] struct {
	a  *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]
	as AS
}

func (a *adapter[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) accumulator() accumulator {
	return &summer[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]{a: a, as: a.v.AggregateInit()}
}

func (s *summer[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) add(st prepState) {
	s.a.v.AggregateUpdate(&s.as, st.(*state[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]).out)
}

func (s *summer[M, IS, PST, PSH, OS, AS, V, E, F, PIS, PPSH, POS, PAS, T, P]) result() elems {
	b, err := PAS(&s.as).MarshalBinary()
	v := arith.NewVec[V](uint(s.a.outLen))
	if err != nil || v.UnmarshalBinary(b) != nil {
		panic("prio: circl's aggregate share does not round-trip") // our invariant, not input
	}
	return &vec[V, E, F]{v: v}
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
		return newAdapter[bool, count.InputShare, count.PrepState, count.PrepShare, count.OutShare, count.AggShare, fp64.Vec](v, v.Params(), 1, encodeBit)
	case Sum:
		v, err := sum.New(2, c.Max, context)
		if err != nil {
			return nil, fmt.Errorf("prio: sum: %w", err)
		}
		return newAdapter[uint64, sum.InputShare, sum.PrepState, sum.PrepShare, sum.OutShare, sum.AggShare, fp64.Vec](v, v.Params(), 1, encodeAtMost(c.Max))
	case SumVec:
		v, err := sumvec.New(2, uint(c.Length), uint(c.Bits), c.chunk(), context)
		if err != nil {
			return nil, fmt.Errorf("prio: sumvec: %w", err)
		}
		return newAdapter[[]uint64, sumvec.InputShare, sumvec.PrepState, sumvec.PrepShare, sumvec.OutShare, sumvec.AggShare, fp128.Vec](v, v.Params(), c.Length, encodeVector(c.Length, c.Bits))
	default:
		v, err := histogram.New(2, uint(c.Length), c.chunk(), context)
		if err != nil {
			return nil, fmt.Errorf("prio: histogram: %w", err)
		}
		return newAdapter[uint64, histogram.InputShare, histogram.PrepState, histogram.PrepShare, histogram.OutShare, histogram.AggShare, fp128.Vec](v, v.Params(), c.Length, encodeAtMost(uint64(c.Length-1)))
	}
}
