package he

import (
	"bytes"
	"testing"

	"github.com/veil-market/veil/mhe"
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

func FuzzDecodeAnnouncement(f *testing.F) {
	f.Add(announcement{params: [32]byte{1}, threshold: 2, participants: []int{0, 2}}.encode(), 3)
	f.Add([]byte("VHE2"), 1)
	f.Fuzz(func(t *testing.T, b []byte, n int) {
		n = max(0, min(n, maxJobOwners))
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

func FuzzDecodeResultPayload(f *testing.F) {
	f.Add(resultPayload{jobID: [32]byte{5}, contributors: []string{"0xa", "0xb"}, output: []byte("VHE1...")}.encode())
	f.Add([]byte("VHR2\x00\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := decodeResultPayload(b); err == nil && !bytes.Equal(p.encode(), b) {
			t.Fatal("accepted a non-canonical payload")
		}
	})
}

// FuzzStoredKeys feeds arbitrary records to the decoder of what the
// buyer keeps on disk: its key pair.
func FuzzStoredKeys(f *testing.F) {
	p, err := mhe.InsecureTestParams(4)
	if err != nil {
		f.Fatal(err)
	}
	sk, pk, err := mhe.GenBuyerKeys(p, seeded(42))
	if err != nil {
		f.Fatal(err)
	}
	rec := newMemKV()
	if err := saveBuyerKeys(rec, p, &buyerKeys{sk: sk, pk: pk}); err != nil {
		f.Fatal(err)
	}
	f.Add(rec.m[buyerKeysKey(p)])
	f.Add([]byte{0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		kv := newMemKV()
		kv.m[buyerKeysKey(p)] = b
		loadBuyerKeys(kv, p)
	})
}
