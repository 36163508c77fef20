//go:build amd64 && !purego

package secagg

import "golang.org/x/sys/cpu"

// On amd64 with AVX2 the lanes of k ≤ avx2MaxBits are added four 64-bit
// lanes per instruction (mask_amd64.s): per group of 8 lanes (k bytes),
// four 16-byte loads, a byte shuffle that moves each lane's 8 bytes into
// its 64-bit slot, and a per-slot shift by the lane's bit offset. Same
// result as the generic adder (TestKernelsMatchGeneric); client masking at
// n = 500 costs 1.67–1.70× the bare AES-CTR baseline with it and 1.88–2.03×
// with the unrolled Go kernels (GODEBUG=cpu.avx2=off; docs/benchmarks.md),
// which larger k, other CPUs and other architectures use.

const avx2MaxBits = 56 // a pair of lanes then spans at most 15 bytes, and a lane with its shift 8

var useAVX2 = cpu.X86.HasAVX2

// avx2Consts drives the assembly kernel for one k: the shuffles and shifts
// of lanes 0–3 and 4–7 of a group, and the byte offsets of the windows of
// lanes 2–3, 4–5 and 6–7 (lanes 0–1 start the group).
type avx2Consts struct {
	shufLo, shufHi   [32]byte
	shiftLo, shiftHi [4]uint64
	off              [3]int64
}

func newAVX2Consts(k int) *avx2Consts {
	c := new(avx2Consts)
	var base [4]int
	for pair := range 4 {
		base[pair] = 2 * pair * k / 8
	}
	c.off = [3]int64{int64(base[1]), int64(base[2]), int64(base[3])}
	for j := range 8 {
		pair, slot := j/2, j%4 // slot: the lane's 64-bit place in its register
		o, s := j*k/8-base[pair], j*k%8
		shuf := &c.shufLo
		shift := &c.shiftLo
		if j >= 4 {
			shuf, shift = &c.shufHi, &c.shiftHi
		}
		for b := range 8 { // a 128-bit half shuffles within itself: slot%2 picks the 8-byte place
			shuf[16*(slot/2)+8*(slot%2)+b] = byte(o + b)
		}
		shift[slot] = uint64(s)
	}
	return c
}

// addFourAVX2 adds groups·8 lanes of x, y, z and w into acc; subFourAVX2
// subtracts them.
//
//go:noescape
func addFourAVX2(acc *uint64, groups int, x, y, z, w *byte, k int, c *avx2Consts)

//go:noescape
func subFourAVX2(acc *uint64, groups int, x, y, z, w *byte, k int, c *avx2Consts)

// avx2Kernels returns the AVX2 adder and subtractor for k, or nils.
func avx2Kernels(k int) (add, sub laneAdder) {
	if !useAVX2 || k > avx2MaxBits {
		return nil, nil
	}
	c := newAVX2Consts(k)
	wrap := func(asm func(acc *uint64, groups int, x, y, z, w *byte, k int, c *avx2Consts), neg bool) laneAdder {
		return func(acc []uint64, x, y, z, w []byte) {
			n := len(acc) &^ 7
			if n > 0 {
				need := n*k/8 + maskSlack // the last group's windows read up to 16 − k/4 bytes past it
				_, _, _, _ = x[need-1], y[need-1], z[need-1], w[need-1]
				asm(&acc[0], n/8, &x[0], &y[0], &z[0], &w[0], k, c)
			}
			tail, t := acc[n:], n*k/8 // fewer than 8 lanes
			if neg {
				negate(tail)
			}
			addFourGeneric(tail, x[t:], y[t:], z[t:], w[t:], k)
			if neg {
				negate(tail)
			}
		}
	}
	return wrap(addFourAVX2, false), wrap(subFourAVX2, true)
}
