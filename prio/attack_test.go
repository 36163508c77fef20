package prio

import (
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/cloudflare/circl/vdaf/prio3/arith/fp128"
)

// statsBlock is the shape the mpc engine uses: values with their
// complements (exact bounds [0, M]) and a histogram summing to the rows.
func statsBlock() Block {
	return Block{
		Circuit: Circuit{Kind: SumVec, Length: 7, Bits: 10},
		Groups:  []Group{{0, 2}, {2, 2}, {4, 3}}, // (a, M−a), (b, M−b), a 3-bin histogram
		Release: []int{0, 2, 4, 5, 6},
	}
}

// The public bound of each value is M = 1000 (10 bits would allow 1023);
// the histogram has R = 4 rows.
var statsTotals = Totals{{1000, 1000, 4}}

func honest(a, b uint64, hist [3]uint64) []uint64 {
	return []uint64{a, 1000 - a, b, 1000 - b, hist[0], hist[1], hist[2]}
}

// shardUnchecked shards like a malicious owner: no check of its own
// measurement against the constraints.
func shardUnchecked(t tb, s *Scheme, owner uint32, meas []uint64) *Submission {
	t.Helper()
	v := s.vdafs[0]
	seed := make([]byte, v.randSize())
	rand.Read(seed)
	public, shares, err := v.shard(meas, s.nonce(owner, 0), seed)
	if err != nil {
		t.Fatal(err)
	}
	return &Submission{
		Leader: appendBlock(newSubmission(Leader, owner, 1), public, shares[0]),
		Helper: appendBlock(newSubmission(Helper, owner, 1), public, shares[1]),
	}
}

// addToLeaderShare adds delta to field element i of the leader's share of
// block 0 (its measurement share first, then its proof share).
func addToLeaderShare(t tb, s *Scheme, msg []byte, i int, delta uint64) []byte {
	t.Helper()
	p, err := s.parseSubmission(msg, Leader, 0)
	if err != nil {
		t.Fatal(err)
	}
	share := slices.Clone(p.shares[0])
	var e, d fp128.Fp
	if err := e.UnmarshalBinary(share[16*i : 16*i+16]); err != nil {
		t.Fatal(err)
	}
	d.SetUint64(delta)
	e.AddAssign(&d)
	b, _ := e.MarshalBinary()
	copy(share[16*i:], b)
	return appendBlock(newSubmission(Leader, 0, 1), p.publics[0], share)
}

// Every kind of malicious owner is rejected by both nodes, named with the
// right reason, and the result is exactly the honest owners' aggregate.
func TestMaliciousOwnersRejectedResultIsHonestAggregate(t *testing.T) {
	s := mustScheme(t, statsBlock())
	attacks := []struct {
		name string
		want error
		make func(t *testing.T) *Submission
	}{
		{"value above its bound (1023 > 1000, complement 0)", ErrOutOfBounds, func(t *testing.T) *Submission {
			return shardUnchecked(t, s, 0, []uint64{1023, 0, 0, 1000, 4, 0, 0})
		}},
		{"histogram with more rows than declared", ErrOutOfBounds, func(t *testing.T) *Submission {
			return shardUnchecked(t, s, 0, []uint64{0, 1000, 0, 1000, 4, 4, 4})
		}},
		// The joint randomness binds the measurement share: a shifted share
		// no longer matches the public share (an owner that also recomputed
		// the public share would fail the range proof instead).
		{"a bit of a value shifted to 2 or 3", ErrInconsistent, func(t *testing.T) *Submission {
			sub := shardUnchecked(t, s, 0, honest(5, 5, [3]uint64{4, 0, 0}))
			sub.Leader = addToLeaderShare(t, s, sub.Leader, 0, 2) // a bit becomes 2 or 3
			return sub
		}},
		{"proof share altered", ErrInvalid, func(t *testing.T) *Submission {
			sub := shardUnchecked(t, s, 0, honest(5, 5, [3]uint64{4, 0, 0}))
			sub.Leader = addToLeaderShare(t, s, sub.Leader, 7*10+3, 1)
			return sub
		}},
		{"truncated leader share", ErrMalformed, func(t *testing.T) *Submission {
			sub := shardUnchecked(t, s, 0, honest(5, 5, [3]uint64{4, 0, 0}))
			sub.Leader = sub.Leader[:len(sub.Leader)-1]
			return sub
		}},
		{"non-canonical field element", ErrMalformed, func(t *testing.T) *Submission {
			sub := shardUnchecked(t, s, 0, honest(5, 5, [3]uint64{4, 0, 0}))
			copy(sub.Leader[len(sub.Leader)-32-16:], bytesOf(0xff, 16)) // last proof element ≥ p
			return sub
		}},
		{"different public shares at the two nodes", ErrInconsistent, func(t *testing.T) *Submission {
			a := shardUnchecked(t, s, 0, honest(5, 5, [3]uint64{4, 0, 0}))
			b := shardUnchecked(t, s, 0, honest(5, 5, [3]uint64{4, 0, 0}))
			return &Submission{Leader: a.Leader, Helper: b.Helper}
		}},
		{"shares made for another owner slot", ErrInconsistent, func(t *testing.T) *Submission {
			sub := shardUnchecked(t, s, 3, honest(5, 5, [3]uint64{4, 0, 0}))
			sub.Leader[8], sub.Helper[8] = 0, 0 // relabel owner 3 as owner 0
			return sub
		}},
	}
	for _, at := range attacks {
		t.Run(at.name, func(t *testing.T) {
			j := newJob(t, s)
			bad := at.make(t)
			j.totals[0], j.leader[0], j.helper[0] = statsTotals, bad.Leader, bad.Helper
			j.submit(t, 1, [][]uint64{honest(100, 200, [3]uint64{1, 2, 1})}, statsTotals)
			j.submit(t, 2, [][]uint64{honest(1000, 0, [3]uint64{0, 0, 4})}, statsTotals)
			got := j.run(t)
			if want := []int64{1100, 200, 1, 2, 5}; !slices.Equal(got[0], want) {
				t.Fatalf("aggregate %v, want the honest owners' %v", got[0], want)
			}
			for r, a := range j.nodes {
				if err := a.Rejected()[0]; !errors.Is(err, at.want) {
					t.Fatalf("%s: owner 0 rejected with %v, want %v", Role(r), err, at.want)
				}
				if !slices.Equal(a.Accepted(), []uint32{1, 2}) {
					t.Fatalf("%s: accepted %v", Role(r), a.Accepted())
				}
			}
		})
	}
}

func bytesOf(b byte, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}

// An owner that reaches one node only is absent, not rejected.
func TestOwnerAtOneNodeIsDropped(t *testing.T) {
	s := mustScheme(t, statsBlock())
	j := newJob(t, s)
	j.submit(t, 1, [][]uint64{honest(1, 2, [3]uint64{4, 0, 0})}, statsTotals)
	j.submit(t, 2, [][]uint64{honest(10, 20, [3]uint64{0, 4, 0})}, statsTotals)
	delete(j.helper, 2)
	got := j.run(t)
	if want := []int64{1, 2, 4, 0, 0}; !slices.Equal(got[0], want) {
		t.Fatalf("aggregate %v, want %v", got[0], want)
	}
	for r, a := range j.nodes {
		if !slices.Equal(a.Dropped(), []uint32{2}) || len(a.Rejected()) != 0 {
			t.Fatalf("%s: dropped %v rejected %v", Role(r), a.Dropped(), a.Rejected())
		}
	}
}

func ExampleScheme_Shard() {
	// Two owners, one value each in [0, 100] sent as (a, 100 − a).
	s, _ := NewScheme([]byte("example job"), []Block{{
		Circuit: Circuit{Kind: SumVec, Length: 2, Bits: 7},
		Groups:  []Group{{First: 0, Len: 2}},
		Release: []int{0},
	}})
	vk := DeriveVerifyKey([]byte("example job"), []byte("random part of the leader"), []byte("random part of the helper"))
	leader, _ := NewAggregator(s, Leader, vk)
	helper, _ := NewAggregator(s, Helper, vk)
	for owner, a := range []uint64{30, 45} {
		totals := Totals{{100}}
		sub, _ := s.Shard(uint32(owner), [][]uint64{{a, 100 - a}}, totals, nil)
		leader.Receive(uint32(owner), totals, sub.Leader)
		helper.Receive(uint32(owner), totals, sub.Helper)
	}
	lp, _ := leader.PrepMessage()
	hp, _ := helper.PrepMessage()
	lo, _ := leader.Verify(hp)
	ho, _ := helper.Verify(lp)
	leader.Check(ho)
	helper.Check(lo)
	ls, _ := leader.Aggregate()
	hs, _ := helper.Aggregate()
	sum, _ := s.Unshard(ls, hs)
	fmt.Println(sum[0][0], leader.Accepted())
	// Output: 75 [0 1]
}
