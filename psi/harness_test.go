package psi

import (
	"crypto/rand"
	"fmt"
	"testing"
)

// run is one in-memory PSI job; views records what each node received.
type run struct {
	rel     Release
	keys    [2]*KeyShare
	views   [2][][]byte // every message each node received, and the counter's plaintext tags
	d       int64       // the mixer's dummy count (test only)
	c       int64       // the counter's exact count c + D
	release int64
}

func idsFor(prefix string, from, to int) [][]byte {
	var out [][]byte
	for i := from; i < to; i++ {
		out = append(out, []byte(fmt.Sprintf("%s%d", prefix, i)))
	}
	return out
}

// runPSI runs the protocol for owners with identifier columns cols and
// committed row counts rows.
func runPSI(t testing.TB, cols [][][]byte, rows []int, eps float64) *run {
	t.Helper()
	rel, err := NewRelease(eps, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	r := &run{rel: rel}
	for role := range r.keys {
		if r.keys[role], err = NewKeyShare(Role(role), nil); err != nil {
			t.Fatal(err)
		}
	}
	pubs := [2]PublicKey{}
	for role, k := range r.keys {
		b, _ := k.Public.MarshalBinary()
		if pubs[role], err = ParsePublicKey(b, Role(role)); err != nil {
			t.Fatal(err)
		}
	}
	var lists []TagList
	for i, col := range cols {
		lists = append(lists, r.owner(t, col, rows[i], pubs))
	}
	d, err := rel.DrawDummies(nil)
	if err != nil {
		t.Fatal(err)
	}
	mixed, err := rel.Mix(pubs[Counter], lists, d, nil)
	if err != nil {
		t.Fatal(err)
	}
	r.d = d.d
	r.views[Counter] = append(r.views[Counter], mixed...)
	if r.c, err = r.keys[Counter].intersect(mixed, rows, rel); err != nil {
		t.Fatal(err)
	}
	for i, m := range mixed {
		cts, _ := parseCiphertexts(m, rows[i]+int(2*rel.Mu))
		for _, c := range cts {
			r.views[Counter] = append(r.views[Counter], c.decrypt(r.keys[Counter].q))
		}
	}
	z, err := rel.DrawNoise(nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.release, err = r.keys[Counter].Count(mixed, rows, rel, z); err != nil {
		t.Fatal(err)
	}
	return r
}

// owner runs one owner's side and returns the list the mixer parsed.
func (r *run) owner(t testing.TB, col [][]byte, rows int, pubs [2]PublicKey) TagList {
	inputs, err := Inputs(col, rows, nil)
	if err != nil {
		t.Fatal(err)
	}
	q, req, err := Blind(inputs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var evals [2][]byte
	for role, k := range r.keys {
		r.views[role] = append(r.views[role], req)
		if evals[role], err = k.Evaluate(req, rows, nil); err != nil {
			t.Fatal(err)
		}
	}
	out, err := q.Finalize(pubs[Counter], pubs[Mixer], evals[Counter], evals[Mixer])
	if err != nil {
		t.Fatal(err)
	}
	tags, err := Tags(out, pubs[Counter], rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	r.views[Mixer] = append(r.views[Mixer], tags)
	l, err := ParseTags(tags, rows)
	if err != nil {
		t.Fatal(err)
	}
	return l
}
