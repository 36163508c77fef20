package prio

import (
	"crypto/rand"
	"testing"
)

// tb is what the harness needs of *testing.T, *testing.B and *rapid.T.
type tb interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

// job is an in-memory run of the protocol between two honest nodes.
type job struct {
	s       *Scheme
	totals  map[uint32]Totals
	leader  map[uint32][]byte // what each owner sent the leader
	helper  map[uint32][]byte
	nodes   [2]*Aggregator
	prep    [2][]byte // each node's PrepMessage
	opening [2][]byte
}

func newJob(t tb, s *Scheme) *job {
	t.Helper()
	vk := DeriveVerifyKey(s.context, []byte("leader part"), []byte("helper part"))
	j := &job{s: s, totals: map[uint32]Totals{}, leader: map[uint32][]byte{}, helper: map[uint32][]byte{}}
	for r := range j.nodes {
		a, err := NewAggregator(s, Role(r), vk)
		if err != nil {
			t.Fatal(err)
		}
		j.nodes[r] = a
	}
	return j
}

// submit shards meas honestly for owner o.
func (j *job) submit(t tb, o uint32, meas [][]uint64, totals Totals) {
	t.Helper()
	sub, err := j.s.Shard(o, meas, totals, rand.Reader)
	if err != nil {
		t.Fatalf("owner %d: %v", o, err)
	}
	j.totals[o], j.leader[o], j.helper[o] = totals, sub.Leader, sub.Helper
}

// run delivers every submission and runs both nodes to the end; it returns
// the unsharded aggregate.
func (j *job) run(t tb) [][]int64 {
	t.Helper()
	for o, msg := range j.leader {
		_ = j.nodes[Leader].Receive(o, j.totals[o], msg)
	}
	for o, msg := range j.helper {
		_ = j.nodes[Helper].Receive(o, j.totals[o], msg)
	}
	j.exchange(t)
	return j.unshard(t)
}

func (j *job) exchange(t tb) {
	t.Helper()
	var err error
	for r, a := range j.nodes {
		if j.prep[r], err = a.PrepMessage(); err != nil {
			t.Fatal(err)
		}
	}
	for r, a := range j.nodes {
		if j.opening[r], err = a.Verify(j.prep[1-r]); err != nil {
			t.Fatalf("%s: %v", Role(r), err)
		}
	}
	for r, a := range j.nodes {
		if err := a.Check(j.opening[1-r]); err != nil {
			t.Fatalf("%s: %v", Role(r), err)
		}
	}
}

func (j *job) unshard(t tb) [][]int64 {
	t.Helper()
	var shares [2]*AggregateShare
	for r, a := range j.nodes {
		g, err := a.Aggregate()
		if err != nil {
			t.Fatal(err)
		}
		b, err := g.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if shares[r], err = j.s.ParseAggregateShare(b); err != nil {
			t.Fatal(err)
		}
	}
	out, err := j.s.Unshard(shares[0], shares[1])
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func mustScheme(t tb, blocks ...Block) *Scheme {
	t.Helper()
	s, err := NewScheme([]byte("veil test job"), blocks)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// The declared sizes bound the real messages.
func TestMessageSizes(t *testing.T) {
	j := fuzzJob(t)
	s := j.s
	g, _ := j.nodes[0].Aggregate()
	b, _ := g.MarshalBinary()
	if len(j.prep[0]) != s.PrepMessageSize(2) || len(j.opening[0]) != s.OpeningsSize(2) || len(b) != s.AggregateShareSize() {
		t.Fatalf("sizes %d %d %d, declared %d %d %d", len(j.prep[0]), len(j.opening[0]), len(b), s.PrepMessageSize(2), s.OpeningsSize(2), s.AggregateShareSize())
	}
}
