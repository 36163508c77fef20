package mhe

import (
	"runtime"
	"testing"
	"time"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/multiparty"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
)

// Per-owner costs at N = 2^14, each next to the bare Lattigo operation it
// wraps, measured in the same run. "veil" includes everything the owner
// sends: Lattigo's operation, smudging (PCKS), canonical encoding, SHA-256
// and the Ed25519 signature. "lattigo" is the same operation with Lattigo's
// own MarshalBinary. Run with:
//
//	go test -run '^$' -bench 'Owner' -benchtime 20x ./engine/he/

var benchBed *testbed

func ownerBed(b *testing.B) *testbed {
	if benchBed == nil {
		benchBed = newTestbed(b, DefaultParams(), 3, 77)
	}
	return benchBed
}

func fullVector(p Params) []float64 {
	v := make([]float64, p.Slots())
	for i := range v {
		v[i] = float64(i%1000) - 500.25
	}
	return v
}

// compare runs veil() and bare() alternately, so that load on the machine
// hits both alike, and reports both wall times, both CPU times of the
// running thread (robust to other processes), their ratios and the sizes.
func compare(b *testing.B, veil, bare func() int) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var tv, tl, cv, cl time.Duration
	var bv, bl int
	for b.Loop() {
		t0, c0 := time.Now(), threadCPU()
		bv = veil()
		t1, c1 := time.Now(), threadCPU()
		bl = bare()
		tl, cl = tl+time.Since(t1), cl+threadCPU()-c1
		tv, cv = tv+t1.Sub(t0), cv+c1-c0
	}
	n := float64(b.N)
	b.ReportMetric(tv.Seconds()*1e3/n, "veil-ms")
	b.ReportMetric(tl.Seconds()*1e3/n, "lattigo-ms")
	b.ReportMetric(tv.Seconds()/tl.Seconds(), "ratio")
	if cl > 0 {
		b.ReportMetric(cv.Seconds()*1e3/n, "veil-cpu-ms")
		b.ReportMetric(cl.Seconds()*1e3/n, "lattigo-cpu-ms")
		b.ReportMetric(cv.Seconds()/cl.Seconds(), "cpu-ratio")
	}
	b.ReportMetric(float64(bv), "veil-bytes")
	b.ReportMetric(float64(bl), "lattigo-bytes")
}

func BenchmarkOwnerCKGShare(b *testing.B) {
	tb := ownerBed(b)
	pt := tb.parties[0]
	compare(b, func() int {
		s, _ := GenCKGShare(tb.c, pt.id, pt.sk)
		return len(s.Payload)
	}, func() int {
		ckg := multiparty.NewPublicKeyGenProtocol(tb.p.ckks)
		crp := ckg.SampleCRP(tb.c.crs())
		share := ckg.AllocateShare()
		ckg.GenShare(pt.sk.sk, crp, &share)
		enc, _ := share.MarshalBinary()
		return len(enc)
	})
}

// BenchmarkOwnerEncrypt encrypts N = 16384 values. "encode+encrypt" is
// Lattigo's CKKS coefficient encoder plus encryption; "encrypt" starts from
// an already encoded plaintext.
func BenchmarkOwnerEncrypt(b *testing.B) {
	tb := ownerBed(b)
	pt, vec := tb.parties[0], fullVector(tb.p)
	veil := func() int {
		s, _ := EncryptInput(tb.c, pt.key, []byte("bench"), pt.id, vec)
		return len(s.Payload)
	}
	encrypt := func(plain *rlwe.Plaintext) int {
		ct := ckks.NewCiphertext(tb.p.ckks, 1, tb.p.level())
		rlwe.NewEncryptor(tb.p.ckks, pt.key.pk).Encrypt(plain, ct)
		enc, _ := ct.MarshalBinary()
		return len(enc)
	}
	ecd := ckks.NewEncoder(tb.p.ckks) // built once: its precomputation is not per encryption
	encode := func() *rlwe.Plaintext {
		plain := tb.p.newPlaintext()
		ecd.Encode(vec, plain)
		return plain
	}
	b.Run("vs-encode+encrypt", func(b *testing.B) {
		compare(b, veil, func() int { return encrypt(encode()) })
		b.ReportMetric(float64(len(vec)), "values")
	})
	b.Run("vs-encrypt", func(b *testing.B) {
		plain := encode()
		compare(b, veil, func() int { return encrypt(plain) })
	})
}

func BenchmarkOwnerPCKSShare(b *testing.B) {
	tb := ownerBed(b)
	pt := tb.parties[0]
	job := []byte("bench")
	vec := fullVector(tb.p)
	inputs := tb.inputs(b, job, [][]float64{vec, vec, vec})
	own, err := CheckAndAggregate(tb.c, job, pt.id.Address, inputs, 3)
	if err != nil {
		b.Fatal(err)
	}
	_, bpk, _ := GenBuyerKeys(tb.p, nil)
	// Lattigo's own flooding: a discrete Gaussian (σ = 2^30 as in its tests).
	flood := ring.DiscreteGaussian{Sigma: 1 << 30, Bound: 6 * (1 << 30)}
	compare(b, func() int {
		s, _ := GenPCKSShare(tb.c, pt.id, pt.sk, own, own.Hash(), bpk, nil)
		return len(s.Payload)
	}, func() int {
		pcks, _ := multiparty.NewPublicKeySwitchProtocol(tb.p.ckks, flood)
		share := pcks.AllocateShare(tb.p.level())
		pcks.GenShare(pt.sk.sk, bpk.pk, own.cts[0], &share)
		enc, _ := share.MarshalBinary()
		return len(enc)
	})
}

// BenchmarkEncode compares the exact fixed-point encoder with Lattigo's
// CKKS coefficient encoder (math/big above 2^64) on N values at Δ = 2^120.
func BenchmarkEncode(b *testing.B) {
	p := DefaultParams()
	vec := fullVector(p)
	ringQ := p.ckks.RingQ()
	ecd := ckks.NewEncoder(p.ckks)
	compare(b, func() int {
		pt := p.newPlaintext()
		encodeFixedPoint(ringQ, vec, logScale, pt.Value)
		ringQ.NTT(pt.Value, pt.Value)
		return 0
	}, func() int {
		pt := p.newPlaintext()
		ecd.Encode(vec, pt)
		return 0
	})
}

// BenchmarkOwnerEncryptContribution is a job's encryption: a full
// ciphertext of grid values (data and noise in int64) encrypted to the
// buyer's key, against Lattigo encoding the same values as floats and
// encrypting them.
func BenchmarkOwnerEncryptContribution(b *testing.B) {
	p := DefaultParams()
	_, bpk, err := GenBuyerKeys(p, seeded(5))
	if err != nil {
		b.Fatal(err)
	}
	vec := fullVector(p)
	data, noise, grids := make([]int64, len(vec)), make([]int64, len(vec)), make([]int, len(vec))
	for i, v := range vec {
		data[i], noise[i], grids[i] = int64(v*(1<<20)), int64(i%97)-48, 20
	}
	ecd := ckks.NewEncoder(p.ckks)
	compare(b, func() int {
		cts, _ := EncryptOnGrid(bpk, grids, data, noise)
		return 8 * len(p.Residues(cts))
	}, func() int {
		plain := p.newPlaintext()
		ecd.Encode(vec, plain)
		ct := ckks.NewCiphertext(p.ckks, 1, p.level())
		rlwe.NewEncryptor(p.ckks, bpk.pk).Encrypt(plain, ct)
		enc, _ := ct.MarshalBinary()
		return len(enc)
	})
}
