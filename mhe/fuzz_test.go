package mhe

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// Fuzz targets for every decoder of bytes that come from a peer or from
// disk. They run on N = 16 parameters so that inputs stay small. Each one
// checks that nothing panics and that whatever is accepted re-encodes to the
// same bytes (the encodings are canonical).

func fuzzBed(f *testing.F) (*testbed, *switchFixtureLite) {
	p, err := InsecureTestParams(4)
	if err != nil {
		f.Fatal(err)
	}
	tb := newTestbed(f, p, 2, 41)
	fx := &switchFixtureLite{job: []byte("fuzz-job")}
	fx.inputs = tb.inputs(f, fx.job, [][]float64{{1, 2}, {3, 4}})
	fx.bsk, fx.bpk, err = GenBuyerKeys(p, seeded(42))
	if err != nil {
		f.Fatal(err)
	}
	agg, out := tb.switchTo(f, fx.job, fx.inputs, fx.bpk, 43)
	fx.agg, fx.out = agg, out
	return tb, fx
}

type switchFixtureLite struct {
	job    []byte
	inputs []Signed
	bsk    *BuyerSecretKey
	bpk    *BuyerPublicKey
	agg    *Aggregate
	out    *BuyerCiphertexts
}

func addMutants(f *testing.F, seed []byte) {
	f.Add(seed)
	f.Add(seed[:headerLen])
	f.Add([]byte{})
	short := bytes.Clone(seed)
	binary.BigEndian.PutUint32(short[37:], 7)
	f.Add(short)
}

func FuzzParseSecretShare(f *testing.F) {
	tb, _ := fuzzBed(f)
	b, _ := tb.parties[0].sk.MarshalBinary()
	addMutants(f, b)
	f.Fuzz(func(t *testing.T, b []byte) {
		if sk, err := ParseSecretShare(tb.p, b); err == nil {
			if again, _ := sk.MarshalBinary(); !bytes.Equal(again, b) {
				t.Fatal("accepted a non-canonical encoding")
			}
		}
	})
}

func FuzzParseBuyerSecretKey(f *testing.F) {
	tb, fx := fuzzBed(f)
	b, _ := fx.bsk.MarshalBinary()
	addMutants(f, b)
	f.Fuzz(func(t *testing.T, b []byte) {
		if sk, err := ParseBuyerSecretKey(tb.p, b); err == nil {
			if again, _ := sk.MarshalBinary(); !bytes.Equal(again, b) {
				t.Fatal("accepted a non-canonical encoding")
			}
		}
	})
}

func FuzzParseBuyerPublicKey(f *testing.F) {
	tb, fx := fuzzBed(f)
	b, _ := fx.bpk.MarshalBinary()
	addMutants(f, b)
	f.Fuzz(func(t *testing.T, b []byte) {
		if pk, err := ParseBuyerPublicKey(tb.p, b, sha256Sum(b)); err == nil {
			if again, _ := pk.MarshalBinary(); !bytes.Equal(again, b) {
				t.Fatal("accepted a non-canonical encoding")
			}
		}
	})
}

func FuzzParseCollectiveKey(f *testing.F) {
	tb, _ := fuzzBed(f)
	b, _ := tb.parties[0].key.MarshalBinary()
	addMutants(f, b)
	f.Fuzz(func(t *testing.T, b []byte) {
		if k, err := ParseCollectiveKey(tb.c, b); err == nil {
			if again, _ := k.MarshalBinary(); !bytes.Equal(again, b) {
				t.Fatal("accepted a non-canonical encoding")
			}
		}
	})
}

// The protocol decoders sit behind signature checks, so these targets sign
// the fuzzed payload as a member to reach them.

func FuzzCombineCKG(f *testing.F) {
	tb, _ := fuzzBed(f)
	addMutants(f, tb.ckg[0].Payload)
	f.Fuzz(func(t *testing.T, b []byte) {
		id := tb.c.id
		s, _ := sign(tb.parties[0].id.Signer, tagCKG, tb.parties[0].id.Address, b, id[:])
		CombineCKG(tb.c, []Signed{s, tb.ckg[1]})
	})
}

func FuzzCheckAndAggregate(f *testing.F) {
	tb, fx := fuzzBed(f)
	addMutants(f, fx.inputs[0].Payload)
	f.Fuzz(func(t *testing.T, b []byte) {
		id := tb.c.id
		s, _ := sign(tb.parties[0].id.Signer, tagInput, tb.parties[0].id.Address, b, id[:], fx.job)
		agg, err := CheckAndAggregate(tb.c, fx.job, tb.parties[1].id.Address, []Signed{s, fx.inputs[1]}, 2)
		if err == nil && agg.Ciphertexts() != tb.p.Ciphertexts(1) {
			t.Fatalf("aggregate of one-ciphertext inputs has %d ciphertexts", agg.Ciphertexts())
		}
	})
}

func FuzzAggregatePCKS(f *testing.F) {
	tb, fx := fuzzBed(f)
	var shares []Signed
	for i, pt := range tb.parties {
		own, _ := CheckAndAggregate(tb.c, fx.job, pt.id.Address, fx.inputs, 2)
		s, err := GenPCKSShare(tb.c, pt.id, pt.sk, own, fx.agg.Hash(), fx.bpk, seeded(uint64(i)))
		if err != nil {
			f.Fatal(err)
		}
		shares = append(shares, s)
	}
	addMutants(f, shares[0].Payload)
	f.Fuzz(func(t *testing.T, b []byte) {
		s, _ := sign(tb.parties[0].id.Signer, tagPCKS, tb.parties[0].id.Address, b, tb.c.pcksContext(fx.agg, fx.bpk)...)
		AggregatePCKS(tb.c, fx.agg, fx.bpk, []Signed{s, shares[1]})
	})
}

func FuzzDecryptOutput(f *testing.F) {
	_, fx := fuzzBed(f)
	addMutants(f, fx.out.Bytes())
	f.Fuzz(func(t *testing.T, b []byte) {
		fx.bsk.Decrypt(b)
	})
}
