package secagg

import (
	"bytes"
	"slices"
	"testing"
)

// Fuzz targets for every decoder of bytes that come from a peer. Each
// checks that no input panics and that whatever decodes re-encodes to the
// same bytes (one encoding per message: no malleability).

const fuzzN = 5

func FuzzReadHeader(f *testing.F) {
	f.Add(appendHeader(nil, Header{Kind: ServerKind(StepUnmasking), Session: testSession(9), Sender: serverSender}))
	f.Add([]byte("VSA1"))
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := ReadHeader(b)
		if err == nil && !bytes.Equal(appendHeader(nil, h), b[:headerLen]) {
			t.Fatalf("header %+v re-encodes differently", h)
		}
	})
}

func FuzzParseAdvertise(f *testing.F) {
	f.Add(make([]byte, 96))
	f.Fuzz(func(t *testing.T, b []byte) {
		if a, err := parseAdvertise(b); err == nil && !bytes.Equal(a.append(nil), b) {
			t.Fatal("advertisement re-encodes differently")
		}
	})
}

func FuzzParseKeysBroadcast(f *testing.F) {
	f.Add(keysBroadcast{adverts: [][]byte{make([]byte, advertiseLen)}}.append(nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		if k, err := parseKeysBroadcast(b, fuzzN); err == nil && !bytes.Equal(k.append(nil), b) {
			t.Fatal("key broadcast re-encodes differently")
		}
	})
}

func FuzzParseShareKeys(f *testing.F) {
	f.Add(appendSealed(nil, []sealedShare{{peer: 1, ciphertext: make([]byte, shareCipherLen)}}))
	f.Fuzz(func(t *testing.T, b []byte) {
		if l, err := parseShareKeys(b, fuzzN); err == nil && !bytes.Equal(appendSealed(nil, l), b) {
			t.Fatal("ShareKeys body re-encodes differently")
		}
	})
}

func FuzzParseSharesDelivery(f *testing.F) {
	f.Add(sharesDelivery{recipient: 2, shares: []sealedShare{{peer: 0, ciphertext: make([]byte, shareCipherLen)}}}.append(nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		if d, err := parseSharesDelivery(b, fuzzN); err == nil && !bytes.Equal(d.append(nil), b) {
			t.Fatal("share delivery re-encodes differently")
		}
	})
}

func FuzzParseIndexList(f *testing.F) {
	f.Add(appendIndexList(nil, []int{0, 2, 4}))
	f.Fuzz(func(t *testing.T, b []byte) {
		if l, err := parseIndexList(b, fuzzN); err == nil && !bytes.Equal(appendIndexList(nil, l), b) {
			t.Fatal("index list re-encodes differently")
		}
	})
}

func FuzzParseSurvivors(f *testing.F) {
	f.Add(survivorsBody{survivors: []int{0, 2, 4}, digest: [32]byte{7}}.append(nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		if s, err := parseSurvivors(b, fuzzN); err == nil && !bytes.Equal(s.append(nil), b) {
			t.Fatal("survivor announcement re-encodes differently")
		}
	})
}

// fuzzSegments is a small layout with a 60-bit prime, a tiny and a 63-bit modulus.
var fuzzSegments = Params{N: fuzzN, T: 3, VectorLen: 7,
	Segments: []Segment{{Modulus: 1152921504606748673, Len: 3}, {Modulus: 5, Len: 3}, {Modulus: 1<<63 - 25, Len: 1}}}

func FuzzParseOpening(f *testing.F) {
	f.Add(openingBody{masked: make([]byte, fuzzSegments.packedLen()), seeds: []ownedShare{{owner: 0}, {owner: 2}}, dropped: []ownedShare{{owner: 1}}}.append(nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		o, err := parseOpening(b, fuzzSegments)
		if err == nil && !bytes.Equal(o.append(nil), b) {
			t.Fatal("opening re-encodes differently")
		}
	})
}

func FuzzUnpackSegments(f *testing.F) {
	f.Add(make([]byte, fuzzSegments.packedLen()))
	f.Add(bytes.Repeat([]byte{0xff}, fuzzSegments.packedLen()))
	f.Fuzz(func(t *testing.T, b []byte) {
		v := make([]uint64, fuzzSegments.VectorLen)
		if fuzzSegments.unpack(v, b) != nil {
			return
		}
		if err := fuzzSegments.checkVector(v); err != nil {
			t.Fatalf("decoded an entry out of range: %v", err)
		}
		again := make([]byte, len(b))
		fuzzSegments.pack(again, v)
		if !bytes.Equal(again, b) {
			t.Fatal("unpacked vector re-packs differently")
		}
	})
}

// FuzzVerifySum feeds arbitrary openings to a client waiting for one: it
// must refuse or return the honest sum, never panic or return another.
func FuzzVerifySum(f *testing.F) {
	h, _, honest := openedRun(f)
	f.Add(h.serverMsg(StepOpening, honest.append(nil)))
	f.Fuzz(func(t *testing.T, msg []byte) {
		h, sum, _ := openedRun(t)
		got, err := h.clients[0].VerifySum(msg)
		if err == nil && !slices.Equal(got, sum) {
			t.Fatal("an opening other than the honest one gave another sum")
		}
	})
}

func FuzzParseUnmaskRequest(f *testing.F) {
	f.Add(unmaskRequest{survivors: []int{0, 1, 3}, dropped: []int{2}, signatures: []signerSig{{signer: 1, sig: make([]byte, 64)}}}.append(nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		if u, err := parseUnmaskRequest(b, fuzzN); err == nil && !bytes.Equal(u.append(nil), b) {
			t.Fatal("unmask request re-encodes differently")
		}
	})
}

func FuzzParseUnmaskShares(f *testing.F) {
	f.Add(unmaskShares{seedShares: []ownedShare{{owner: 1}}, keyShares: []ownedShare{{owner: 3}}}.append(nil))
	f.Fuzz(func(t *testing.T, b []byte) {
		if u, err := parseUnmaskShares(b, fuzzN); err == nil && !bytes.Equal(u.append(nil), b) {
			t.Fatal("unmask shares re-encode differently")
		}
	})
}

func FuzzParseSharePlain(f *testing.F) {
	f.Add(sharePlain{sender: 1, recipient: 2}.bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := parseSharePlain(b); err == nil && !bytes.Equal(p.bytes(), b) {
			t.Fatal("share plaintext re-encodes differently")
		}
	})
}

func FuzzUnpackBits(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5}, uint8(10), uint8(4))
	f.Fuzz(func(t *testing.T, b []byte, k, n uint8) {
		kk := int(k%64) + 1
		v := make([]uint64, n)
		if unpackBits(v, b, kk, false) != nil {
			return
		}
		again := make([]byte, len(b))
		packBits(again, v, kk)
		if !bytes.Equal(again, b) {
			t.Fatalf("k=%d: unpacked vector re-packs differently", kk)
		}
	})
}

// collecting returns a 5-client session whose server is collecting step
// st: earlier steps done by everyone, step st done by every client but
// client 1, whose message (computed, not delivered) is returned. Client 1
// then waits for the server message that opens step st+1.
func collecting(t testing.TB, st Step) (*harness, []byte) {
	h := newHarness(t, Params{N: fuzzN, T: 3, ModBits: 12, VectorLen: 6}, 91)
	var open []byte
	for cur := StepAdvertiseKeys; ; cur++ {
		var held []byte
		for i := range h.clients {
			msg := h.clientMsg(cur, i, open)
			if cur == st && i == 1 {
				held = msg
				continue
			}
			h.must(h.add(cur, msg))
		}
		if cur == st {
			return h, held
		}
		open = h.closeStep(cur)
	}
}

func (h *harness) clientMsg(st Step, i int, open []byte) []byte {
	c := h.clients[i]
	var msg []byte
	var err error
	switch st {
	case StepAdvertiseKeys:
		msg, err = c.AdvertiseKeys()
	case StepShareKeys:
		msg, err = c.ShareKeys(open)
	case StepMaskedInputCollection:
		d, derr := h.server.SharesFor(i)
		h.must(derr)
		msg, err = c.MaskInput(d, h.inputs[i])
	case StepConsistencyCheck:
		msg, err = c.ConsistencyCheck(open)
	case StepUnmasking:
		msg, err = c.Unmask(open)
	}
	h.must(err)
	return msg
}

func (h *harness) add(st Step, msg []byte) error {
	s := h.server
	return map[Step]func([]byte) error{
		StepAdvertiseKeys: s.AddAdvertiseKeys, StepShareKeys: s.AddShareKeys,
		StepMaskedInputCollection: s.AddMaskedInput, StepConsistencyCheck: s.AddConsistencyCheck,
		StepUnmasking: s.AddUnmasking,
	}[st](msg)
}

func (h *harness) closeStep(st Step) []byte {
	var msg []byte
	var err error
	switch st {
	case StepAdvertiseKeys:
		msg, err = h.server.CloseAdvertiseKeys()
	case StepShareKeys:
		err = h.server.CloseShareKeys()
	case StepMaskedInputCollection:
		msg, err = h.server.CloseMaskedInput()
	case StepConsistencyCheck:
		msg, err = h.server.CloseConsistencyCheck()
	}
	h.must(err)
	return msg
}

// FuzzServerAdd feeds arbitrary bytes to the server while it collects each
// step: it must refuse or accept, never panic.
func FuzzServerAdd(f *testing.F) {
	for st := StepAdvertiseKeys; st <= StepUnmasking; st++ {
		_, msg := collecting(f, st)
		f.Add(uint8(st), msg)
	}
	f.Fuzz(func(t *testing.T, step uint8, msg []byte) {
		st := Step(step%5 + 1)
		h, _ := collecting(t, st)
		_ = h.add(st, msg)
	})
}

// FuzzClientSteps feeds arbitrary server messages to a client at every
// step that takes one: it must refuse or accept, never panic.
func FuzzClientSteps(f *testing.F) {
	for st := StepAdvertiseKeys; st < StepUnmasking; st++ {
		h, _ := collecting(f, st)
		open := []byte(nil)
		if st != StepShareKeys {
			open = h.closeStep(st)
		} else {
			h.closeStep(st)
			open, _ = h.server.SharesFor(1)
		}
		f.Add(uint8(st), open)
	}
	f.Fuzz(func(t *testing.T, step uint8, msg []byte) {
		st := Step(step%4 + 1) // client 1 has done st and waits for st+1
		h, _ := collecting(t, st)
		c := h.clients[1]
		switch st + 1 {
		case StepShareKeys:
			_, _ = c.ShareKeys(msg)
		case StepMaskedInputCollection:
			_, _ = c.MaskInput(msg, h.inputs[1])
		case StepConsistencyCheck:
			_, _ = c.ConsistencyCheck(msg)
		case StepUnmasking:
			_, _ = c.Unmask(msg)
		}
	})
}
