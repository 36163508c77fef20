package fl

import (
	"slices"
	"testing"
)

// FuzzAnnouncement: the aggregator's round announcement, decoded by every
// owner, never panics, never exceeds the job's bounds, and round-trips.
func FuzzAnnouncement(f *testing.F) {
	a := announcement{Round: 3, T: 2, Participants: []int{0, 2}, History: []release{{Round: 1, Rows: 10, Sum: []int64{1, -2}}}}
	f.Add(a.encode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := decodeAnnouncement(b, 4, 2, 5)
		if err != nil {
			return
		}
		if len(got.Participants) > 4 || len(got.History) > 5 {
			t.Fatalf("decoded beyond the job's bounds: %+v", got)
		}
		for _, p := range got.Participants {
			if p < 0 || p >= 4 {
				t.Fatalf("participant %d out of range", p)
			}
		}
		if again, err := decodeAnnouncement(got.encode(), 4, 2, 5); err != nil || !slices.Equal(again.Participants, got.Participants) {
			t.Fatalf("round trip: %v", err)
		}
	})
}

// FuzzOutcome: a round's outcome, decoded by every participant.
func FuzzOutcome(f *testing.F) {
	o := outcome{Release: release{Round: 2, Rows: 5, Sum: []int64{7, 8, 9}}}
	f.Add(o.encode())
	f.Add((&outcome{Failed: true}).encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := decodeOutcome(b, 3)
		if err != nil {
			return
		}
		if !got.Failed && len(got.Release.Sum) != 3 {
			t.Fatalf("a release of %d values for a 3-parameter model", len(got.Release.Sum))
		}
	})
}

// FuzzInts: the plain-summation vector of the overhead benchmark.
func FuzzInts(f *testing.F) {
	f.Add(encodeInts([]int64{1, -1, 1 << 40}))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := decodeInts(b, 3)
		if err == nil && !slices.Equal(encodeInts(v), b) {
			t.Fatal("round trip")
		}
	})
}
