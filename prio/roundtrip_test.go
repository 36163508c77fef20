package prio

import (
	"errors"
	"slices"
	"testing"
)

func TestRoundTripEveryCircuit(t *testing.T) {
	cases := []struct {
		name string
		c    Circuit
		meas [][]uint64
		want []int64
	}{
		{"count", Circuit{Kind: Count}, [][]uint64{{1}, {0}, {1}}, []int64{2}},
		{"sum", Circuit{Kind: Sum, Max: 1337}, [][]uint64{{1337}, {0}, {5}}, []int64{1342}},
		{"sumvec", Circuit{Kind: SumVec, Length: 3, Bits: 4}, [][]uint64{{1, 15, 0}, {2, 15, 7}}, []int64{3, 30, 7}},
		{"histogram", Circuit{Kind: Histogram, Length: 4}, [][]uint64{{0}, {3}, {3}}, []int64{1, 0, 0, 2}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := mustScheme(t, Block{Circuit: tc.c})
			j := newJob(t, s)
			for i, m := range tc.meas {
				j.submit(t, uint32(i), [][]uint64{m}, Totals{nil})
			}
			got := j.run(t)
			if !slices.Equal(got[0], tc.want) {
				t.Fatalf("aggregate %v, want %v", got[0], tc.want)
			}
			for r, a := range j.nodes {
				if len(a.Rejected()) != 0 || len(a.Accepted()) != len(tc.meas) {
					t.Fatalf("%s: rejected %v, accepted %v", Role(r), a.Rejected(), a.Accepted())
				}
			}
		})
	}
}

// A SumVec with sum constraints proves exact bounds: (a, M − a) pairs and a
// histogram of R rows.
func TestConstraintsAcceptHonestOwners(t *testing.T) {
	s := mustScheme(t, Block{
		Circuit: Circuit{Kind: SumVec, Length: 5, Bits: 8},
		Groups:  []Group{{0, 2}, {2, 3}},
		Release: []int{0, 2, 3, 4},
	})
	j := newJob(t, s)
	j.submit(t, 7, [][]uint64{{200, 55, 1, 2, 0}}, Totals{{255, 3}})
	j.submit(t, 9, [][]uint64{{10, 90, 0, 0, 5}}, Totals{{100, 5}})
	got := j.run(t)
	if want := []int64{210, 1, 2, 5}; !slices.Equal(got[0], want) {
		t.Fatalf("aggregate %v, want %v", got[0], want)
	}
}

func TestShardRefusesWhatNodesWouldReject(t *testing.T) {
	s := mustScheme(t, Block{Circuit: Circuit{Kind: SumVec, Length: 2, Bits: 4}, Groups: []Group{{0, 2}}})
	for _, tc := range []struct {
		meas   []uint64
		totals []uint64
	}{
		{[]uint64{16, 0}, []uint64{16}}, // 16 does not fit in 4 bits
		{[]uint64{3, 4}, []uint64{8}},   // 3 + 4 != 8
		{[]uint64{3}, []uint64{3}},      // wrong length
	} {
		_, err := s.Shard(0, [][]uint64{tc.meas}, Totals{tc.totals}, nil)
		if !errors.Is(err, ErrMeasurement) {
			t.Errorf("Shard(%v, totals %v) = %v, want ErrMeasurement", tc.meas, tc.totals, err)
		}
	}
}
