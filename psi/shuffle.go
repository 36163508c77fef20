package psi

import (
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"
)

// shuffle is a Fisher–Yates shuffle drawing from rnd (crypto/rand in
// production), with rejection sampling so every permutation is equally
// likely.
func shuffle(n int, swap func(i, j int), rnd io.Reader) error {
	var buf [8]byte
	for i := n - 1; i > 0; i-- {
		bound := uint64(i + 1)
		limit := -bound % bound // 2^64 mod bound: reject below it
		for {
			if _, err := io.ReadFull(rnd, buf[:]); err != nil {
				return fmt.Errorf("psi: randomness: %w", err)
			}
			x := binary.LittleEndian.Uint64(buf[:])
			hi, lo := bits.Mul64(x, bound)
			if lo >= limit {
				swap(i, int(hi))
				break
			}
		}
	}
	return nil
}
