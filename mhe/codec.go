package mhe

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/ring/ringqp"
)

// Wire format of every object this package exchanges or stores:
//
//	magic "VHE1" | kind (1 byte) | params ID (32 bytes) | count (uint32, big endian) | body
//
// The body is count items; an item is a fixed number of polynomials (see
// kindLayout), a polynomial is its residues modulo each prime of Q (and of P
// for keys), each residue is N little-endian uint64 coefficients, each
// strictly below its prime. Nothing else is encoded: the level, degree, scale
// and NTT/Montgomery flags are fixed by the kind and the parameter set. So
// the length is determined by the header and every accepted byte string is
// the unique (canonical) encoding of its object, which makes its SHA-256 a
// sound identifier of the object.

// Sentinel errors callers can branch on.
var (
	ErrMalformed   = errors.New("malformed object")
	ErrWrongParams = errors.New("object is for another parameter set")
)

const (
	magic          = "VHE1"
	headerLen      = len(magic) + 1 + 32 + 4
	maxCiphertexts = 64 // 1M values per job; bounds what a peer can make us allocate
)

type kind byte

const (
	kindSecretShare kind = iota + 1
	kindCKGShare
	kindCollectiveKey
	kindBuyerPublicKey
	kindBuyerSecretKey
	kindInput
	kindAggregate
	kindPCKSShare
	kindOutput
)

var kindNames = map[kind]string{
	kindSecretShare:    "secret key share",
	kindCKGShare:       "key generation share",
	kindCollectiveKey:  "collective public key",
	kindBuyerPublicKey: "buyer public key",
	kindBuyerSecretKey: "buyer secret key",
	kindInput:          "input ciphertexts",
	kindAggregate:      "aggregate ciphertexts",
	kindPCKSShare:      "key-switch share",
	kindOutput:         "output ciphertexts",
}

func (k kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("kind %d", byte(k))
}

// kindLayout says how many polynomials one item holds and whether they live
// in QP (keys) or in Q (ciphertexts and key-switch shares).
func kindLayout(k kind) (polys int, withP, vector bool) {
	switch k {
	case kindSecretShare, kindCKGShare, kindBuyerSecretKey:
		return 1, true, false
	case kindCollectiveKey, kindBuyerPublicKey:
		return 2, true, false
	default:
		return 2, false, true
	}
}

// moduli lists the primes of one polynomial of the given layout.
func (p Params) moduli(withP bool) []uint64 {
	m := p.ckks.Q()
	if withP {
		m = append(append([]uint64{}, m...), p.ckks.P()...)
	}
	return m
}

// encodeRows writes the header and the residues rows (each N coefficients).
func (p Params) encodeRows(k kind, count int, rows [][]uint64) []byte {
	n := p.Slots()
	out := make([]byte, headerLen+len(rows)*n*8)
	copy(out, magic)
	out[4] = byte(k)
	copy(out[5:37], p.id[:])
	binary.BigEndian.PutUint32(out[37:41], uint32(count))
	body := out[headerLen:]
	for r, row := range rows {
		dst := body[r*n*8 : (r+1)*n*8]
		for i, c := range row {
			binary.LittleEndian.PutUint64(dst[8*i:], c)
		}
	}
	return out
}

// decodeHeader checks magic, kind and parameters and returns the item count.
func (p Params) decodeHeader(want kind, b []byte) (int, error) {
	if len(b) < headerLen {
		return 0, fmt.Errorf("mhe: %v: %w: %d bytes is shorter than the %d-byte header", want, ErrMalformed, len(b), headerLen)
	}
	if string(b[:4]) != magic {
		return 0, fmt.Errorf("mhe: %v: %w: bad magic", want, ErrMalformed)
	}
	if got := kind(b[4]); got != want {
		return 0, fmt.Errorf("mhe: %w: got a %v where a %v was expected", ErrMalformed, got, want)
	}
	if !bytes.Equal(b[5:37], p.id[:]) {
		return 0, fmt.Errorf("mhe: %v: %w (parameter set %x, want %x for %s)", want, ErrWrongParams, b[5:13], p.id[:8], p.name)
	}
	count := binary.BigEndian.Uint32(b[37:41])
	_, _, vector := kindLayout(want)
	switch {
	case !vector && count != 1:
		return 0, fmt.Errorf("mhe: %v: %w: count %d, want 1", want, ErrMalformed, count)
	case vector && (count < 1 || count > maxCiphertexts):
		return 0, fmt.Errorf("mhe: %v: %w: %d ciphertexts, want 1 to %d", want, ErrMalformed, count, maxCiphertexts)
	}
	return int(count), nil
}

// decodeRows parses an object of kind want and returns its residue rows,
// checked against their primes, and the item count.
func (p Params) decodeRows(want kind, b []byte) ([][]uint64, int, error) {
	count, err := p.decodeHeader(want, b)
	if err != nil {
		return nil, 0, err
	}
	polys, withP, _ := kindLayout(want)
	mod := p.moduli(withP)
	n := p.Slots()
	nrows := count * polys * len(mod)
	if wantLen := headerLen + nrows*n*8; len(b) != wantLen {
		return nil, 0, fmt.Errorf("mhe: %v: %w: %d bytes, want %d for %d item(s) at N=%d", want, ErrMalformed, len(b), wantLen, count, n)
	}
	rows := make([][]uint64, nrows)
	body := b[headerLen:]
	for r := range rows {
		q := mod[r%len(mod)]
		row := make([]uint64, n)
		for i := range row {
			c := binary.LittleEndian.Uint64(body[8*(r*n+i):])
			if c >= q {
				return nil, 0, fmt.Errorf("mhe: %v: %w: item %d, polynomial %d, prime %d, coefficient %d is not below the modulus",
					want, ErrMalformed, r/(polys*len(mod)), (r/len(mod))%polys, r%len(mod), i)
			}
			row[i] = c
		}
		rows[r] = row
	}
	return rows, count, nil
}

// qpRows flattens QP polynomials into residue rows (Q primes, then P).
func qpRows(polys ...ringqp.Poly) [][]uint64 {
	var rows [][]uint64
	for _, pl := range polys {
		rows = append(rows, pl.Q.Coeffs...)
		rows = append(rows, pl.P.Coeffs...)
	}
	return rows
}

// qpPolys rebuilds QP polynomials from rows produced by decodeRows.
func (p Params) qpPolys(rows [][]uint64) []ringqp.Poly {
	nq, np := len(p.ckks.Q()), len(p.ckks.P())
	out := make([]ringqp.Poly, len(rows)/(nq+np))
	for i := range out {
		r := rows[i*(nq+np):]
		out[i] = ringqp.Poly{Q: ring.Poly{Coeffs: r[:nq:nq]}, P: ring.Poly{Coeffs: r[nq : nq+np : nq+np]}}
	}
	return out
}

// qRows flattens Q polynomials into residue rows.
func qRows(polys ...ring.Poly) [][]uint64 {
	var rows [][]uint64
	for _, pl := range polys {
		rows = append(rows, pl.Coeffs...)
	}
	return rows
}

// qPolys rebuilds Q polynomials from rows produced by decodeRows.
func (p Params) qPolys(rows [][]uint64) []ring.Poly {
	nq := len(p.ckks.Q())
	out := make([]ring.Poly, len(rows)/nq)
	for i := range out {
		out[i] = ring.Poly{Coeffs: rows[i*nq : (i+1)*nq : (i+1)*nq]}
	}
	return out
}

// PublicKeySize is the size of an encoded buyer public key (two QP
// polynomials): the largest object of a job besides the ciphertexts.
func (p Params) PublicKeySize() int {
	return headerLen + 2*len(p.moduli(true))*p.Slots()*8
}
