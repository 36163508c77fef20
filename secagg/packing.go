package secagg

import (
	"encoding/binary"
	"fmt"
)

// Vectors over Z_{2^k} travel bit-packed: entry j occupies bits
// [k·j, k·j+k) of a little-endian bit string, ceil(n·k/8) bytes in all, and
// the unused high bits of the last byte must be zero (so every vector has
// exactly one encoding).

// packBits writes v into dst, each entry reduced mod 2^k.
func packBits(dst []byte, v []uint64, k int) {
	mask := ^uint64(0) >> (64 - k)
	var buf uint64 // pending bits, low first
	var n int      // how many are pending, < 64
	o := 0
	for _, x := range v {
		x &= mask
		buf |= x << n
		if n+k >= 64 {
			binary.LittleEndian.PutUint64(dst[o:], buf)
			o += 8
			buf = x >> (64 - n) // Go: shifting by 64 yields 0
			n = n + k - 64
		} else {
			n += k
		}
	}
	for ; n > 0; n -= 8 {
		dst[o] = byte(buf)
		buf >>= 8
		o++
	}
}

// unpackBits reads len(v) k-bit entries from src, adding them into v when
// add is true (the server's running sum) and storing them otherwise.
func unpackBits(v []uint64, src []byte, k int, add bool) error {
	want := (len(v)*k + 7) / 8
	if len(src) != want {
		return fmt.Errorf("packed vector of %d bytes, want %d", len(src), want)
	}
	if pad := want*8 - len(v)*k; pad > 0 && src[want-1]>>(8-pad) != 0 {
		return fmt.Errorf("packed vector has nonzero padding bits")
	}
	mask := ^uint64(0) >> (64 - k)
	var buf uint64 // n unread bits, low first, zeros above
	n, o := 0, 0
	for j := range v {
		var x uint64
		if n >= k { // only when k < 64
			x = buf & mask
			buf >>= k
			n -= k
		} else {
			next := load64(src, o)
			o += 8
			x = (buf | next<<n) & mask
			taken := k - n // 1..64 bits of next used now
			buf = next >> taken
			n = 64 - taken
		}
		if add {
			v[j] += x
		} else {
			v[j] = x
		}
	}
	return nil
}

// load64 reads 8 little-endian bytes at o, zero-padded past the end of src.
func load64(src []byte, o int) uint64 {
	if o+8 <= len(src) {
		return binary.LittleEndian.Uint64(src[o:])
	}
	var b [8]byte
	if o < len(src) {
		copy(b[:], src[o:])
	}
	return binary.LittleEndian.Uint64(b[:])
}
