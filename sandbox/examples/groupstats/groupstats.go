// Package groupstats is an example `tee` analysis: counts, sums and a
// histogram by group, from which the buyer computes grouped means. A row is
// [group, x₁, …, x_m]; the group is an integer 0…K−1.
//
// It is plain Go, compiled both natively (benchmarks) and to WebAssembly
// (./wasm, the module a job names). Nothing in it is trusted: the host
// clips every output to the release plan's bounds.
package groupstats

import "math"

// Group returns the row's group, the input of a histogram over [0, 1, …, K].
func Group(row []float64) float64 { return row[0] }

// SumsByGroup writes, for K = len(out)/m groups, xⱼ into out[k·m + j] for the
// row's group k (and zero elsewhere): one vector release gives every
// group's sums.
func SumsByGroup(row, out []float64) {
	clear(out)
	m := len(row) - 1
	if m <= 0 {
		return
	}
	k := int(math.Round(row[0]))
	if k < 0 || (k+1)*m > len(out) {
		return
	}
	copy(out[k*m:], row[1:])
}

// Value returns the row's first value, the input of a histogram or a sum.
func Value(row []float64) float64 {
	if len(row) < 2 {
		return 0
	}
	return row[1]
}

// Means divides released sums by released counts (post-processing, on the
// buyer's side).
func Means(sums, counts []float64) []float64 {
	k := len(counts)
	if k == 0 {
		return nil
	}
	m := len(sums) / k
	out := make([]float64, len(sums))
	for g := 0; g < k; g++ {
		for j := 0; j < m; j++ {
			out[g*m+j] = sums[g*m+j] / math.Max(counts[g], 1)
		}
	}
	return out
}
