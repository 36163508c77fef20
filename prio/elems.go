package prio

import (
	"fmt"
	"math"

	"github.com/cloudflare/circl/vdaf/prio3/arith"
)

// elems is a vector over a circuit's field (circl's Fp64 or Fp128) behind
// the few operations aggregation needs; all arithmetic is circl's.
type elems interface {
	Len() int
	// add adds o (the same field and length) to the vector.
	add(o elems)
	// addInt adds the integer z to entry i.
	addInt(i int, z int64)
	// groupSum is Σ entries[first:first+n] − total, one field element,
	// encoded.
	groupSum(first, n int, total uint64) []byte
	// select returns the entries at idx as a new vector.
	pick(idx []int) elems
	// signed returns entry i as an integer in (−2^63, 2^63), reading the
	// field element x as x or x − p, whichever is smaller in magnitude.
	signed(i int) (int64, error)
	marshal() []byte
	unmarshal(b []byte) error
	elemSize() int
}

type vec[V arith.Vec[V, E], E arith.Elt, F arith.Fp[E]] struct{ v V }

func (x *vec[V, E, F]) Len() int { return len(x.v) }

func (x *vec[V, E, F]) elemSize() int {
	var e E
	return int(F(&e).Size())
}

func (x *vec[V, E, F]) add(o elems) { x.v.AddAssign(o.(*vec[V, E, F]).v) }

func fromInt[E arith.Elt, F arith.Fp[E]](z int64) E {
	var e, mag E
	F(&mag).SetUint64(absInt(z)) // never fails below 2^64
	if z < 0 {
		F(&e).Sub(&e, &mag)
		return e
	}
	return mag
}

func absInt(z int64) uint64 {
	if z < 0 {
		return uint64(-(z + 1)) + 1
	}
	return uint64(z)
}

func (x *vec[V, E, F]) addInt(i int, z int64) {
	e := fromInt[E, F](z)
	F(&x.v[i]).AddAssign(&e)
}

func (x *vec[V, E, F]) groupSum(first, n int, total uint64) []byte {
	var acc, t E
	for i := first; i < first+n; i++ {
		F(&acc).AddAssign(&x.v[i])
	}
	F(&t).SetUint64(total)
	F(&acc).SubAssign(&t)
	b, _ := F(&acc).MarshalBinary() // cannot fail for a field element
	return b
}

func (x *vec[V, E, F]) pick(idx []int) elems {
	out := arith.NewVec[V](uint(len(idx)))
	for j, i := range idx {
		out[j] = x.v[i]
	}
	return &vec[V, E, F]{v: out}
}

func (x *vec[V, E, F]) signed(i int) (int64, error) {
	if u, err := F(&x.v[i]).GetUint64(); err == nil && u <= math.MaxInt64 {
		return int64(u), nil
	}
	var neg E
	F(&neg).Sub(&neg, &x.v[i])
	if u, err := F(&neg).GetUint64(); err == nil && u <= math.MaxInt64 {
		return -int64(u), nil
	}
	return 0, fmt.Errorf("prio: entry %d is not within ±2^63 of zero", i)
}

func (x *vec[V, E, F]) marshal() []byte {
	b, _ := x.v.MarshalBinary() // cannot fail for field elements
	return b
}

func (x *vec[V, E, F]) unmarshal(b []byte) error {
	if len(b) != len(x.v)*x.elemSize() || x.v.UnmarshalBinary(b) != nil {
		return fmt.Errorf("%d bytes are not %d canonical field elements", len(b), len(x.v))
	}
	return nil
}

// isZeroSum reports whether two encoded field elements add up to zero.
func isZeroSum(z elems, a, b []byte) bool {
	v := z.(interface{ zeroSum(a, b []byte) bool })
	return v.zeroSum(a, b)
}

func (x *vec[V, E, F]) zeroSum(a, b []byte) bool {
	var ea, eb E
	if F(&ea).UnmarshalBinary(a) != nil || F(&eb).UnmarshalBinary(b) != nil {
		return false
	}
	F(&ea).AddAssign(&eb)
	return F(&ea).IsZero()
}
