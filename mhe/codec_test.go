package mhe

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"
)

func TestDecodersRefuseMalformedObjects(t *testing.T) {
	f := newSwitchFixture(t, 31)
	p := f.tb.p
	good := f.inputs[0].Payload
	p11, _ := InsecureTestParams(11)
	other := newTestbed(t, p11, 1, 32)
	otherCT := other.inputs(t, []byte("j"), [][]float64{{1}})[0].Payload
	mutate := func(fn func(b []byte) []byte) []byte { return fn(append([]byte(nil), good...)) }
	bigCoeff := mutate(func(b []byte) []byte {
		binary.LittleEndian.PutUint64(b[headerLen+8*5:], p.ckks.Q()[0]) // residue mod q0 equal to q0
		return b
	})
	lattigoEncoded, _ := p.newCiphertext().MarshalBinary()
	for _, tc := range []struct {
		name string
		b    []byte
		want error
		msg  string
	}{
		{"empty", nil, ErrMalformed, "shorter than"},
		{"truncated", good[:len(good)-1], ErrMalformed, "bytes, want"},
		{"extra byte", append(append([]byte(nil), good...), 0), ErrMalformed, "bytes, want"},
		{"bad magic", mutate(func(b []byte) []byte { b[0] = 'X'; return b }), ErrMalformed, "magic"},
		{"wrong kind", mutate(func(b []byte) []byte { b[4] = byte(kindPCKSShare); return b }), ErrMalformed, "key-switch share"},
		{"unknown kind", mutate(func(b []byte) []byte { b[4] = 0xee; return b }), ErrMalformed, "kind 238"},
		{"other parameters", otherCT, ErrWrongParams, "parameter set"},
		{"zero count", mutate(func(b []byte) []byte { binary.BigEndian.PutUint32(b[37:], 0); return b }), ErrMalformed, "0 ciphertexts"},
		{"huge count", mutate(func(b []byte) []byte { binary.BigEndian.PutUint32(b[37:], 1<<31); return b }), ErrMalformed, "ciphertexts, want"},
		{"two ciphertexts declared", mutate(func(b []byte) []byte { binary.BigEndian.PutUint32(b[37:], 2); return b }), ErrMalformed, "bytes, want"},
		{"coefficient not reduced", bigCoeff, ErrMalformed, "not below the modulus"},
		{"Lattigo's own encoding", lattigoEncoded, ErrMalformed, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := p.decodeCiphertexts(kindInput, tc.b)
			if !errors.Is(err, tc.want) || !errorContains(err, tc.msg) {
				t.Fatalf("got %v, want %v containing %q", err, tc.want, tc.msg)
			}
		})
	}
}

func TestEncodingIsCanonical(t *testing.T) {
	f := newSwitchFixture(t, 33)
	p := f.tb.p
	cts, err := p.decodeCiphertexts(kindInput, f.inputs[0].Payload)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.encodeCiphertexts(kindInput, cts), f.inputs[0].Payload) {
		t.Fatal("decode then encode changed the bytes")
	}
	want := headerLen + 2*len(p.ckks.Q())*p.Slots()*8
	if len(f.inputs[0].Payload) != want {
		t.Fatalf("one ciphertext is %d bytes, want %d", len(f.inputs[0].Payload), want)
	}
}

func TestBuyerPublicKeyChecks(t *testing.T) {
	p := testParams(t)
	_, pk, err := GenBuyerKeys(p, seeded(3))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := pk.MarshalBinary()
	if _, err := ParseBuyerPublicKey(p, b, pk.Digest()); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseBuyerPublicKey(p, b, [32]byte{1}); !errorContains(err, "SHA-256") {
		t.Errorf("digest mismatch: %v", err)
	}
	p11, _ := InsecureTestParams(11)
	if _, err := ParseBuyerPublicKey(p11, b, pk.Digest()); !errors.Is(err, ErrWrongParams) {
		t.Errorf("params mismatch: %v", err)
	}
	zero := newBuyerPublicKey(p, pk.pk.CopyNew())
	zero.pk.Value[1].Q.Zero()
	zb := p.encodeRows(kindBuyerPublicKey, 1, qpRows(zero.pk.Value[0], zero.pk.Value[1]))
	if _, err := ParseBuyerPublicKey(p, zb, sha256Sum(zb)); !errors.Is(err, ErrMalformed) {
		t.Errorf("degenerate key: %v", err)
	}
}

func TestSecretKeysRoundTrip(t *testing.T) {
	p := testParams(t)
	sk, err := NewSecretShare(p, seeded(4))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sk.MarshalBinary()
	back, err := ParseSecretShare(p, b)
	if err != nil || !back.sk.Value.Equal(&sk.sk.Value) {
		t.Fatalf("secret share: %v", err)
	}
	again, _ := NewSecretShare(p, seeded(4))
	if !again.sk.Value.Equal(&sk.sk.Value) {
		t.Error("the same seed gave a different secret share")
	}
	bsk, _, _ := GenBuyerKeys(p, seeded(5))
	bb, _ := bsk.MarshalBinary()
	if _, err := ParseBuyerSecretKey(p, bb); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseSecretShare(p, bb); !errors.Is(err, ErrMalformed) {
		t.Errorf("a buyer key parsed as a secret share: %v", err)
	}
}

func TestGuardTurnsPanicsIntoErrors(t *testing.T) {
	err := guard("test", func() error { panic("boom") })
	if !errors.Is(err, ErrInternal) || !errorContains(err, "boom") {
		t.Fatalf("got %v", err)
	}
}
