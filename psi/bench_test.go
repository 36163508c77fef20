package psi

import (
	"fmt"
	"testing"
	"time"
)

// BenchmarkPSI runs a whole two-owner job in one process (both owners, both
// nodes, one after the other on the same cores) beside a plaintext hash
// join of the same identifiers, in the same run:
//
//	go test ./psi -run XXX -bench PSI -benchtime 1x
//
// Half of each owner's identifiers are shared. Metrics: seconds per role
// (owner is per owner) and bytes each owner sends and receives.
func BenchmarkPSI(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		a, c := idsFor("id", 0, n), idsFor("id", n/2, n/2+n)
		b.Run(fmt.Sprintf("%dk/plaintext-join", n/1000), func(b *testing.B) {
			for b.Loop() {
				if got := plaintextJoin([][][]byte{a, c}); got != int64(n/2) {
					b.Fatalf("join %d", got)
				}
			}
		})
		b.Run(fmt.Sprintf("%dk/veil", n/1000), func(b *testing.B) {
			for b.Loop() {
				benchJob(b, [][][]byte{a, c}, []int{n, n})
			}
		})
	}
}

func benchJob(b *testing.B, cols [][][]byte, rows []int) {
	rel, _ := NewRelease(1, 1e-6)
	counter, _ := NewKeyShare(Counter, nil)
	mixer, _ := NewKeyShare(Mixer, nil)
	var owner, nodes time.Duration
	var lists []TagList
	var bytesOwner int
	for i, col := range cols {
		t0 := time.Now()
		inputs, _ := Inputs(col, rows[i], nil)
		q, req, _ := Blind(inputs, nil)
		t1 := time.Now()
		ec, _ := counter.Evaluate(req, rows[i], nil)
		em, _ := mixer.Evaluate(req, rows[i], nil)
		t2 := time.Now()
		out, err := q.Finalize(counter.Public, mixer.Public, ec, em)
		if err != nil {
			b.Fatal(err)
		}
		tags, _ := Tags(out, counter.Public, nil)
		t3 := time.Now()
		l, _ := ParseTags(tags, rows[i])
		lists = append(lists, l)
		owner += t1.Sub(t0) + t3.Sub(t2)
		nodes += t2.Sub(t1)
		bytesOwner = 2*len(req) + len(ec) + len(em) + len(tags)
	}
	t0 := time.Now()
	d, _ := rel.DrawDummies(nil)
	z, _ := rel.DrawNoise(nil)
	mixed, err := rel.Mix(counter.Public, lists, d, nil)
	if err != nil {
		b.Fatal(err)
	}
	t1 := time.Now()
	if _, err := counter.Count(mixed, rows, rel, z); err != nil {
		b.Fatal(err)
	}
	t2 := time.Now()
	b.ReportMetric(owner.Seconds()/float64(len(cols)), "owner-s")
	b.ReportMetric(nodes.Seconds()/float64(len(cols)), "evaluate-s/owner")
	b.ReportMetric(t1.Sub(t0).Seconds(), "mixer-s")
	b.ReportMetric(t2.Sub(t1).Seconds(), "counter-s")
	b.ReportMetric(float64(bytesOwner), "bytes/owner")
}
