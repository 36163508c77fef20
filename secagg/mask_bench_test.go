package secagg

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"fmt"
	"slices"
	"testing"
)

// One client's masking work at n = 100 on the complete graph (100 masks,
// k = 23) and at n = 500 on SecAgg+'s graph (33 masks, k = 25), 100k
// entries: the mask expansion into an accumulator (what the server does),
// the client's fused pass (mask, reduce, pack into the message, then
// SHA-256 of the packed vector as signing does), and a bare AES-256-CTR
// expansion of the same k-bit mask bytes. SetBytes counts those bytes in
// all three, so MB/s compare directly.
func BenchmarkMaskExpansion(b *testing.B) {
	for _, c := range []struct{ masks, k int }{{100, 23}, {33, 25}} {
		const l = 100_000
		exact := maskBytes(l, c.k)
		terms := make([]maskTerm, c.masks)
		for i := range terms {
			terms[i] = maskTerm{key: [32]byte{byte(i)}, negate: i%2 == 1}
		}
		acc := make([]uint64, l)
		packed := make([]byte, exact)
		name := fmt.Sprintf("masks=%d/k=%d/", c.masks, c.k)
		b.Run(name+"secagg", func(b *testing.B) {
			b.SetBytes(int64(c.masks) * exact)
			for b.Loop() {
				applyMasks(acc, terms, c.k)
			}
		})
		b.Run(name+"client", func(b *testing.B) {
			b.SetBytes(int64(c.masks) * exact)
			for b.Loop() {
				maskAndPack(packed, acc, terms, c.k)
				sha256.Sum256(packed)
			}
		})
		b.Run(name+"aes-ctr", func(b *testing.B) {
			block, _ := aes.NewCipher(make([]byte, 32))
			stream := cipher.NewCTR(block, make([]byte, aes.BlockSize))
			buf, zero := make([]byte, 8192), make([]byte, 8192)
			b.SetBytes(int64(c.masks) * exact)
			for b.Loop() {
				for done := int64(0); done < int64(c.masks)*exact; done += 8192 {
					stream.XORKeyStream(buf, zero)
				}
			}
		})
	}
}

// Packing and unpacking one 100k-entry vector at k = 23.
func BenchmarkPacking(b *testing.B) {
	const l, k = 100_000, 23
	v := make([]uint64, l)
	for j := range v {
		v[j] = uint64(j*7919) & (1<<k - 1)
	}
	buf := make([]byte, (l*k+7)/8)
	b.Run("pack", func(b *testing.B) {
		b.SetBytes(int64(len(buf)))
		for b.Loop() {
			packBits(buf, v, k)
		}
	})
	b.Run("unpack-add", func(b *testing.B) {
		b.SetBytes(int64(len(buf)))
		for b.Loop() {
			if err := unpackBits(v, buf, k, true); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// One he client's masking work at n = 100: 100 masks over one ciphertext's
// residues (2 polynomials × 3 primes × 16,384 entries, modulo 60-bit primes,
// rejection-sampled), next to a bare AES-256-CTR expansion of the same 8
// bytes per entry. SetBytes counts those bytes in both.
func BenchmarkMaskExpansionModQ(b *testing.B) {
	const masks = 100
	p := segmentParams(2, 2, 16384)
	segs := append(slices.Clone(p.Segments), p.Segments...)
	l := 2 * p.VectorLen
	terms := make([]maskTerm, masks)
	for i := range terms {
		terms[i] = maskTerm{key: [32]byte{byte(i)}, negate: i%2 == 1}
	}
	acc := make([]uint64, l)
	b.Run("secagg", func(b *testing.B) {
		b.SetBytes(int64(masks * 8 * l))
		for b.Loop() {
			applyMasksMod(acc, terms, segs)
		}
	})
	b.Run("aes-ctr", func(b *testing.B) {
		block, _ := aes.NewCipher(make([]byte, 32))
		stream := cipher.NewCTR(block, make([]byte, aes.BlockSize))
		buf, zero := make([]byte, 8192), make([]byte, 8192)
		b.SetBytes(int64(masks * 8 * l))
		for b.Loop() {
			for done := 0; done < masks*8*l; done += 8192 {
				stream.XORKeyStream(buf, zero)
			}
		}
	})
}
