package prio

import "fmt"

// A measurement is always a []uint64: a Count's is one 0 or 1, a Sum's one
// integer, a Histogram's one bucket index, a SumVec's its entries.

func encodeBit(m []uint64) (bool, error) {
	if len(m) != 1 || m[0] > 1 {
		return false, fmt.Errorf("%w: count takes one 0 or 1", ErrMeasurement)
	}
	return m[0] == 1, nil
}

func encodeAtMost(limit uint64) func([]uint64) (uint64, error) {
	return func(m []uint64) (uint64, error) {
		if len(m) != 1 || m[0] > limit {
			return 0, fmt.Errorf("%w: want one integer in [0, %d]", ErrMeasurement, limit)
		}
		return m[0], nil
	}
}

func encodeVector(length, bits int) func([]uint64) ([]uint64, error) {
	return func(m []uint64) ([]uint64, error) {
		if len(m) != length {
			return nil, fmt.Errorf("%w: %d entries, want %d", ErrMeasurement, len(m), length)
		}
		for i, x := range m {
			if bits < 64 && x>>uint(bits) != 0 {
				return nil, fmt.Errorf("%w: entry %d does not fit in %d bits", ErrMeasurement, i, bits)
			}
		}
		return m, nil
	}
}
