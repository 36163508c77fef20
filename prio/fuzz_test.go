package prio

import (
	"bytes"
	"errors"
	"testing"
)

// fuzzJob is a finished two-owner run whose messages seed the corpora.
func fuzzJob(t testing.TB) *job {
	s := mustScheme(t, statsBlock(), Block{Circuit: Circuit{Kind: Histogram, Length: 3}})
	j := newJob(t, s)
	totals := Totals{statsTotals[0], nil}
	j.submit(t, 0, [][]uint64{honest(1, 2, [3]uint64{4, 0, 0}), {2}}, totals)
	j.submit(t, 1, [][]uint64{honest(3, 4, [3]uint64{0, 4, 0}), {0}}, totals)
	j.run(t)
	return j
}

// A submission from an owner: any bytes either prepare the owner or reject
// it with ErrMalformed or ErrInconsistent; nothing panics.
func FuzzReceive(f *testing.F) {
	j := fuzzJob(f)
	f.Add(j.leader[0], false)
	f.Add(j.helper[1], true)
	f.Fuzz(func(t *testing.T, msg []byte, helper bool) {
		r := Leader
		if helper {
			r = Helper
		}
		a, _ := NewAggregator(j.s, r, DeriveVerifyKey(nil, nil, nil))
		err := a.Receive(0, Totals{statsTotals[0], nil}, msg)
		if err != nil && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrInconsistent) {
			t.Fatalf("unexpected error class: %v", err)
		}
		if err == nil && len(msg) != j.s.SubmissionSize(r) {
			t.Fatalf("accepted a %d-byte submission, the scheme fixes %d", len(msg), j.s.SubmissionSize(r))
		}
	})
}

// The other node's prep message: ErrPeer or a verdict for every owner.
func FuzzVerify(f *testing.F) {
	j := fuzzJob(f)
	f.Add(j.prep[Helper])
	f.Add(j.prep[Helper][:20])
	f.Fuzz(func(t *testing.T, peer []byte) {
		k := newJob(t, j.s)
		for o := range j.leader {
			_ = k.nodes[Leader].Receive(o, j.totals[o], j.leader[o])
		}
		if _, err := k.nodes[Leader].PrepMessage(); err != nil {
			t.Fatal(err)
		}
		_, err := k.nodes[Leader].Verify(peer)
		if err != nil && !errors.Is(err, ErrPeer) {
			t.Fatalf("unexpected error class: %v", err)
		}
	})
}

// The other node's openings: ErrPeer, or every owner accepted or rejected.
func FuzzCheck(f *testing.F) {
	j := fuzzJob(f)
	f.Add(j.opening[Helper])
	f.Fuzz(func(t *testing.T, peer []byte) {
		k := newJob(t, j.s)
		for o := range j.leader {
			_ = k.nodes[Leader].Receive(o, j.totals[o], j.leader[o])
		}
		k.nodes[Leader].PrepMessage()
		if _, err := k.nodes[Leader].Verify(j.prep[Helper]); err != nil {
			t.Fatal(err)
		}
		err := k.nodes[Leader].Check(peer)
		if err != nil && !errors.Is(err, ErrPeer) {
			t.Fatalf("unexpected error class: %v", err)
		}
		if err == nil && len(k.nodes[Leader].Accepted())+len(k.nodes[Leader].Rejected()) != 2 {
			t.Fatal("an owner is neither accepted nor rejected")
		}
	})
}

// An aggregate share: accepted only in its one canonical encoding.
func FuzzParseAggregateShare(f *testing.F) {
	j := fuzzJob(f)
	g, _ := j.nodes[Helper].Aggregate()
	b, _ := g.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, msg []byte) {
		g, err := j.s.ParseAggregateShare(msg)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("unexpected error class: %v", err)
			}
			return
		}
		back, _ := g.MarshalBinary()
		if !bytes.Equal(back, msg) {
			t.Fatal("accepted a non-canonical encoding")
		}
	})
}
