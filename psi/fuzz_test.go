package psi

import (
	"bytes"
	"errors"
	"testing"
)

func fuzzClass(t *testing.T, err error) {
	if err != nil && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrLimit) && !errors.Is(err, ErrProof) {
		t.Fatalf("unexpected error class: %v", err)
	}
}

// A request from an owner: decoded only with exactly rows canonical,
// non-identity elements; then it re-encodes to the same bytes.
func FuzzParseRequest(f *testing.F) {
	inputs, _ := Inputs(idsFor("x", 0, 3), 3, nil)
	_, req, _ := Blind(inputs, nil)
	f.Add(req)
	f.Fuzz(func(t *testing.T, msg []byte) {
		es, err := ParseRequest(msg, 3)
		fuzzClass(t, err)
		if err == nil && !bytes.Equal(encodeElements(requestMagic, es), msg) {
			t.Fatal("accepted a non-canonical request")
		}
	})
}

// A node's evaluation: anything but the honest answer fails Finalize with a
// classified error.
func FuzzFinalize(f *testing.F) {
	counter, _ := NewKeyShare(Counter, nil)
	mixer, _ := NewKeyShare(Mixer, nil)
	inputs, _ := Inputs(idsFor("x", 0, 3), 3, nil)
	q, req, _ := Blind(inputs, nil)
	good, _ := counter.Evaluate(req, 3, nil)
	fromMixer, _ := mixer.Evaluate(req, 3, nil)
	f.Add(good)
	f.Fuzz(func(t *testing.T, msg []byte) {
		_, err := q.Finalize(counter.Public, mixer.Public, msg, fromMixer)
		fuzzClass(t, err)
		if err == nil && !bytes.Equal(msg, good) {
			t.Fatal("accepted an evaluation other than the honest one")
		}
	})
}

// A tag list (owner → mixer, mixer → counter) and a public key.
func FuzzParseTags(f *testing.F) {
	counter, _ := NewKeyShare(Counter, nil)
	tags, _ := Tags([][]byte{[]byte("a"), []byte("b")}, counter.Public, nil)
	pub, _ := counter.Public.MarshalBinary()
	f.Add(tags, pub)
	f.Fuzz(func(t *testing.T, msg, key []byte) {
		l, err := ParseTags(msg, 2)
		fuzzClass(t, err)
		if err == nil && !bytes.Equal(encodeCiphertexts(l.cts), msg) {
			t.Fatal("accepted a non-canonical tag list")
		}
		p, err := ParsePublicKey(key, Counter)
		fuzzClass(t, err)
		if err == nil {
			if b, _ := p.MarshalBinary(); !bytes.Equal(b, key) {
				t.Fatal("accepted a non-canonical public key")
			}
		}
	})
}

// The mixer's lists at the counter.
func FuzzCount(f *testing.F) {
	counter, _ := NewKeyShare(Counter, nil)
	rel, _ := NewRelease(8, 1e-3)
	l, _ := Tags([][]byte{[]byte("a")}, counter.Public, nil)
	parsed, _ := ParseTags(l, 1)
	d, _ := rel.DrawDummies(nil)
	mixed, _ := rel.Mix(counter.Public, []TagList{parsed, parsed}, d, nil)
	f.Add(mixed[0], mixed[1])
	f.Fuzz(func(t *testing.T, a, b []byte) {
		_, err := counter.Count([][]byte{a, b}, []int{1, 1}, rel, Noise{})
		fuzzClass(t, err)
	})
}
