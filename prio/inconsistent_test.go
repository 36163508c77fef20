package prio

import (
	"bytes"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// report is one honest sharding, kept in pieces.
type report struct {
	meas           []uint64
	public         []byte
	leader, helper []byte
}

// Any mix of pieces from several shardings (some sharing their randomness,
// so their helper shares are equal) is either rejected by both nodes or
// accepted by both, and then counts as the measurement its two shares
// recombine to, which is valid.
func TestInconsistentSharePairsRecombineOrAreRejected(t *testing.T) {
	s := mustScheme(t, statsBlock())
	v := s.vdafs[0]
	accepted := 0
	rapid.Check(t, func(t *rapid.T) {
		seeds := [][]byte{rapid.SliceOfN(rapid.Byte(), v.randSize(), v.randSize()).Draw(t, "seed0"),
			rapid.SliceOfN(rapid.Byte(), v.randSize(), v.randSize()).Draw(t, "seed1")}
		var reps []report
		for i := range 3 {
			a := rapid.Uint64Range(0, 1000).Draw(t, "a")
			h := rapid.Uint64Range(0, 4).Draw(t, "h")
			m := honest(a, 1000-a, [3]uint64{h, 4 - h, 0})
			public, shares, err := v.shard(m, s.nonce(0, 0), seeds[rapid.IntRange(0, 1).Draw(t, "which seed")])
			if err != nil {
				t.Fatal(err)
			}
			reps = append(reps, report{m, public, shares[0], shares[1]})
			_ = i
		}
		pick := func(name string) report { return reps[rapid.IntRange(0, 2).Draw(t, name)] }
		lead, help, lpub, hpub := pick("leader share"), pick("helper share"), pick("leader's public"), pick("helper's public")
		j := newJob(t, s)
		j.totals[0] = statsTotals
		j.leader[0] = appendBlock(newSubmission(Leader, 0, 1), lpub.public, lead.leader)
		j.helper[0] = appendBlock(newSubmission(Helper, 0, 1), hpub.public, help.helper)
		got := j.run(t)
		acc := [2]bool{len(j.nodes[0].Accepted()) == 1, len(j.nodes[1].Accepted()) == 1}
		if acc[0] != acc[1] {
			t.Fatalf("the nodes disagree: leader accepted %v, helper %v", acc[0], acc[1])
		}
		if !acc[0] {
			return
		}
		accepted++
		// Accepted: the recombination is one of the honest measurements whose
		// pieces fit together, and the aggregate is that measurement.
		m := recombine(t, j)
		if !slices.ContainsFunc(reps, func(r report) bool { return slices.Equal(r.meas, m) }) {
			t.Fatalf("accepted shares recombine to %v, not an honest measurement", m)
		}
		if want := []int64{int64(m[0]), int64(m[2]), int64(m[4]), int64(m[5]), int64(m[6])}; !slices.Equal(got[0], want) {
			t.Fatalf("aggregate %v, want the recombined %v", got[0], want)
		}
		if !bytes.Equal(lpub.public, hpub.public) {
			t.Fatalf("accepted although the nodes got different public shares")
		}
	})
	if accepted == 0 {
		t.Fatal("no mix was accepted: the test never exercised the accepted branch")
	}
}

// recombine adds both nodes' output shares of owner 0 (a test-only view
// that no node has).
func recombine(t *rapid.T, j *job) []uint64 {
	sum := j.s.vdafs[0].zero(7)
	sum.add(j.nodes[0].owners[0].outs[0])
	sum.add(j.nodes[1].owners[0].outs[0])
	out := make([]uint64, sum.Len())
	for i := range out {
		v, err := sum.signed(i)
		if err != nil || v < 0 {
			t.Fatalf("entry %d does not recombine to a small integer", i)
		}
		out[i] = uint64(v)
	}
	return out
}

// The accepted branch of a mix, made on purpose: two shardings with the
// same randomness have the same helper share, so the leader share of one
// with the helper share of the other is the first report, and counts as it.
func TestMixedPairWithSameHelperShareCountsAsItsRecombination(t *testing.T) {
	s := mustScheme(t, statsBlock())
	v := s.vdafs[0]
	seed := bytes.Repeat([]byte{7}, v.randSize())
	pa, sa, _ := v.shard(honest(900, 100, [3]uint64{4, 0, 0}), s.nonce(0, 0), seed)
	_, sb, _ := v.shard(honest(1, 999, [3]uint64{0, 0, 4}), s.nonce(0, 0), seed)
	if !bytes.Equal(sa[1], sb[1]) {
		t.Fatal("same randomness, different helper shares")
	}
	j := newJob(t, s)
	j.totals[0] = statsTotals
	j.leader[0] = appendBlock(newSubmission(Leader, 0, 1), pa, sa[0])
	j.helper[0] = appendBlock(newSubmission(Helper, 0, 1), pa, sb[1])
	got := j.run(t)
	if want := []int64{900, 100, 4, 0, 0}; !slices.Equal(got[0], want) {
		t.Fatalf("aggregate %v, want %v", got[0], want)
	}
}
