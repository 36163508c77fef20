//go:build linux

package secagg

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"syscall"
	"testing"
	"unsafe"
)

// Attacks on the mask kernels' memory safety and on the fused client pass's
// output, for every k: each buffer a kernel reads or writes ends right
// before an inaccessible page, so a read or write a single byte past the
// slice faults and fails the test
// instead of silently reading a neighbour's secret or overwriting the
// caller's capacity. Lengths cover 0, every tail of fewer than 8 lanes and
// the chunk boundaries; the starts are unaligned for most k.

// guarded returns n bytes that end right before a PROT_NONE page, and
// frees them with free.
func guarded(t *testing.T, n int) (b []byte, free func()) {
	t.Helper()
	page := os.Getpagesize()
	body := (n + page - 1) / page * page
	mem, err := syscall.Mmap(-1, 0, body+2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(syscall.Mprotect(mem[:page], syscall.PROT_NONE),
		syscall.Mprotect(mem[page+body:], syscall.PROT_NONE)); err != nil {
		t.Fatal(err)
	}
	end := page + body // the slice ends on the guard page; its start is unaligned unless n is a multiple of 8
	return mem[end-n : end : end], func() { syscall.Munmap(mem) }
}

// guardedWords is guarded for n uint64s, filled from v.
func guardedWords(t *testing.T, v []uint64) ([]uint64, func()) {
	b, free := guarded(t, 8*len(v))
	if len(v) == 0 {
		return []uint64{}, free
	}
	w := unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), len(v))
	copy(w, v)
	return w, free
}

// guardedCopy is guarded holding a copy of v.
func guardedCopy(t *testing.T, v []byte) ([]byte, func()) {
	b, free := guarded(t, len(v))
	copy(b, v)
	return b, free
}

// noFault runs f with faults turned into panics, and fails the test naming
// the case if f faults.
func noFault(t *testing.T, what string, f func()) {
	t.Helper()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("%s: %v (read or wrote outside its slices)", what, r)
			}
		}()
		f()
	}()
}

func boundLengths() []int {
	l := []int{}
	for n := range 41 {
		l = append(l, n)
	}
	return append(l, 61, 63, 64, 65, maskChunk-1, maskChunk)
}

// Every lane adder (generic, unrolled, AVX2 add and subtract) reads its
// keystreams only up to the maskSlack bytes its contract allows, writes
// only acc[:len], and agrees with the generic adder, for every k and every
// length from 0 through a whole chunk.
func TestKernelsStayInBounds(t *testing.T) {
	r := testRand(151)
	for k := 1; k <= 64; k++ {
		generic := namedKernel{"generic", func(acc []uint64, x, y, z, w []byte) { addFourGeneric(acc, x, y, z, w, k) }, false}
		fast := append([]namedKernel{generic}, fastKernels(k)...)
		for _, l := range boundLengths() {
			var ks [4][]byte
			for i := range ks {
				ks[i] = make([]byte, int(maskBytes(l, k))+maskSlack)
				r.Read(ks[i])
			}
			start := make([]uint64, l)
			for j := range start {
				start[j] = r.Uint64()
			}
			want := slices.Clone(start)
			addFourGeneric(want, ks[0], ks[1], ks[2], ks[3], k)
			mod := ^uint64(0) >> (64 - k)
			reduce(want, mod)
			acc, freeAcc := guardedWords(t, start)
			var g [4][]byte
			var frees [4]func()
			for i := range g {
				g[i], frees[i] = guardedCopy(t, ks[i])
			}
			for _, kn := range fast {
				copy(acc, start)
				noFault(t, fmt.Sprintf("k=%d len=%d %s kernel", k, l, kn.name), func() { kn.f(acc, g[0], g[1], g[2], g[3]) })
				got := slices.Clone(acc)
				if kn.neg {
					// acc − s: compare acc + s (mod 2^k) with the start plus 2s.
					for j := range got {
						got[j] = start[j] - (got[j] - start[j])
					}
				}
				reduce(got, mod)
				if !slices.Equal(got, want) {
					t.Fatalf("k=%d len=%d: %s kernel differs from the generic one", k, l, kn.name)
				}
			}
			for _, f := range append(frees[:], freeAcc) {
				f()
			}
		}
	}
}

// keystreamMasks is the reference for n entries of Σ ±mask: each term's
// keystream of ⌈n·k/8⌉ bytes, unpacked k bits an entry (the PRG's
// definition), summed mod 2^k: independent of the chunking, the kernels
// and the batching under test.
func keystreamMasks(n, k int, terms []maskTerm) []uint64 {
	sum := make([]uint64, n)
	one := make([]uint64, n)
	nb := maskBytes(n, k)
	for _, tm := range terms {
		ks := make([]byte, nb)
		newMaskStream(tm.key).XORKeyStream(ks, ks)
		if pad := int(8*nb) - n*k; pad > 0 {
			ks[nb-1] &= 0xff >> pad
		}
		if err := unpackBits(one, ks, k, false); err != nil {
			panic(err)
		}
		for j, x := range one {
			if tm.negate {
				sum[j] -= x
			} else {
				sum[j] += x
			}
		}
	}
	reduce(sum, ^uint64(0)>>(64-k))
	return sum
}

// The client's fused pass (maskAndPack) and the server's applyMasks write
// exactly their output's bytes, read only their input, for every k, length
// and number of terms (0 included: the input alone), and equal the input
// plus the terms' keystreams unpacked (no keystream bit skipped or read
// twice at a chunk or four-stream boundary, negated masks subtracted).
func TestMaskAndPackStaysInBoundsAndMatchesKeystream(t *testing.T) {
	r := testRand(152)
	lengths := []int{0, 1, 2, 3, 7, 8, 9, 15, 17, maskChunk - 1, maskChunk, maskChunk + 1, 2*maskChunk + 5, 3 * maskChunk}
	type tc struct{ k, n, terms int }
	var cases []tc
	for k := 1; k <= 64; k++ {
		for _, n := range lengths {
			cases = append(cases, tc{k, n, (k + n) % 7}) // 0..6 terms: none, fewer than four, a second group of four
		}
	}
	// More terms than one batch of streams (the client's many-neighbour
	// case goes unfused), with a last batch of fewer than four.
	cases = append(cases, tc{25, 2*maskChunk + 5, 2*maskBatch + 3}, tc{56, maskChunk + 9, maskBatch + 1}, tc{64, 77, maskBatch + 2})
	for _, c := range cases {
		k, n := c.k, c.n
		terms := make([]maskTerm, c.terms)
		for i := range terms {
			terms[i] = maskTerm{key: [32]byte{byte(i), byte(i >> 8), byte(k), byte(n), byte(n >> 8)}, negate: r.Uint64()%2 == 0}
		}
		input := randomInputs(r, 1, n, k)[0]
		want := keystreamMasks(n, k, terms)
		for j := range want {
			want[j] = (want[j] + input[j]) & (^uint64(0) >> (64 - k))
		}
		wantPacked := make([]byte, maskBytes(n, k))
		packBits(wantPacked, want, k)

		in, freeIn := guardedWords(t, input)
		dst, freeDst := guarded(t, int(maskBytes(n, k)))
		noFault(t, fmt.Sprintf("k=%d n=%d, %d terms: maskAndPack", k, n, len(terms)), func() { maskAndPack(dst, in, terms, k) })
		ok := slices.Equal(dst, wantPacked) && slices.Equal(in, input)
		freeIn()
		freeDst()
		if !ok {
			t.Fatalf("k=%d n=%d, %d terms: the fused pass differs from input + the keystreams unpacked, or changed its input", k, n, len(terms))
		}

		acc, freeAcc := guardedWords(t, input)
		noFault(t, fmt.Sprintf("k=%d n=%d, %d terms: applyMasks", k, n, len(terms)), func() { applyMasks(acc, terms, k) })
		reduce(acc, ^uint64(0)>>(64-k))
		ok = slices.Equal(acc, want)
		freeAcc()
		if !ok {
			t.Fatalf("k=%d n=%d, %d terms: applyMasks differs from input + the keystreams unpacked", k, n, len(terms))
		}
	}
}
