package he

import (
	"bytes"
	"testing"
)

// Fuzz targets for the engine's message and storage decoders: nothing may
// panic, and whatever is accepted re-encodes to the same bytes.

func FuzzDecodeReply(f *testing.F) {
	f.Add(reply([]byte("body")))
	f.Add(abortReply("he: owner \"0x1\": no input"))
	f.Add([]byte{})
	f.Add([]byte{7})
	f.Fuzz(func(t *testing.T, b []byte) {
		if body, err := decodeReply(b); err == nil && !bytes.Equal(reply(body), b) {
			t.Fatal("accepted a non-canonical reply")
		}
	})
}

func sampleSigned() Signed {
	return Signed{Owner: "0xowner", Payload: []byte("payload"), Signature: bytes.Repeat([]byte{1}, 64)}
}

func FuzzDecodeSigned(f *testing.F) {
	f.Add(encodeSigned(sampleSigned()))
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		if s, err := decodeSigned(b); err == nil && !bytes.Equal(encodeSigned(s), b) {
			t.Fatal("accepted a non-canonical signed object")
		}
	})
}

func FuzzDecodeSignedList(f *testing.F) {
	f.Add(encodeSignedList([]Signed{sampleSigned(), sampleSigned()}))
	f.Add([]byte{0, 0})
	f.Add([]byte{0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		if l, err := decodeSignedList(b); err == nil && !bytes.Equal(encodeSignedList(l), b) {
			t.Fatal("accepted a non-canonical list")
		}
	})
}

func FuzzDecodeInputBundle(f *testing.F) {
	f.Add(inputBundle{claimed: [32]byte{1}, inputs: []Signed{sampleSigned()}}.encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		if in, err := decodeInputBundle(b); err == nil && !bytes.Equal(in.encode(), b) {
			t.Fatal("accepted a non-canonical bundle")
		}
	})
}

func FuzzDecodeAnnouncement(f *testing.F) {
	f.Add(announcement{committee: [32]byte{1}, participants: []int{0, 2}}.encode(), 3)
	f.Add([]byte("VHEA"), 1)
	f.Fuzz(func(t *testing.T, b []byte, n int) {
		n = max(0, min(n, MaxCommittee))
		a, err := decodeAnnouncement(b, n)
		if err != nil {
			return
		}
		if !bytes.Equal(a.encode(), b) {
			t.Fatal("accepted a non-canonical announcement")
		}
		for _, i := range a.participants {
			if i >= n {
				t.Fatalf("participant %d in a job of %d owners", i, n)
			}
		}
	})
}

func FuzzDecodeHello(f *testing.F) {
	f.Add(hello{}.encode())
	f.Add(hello{cached: true, key: [32]byte{3}}.encode())
	f.Fuzz(func(t *testing.T, b []byte) {
		if h, err := decodeHello(b); err == nil && !bytes.Equal(h.encode(), b) {
			t.Fatal("accepted a non-canonical hello")
		}
		if d, err := decodeSetupDecision(b); err == nil && !bytes.Equal(d.encode(), b) {
			t.Fatal("accepted a non-canonical setup decision")
		}
	})
}

func FuzzDecodeCommitments(f *testing.F) {
	f.Add(encodeCommitments([]commitment{{context: [32]byte{1}}, {object: [32]byte{2}}}), 2)
	f.Fuzz(func(t *testing.T, b []byte, n int) {
		n = max(0, min(n, MaxCommittee))
		if cs, err := decodeCommitments(b, n); err == nil && !bytes.Equal(encodeCommitments(cs), b) {
			t.Fatal("accepted a non-canonical commitment list")
		}
		if c, err := decodeCommitment(b); err == nil && !bytes.Equal(c.encode(), b) {
			t.Fatal("accepted a non-canonical commitment")
		}
	})
}

func FuzzDecodeResultPayload(f *testing.F) {
	f.Add(resultPayload{contributors: []string{"0xa", "0xb"}, output: []byte("VHE1...")}.encode())
	f.Add([]byte("VHR1\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := decodeResultPayload(b); err == nil && !bytes.Equal(p.encode(), b) {
			t.Fatal("accepted a non-canonical payload")
		}
	})
}

// FuzzStoredKeys feeds arbitrary records to the decoders of what the
// engine keeps on disk: an owner's committee keys and a buyer's key pair.
func FuzzStoredKeys(f *testing.F) {
	tb, fx := fuzzBed(f)
	rec := newMemKV()
	if err := saveCommitteeKeys(kvStore{rec}, tb.c, newCommitteeKeys(tb.parties[0].sk, tb.parties[0].key)); err != nil {
		f.Fatal(err)
	}
	f.Add(rec.m[committeeKeysKey(tb.c)])
	if err := saveBuyerKeys(rec, tb.p, &buyerKeys{sk: fx.bsk, pk: fx.bpk}); err != nil {
		f.Fatal(err)
	}
	f.Add(rec.m[buyerKeysKey(tb.p)])
	f.Add([]byte{0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		kv := newMemKV()
		kv.m[committeeKeysKey(tb.c)], kv.m[buyerKeysKey(tb.p)] = b, b
		loadCommitteeKeys(kvStore{kv}, tb.c)
		loadBuyerKeys(kv, tb.p)
	})
}
