package shamir

import (
	"crypto/subtle"
	"encoding/binary"
	"errors"
	"io"
	"math/bits"
)

// element is a field element of GF(p), p = 2^255 - 19, as four little-endian
// 64-bit limbs, always fully reduced (< p). The arithmetic below has no
// secret-dependent branches or memory accesses.
type element [4]uint64

// p, limb by limb.
var fieldPrime = element{0xffffffffffffffed, 0xffffffffffffffff, 0xffffffffffffffff, 0x7fffffffffffffff}

var errNotCanonical = errors.New("shamir: field element is not below 2^255-19")

// setBytes decodes a 32-byte little-endian encoding, refusing any value ≥ p
// so every element has exactly one encoding.
func (e *element) setBytes(b *[32]byte) error {
	var v element
	for i := range v {
		v[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	if _, borrow := sub4(v, fieldPrime); borrow == 0 {
		return errNotCanonical
	}
	*e = v
	return nil
}

// bytes returns the canonical 32-byte little-endian encoding.
func (e *element) bytes() [32]byte {
	var b [32]byte
	for i, l := range e {
		binary.LittleEndian.PutUint64(b[8*i:], l)
	}
	return b
}

func (e *element) setUint64(x uint64) *element {
	*e = element{x}
	return e
}

// random samples a uniform element by rejection: 255 random bits, retried in
// the (2^-250 likely) case they are ≥ p.
func random(r io.Reader) (element, error) {
	var b [32]byte
	for {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return element{}, err
		}
		b[31] &= 0x7f
		var e element
		if e.setBytes(&b) == nil {
			return e, nil
		}
	}
}

func sub4(a, b element) (element, uint64) {
	var d element
	var borrow uint64
	d[0], borrow = bits.Sub64(a[0], b[0], 0)
	d[1], borrow = bits.Sub64(a[1], b[1], borrow)
	d[2], borrow = bits.Sub64(a[2], b[2], borrow)
	d[3], borrow = bits.Sub64(a[3], b[3], borrow)
	return d, borrow
}

func add4(a, b element) (element, uint64) {
	var s element
	var carry uint64
	s[0], carry = bits.Add64(a[0], b[0], 0)
	s[1], carry = bits.Add64(a[1], b[1], carry)
	s[2], carry = bits.Add64(a[2], b[2], carry)
	s[3], carry = bits.Add64(a[3], b[3], carry)
	return s, carry
}

// choose returns a if sel == 1 and b if sel == 0, in constant time.
func choose(sel uint64, a, b element) element {
	mask := -sel
	var r element
	for i := range r {
		r[i] = b[i] ^ (mask & (a[i] ^ b[i]))
	}
	return r
}

// reduceOnce maps v < 2p + 2^256-2p to v mod p when v < 2p.
func reduceOnce(v element) element {
	d, borrow := sub4(v, fieldPrime)
	return choose(borrow^1, d, v)
}

func (e *element) add(a, b *element) *element {
	s, _ := add4(*a, *b) // a, b < 2^255: no carry out
	*e = reduceOnce(s)
	return e
}

func (e *element) sub(a, b *element) *element {
	d, borrow := sub4(*a, *b)
	s, _ := add4(d, fieldPrime)
	*e = choose(borrow, s, d)
	return e
}

// mul sets e = a·b mod p: a schoolbook 512-bit product, then folding with
// 2^256 ≡ 38 (mod p).
func (e *element) mul(a, b *element) *element {
	var t [8]uint64
	for i := 0; i < 4; i++ {
		var carry uint64
		for j := 0; j < 4; j++ {
			hi, lo := bits.Mul64(a[i], b[j])
			var c uint64
			lo, c = bits.Add64(lo, t[i+j], 0)
			hi += c
			lo, c = bits.Add64(lo, carry, 0)
			hi += c
			t[i+j] = lo
			carry = hi
		}
		t[i+4] = carry
	}
	*e = reduceWide(&t)
	return e
}

func reduceWide(t *[8]uint64) element {
	var r element
	var carry uint64
	for i := 0; i < 4; i++ {
		hi, lo := bits.Mul64(t[4+i], 38)
		var c uint64
		lo, c = bits.Add64(lo, t[i], 0)
		hi += c
		lo, c = bits.Add64(lo, carry, 0)
		hi += c
		r[i] = lo
		carry = hi
	}
	// carry < 39: fold carry·2^256 ≡ 38·carry.
	var c uint64
	r[0], c = bits.Add64(r[0], 38*carry, 0)
	r[1], c = bits.Add64(r[1], 0, c)
	r[2], c = bits.Add64(r[2], 0, c)
	r[3], c = bits.Add64(r[3], 0, c)
	// On wrap-around the value left in r is below 38·39, so this cannot carry.
	r[0] += 38 * c
	// r < 2^256 = 2p + 38: at most two subtractions of p.
	return reduceOnce(reduceOnce(r))
}

// invert sets e = a^(p-2) = a^-1 (and 0 for a = 0), by Fermat.
func (e *element) invert(a *element) *element {
	// p - 2 = 2^255 - 21: bits 254..5 set, bits 4..0 = 01011.
	exp := element{0xffffffffffffffeb, 0xffffffffffffffff, 0xffffffffffffffff, 0x7fffffffffffffff}
	var r element
	r.setUint64(1)
	for i := 254; i >= 0; i-- {
		r.mul(&r, &r)
		if (exp[i/64]>>(i%64))&1 == 1 { // the exponent is public
			r.mul(&r, a)
		}
	}
	*e = r
	return e
}

func (e *element) equal(a *element) bool {
	x, y := e.bytes(), a.bytes()
	return subtle.ConstantTimeCompare(x[:], y[:]) == 1
}
