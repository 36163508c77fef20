package mhe

import (
	"errors"
	"testing"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
)

// switchFixture is a committee of three with one job's inputs encrypted.
type switchFixture struct {
	tb     *testbed
	job    []byte
	inputs []Signed
	want   []float64
	bsk    *BuyerSecretKey
	bpk    *BuyerPublicKey
}

func newSwitchFixture(t *testing.T, seed uint64) *switchFixture {
	t.Helper()
	f := &switchFixture{tb: newTestbed(t, testParams(t), 3, seed), job: []byte("job-7")}
	vecs := [][]float64{{1, 2, 3}, {4, 5, 6}, {7, 8, 9.5}}
	f.want = []float64{12, 15, 18.5}
	f.inputs = f.tb.inputs(t, f.job, vecs)
	var err error
	if f.bsk, f.bpk, err = GenBuyerKeys(f.tb.p, seeded(seed+1000)); err != nil {
		t.Fatal(err)
	}
	return f
}

// pcksShares returns every party's key-switch share of the honest aggregate.
func (f *switchFixture) pcksShares(t *testing.T) (*Aggregate, []Signed) {
	t.Helper()
	agg, err := AggregateInputs(f.tb.c, f.job, f.inputs, 3)
	if err != nil {
		t.Fatal(err)
	}
	var shares []Signed
	for i, pt := range f.tb.parties {
		own, err := CheckAndAggregate(f.tb.c, f.job, pt.id.Address, f.inputs, 3)
		if err != nil {
			t.Fatal(err)
		}
		s, err := GenPCKSShare(f.tb.c, pt.id, pt.sk, own, agg.Hash(), f.bpk, seeded(uint64(50+i)))
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, s)
	}
	return agg, shares
}

func TestKeySwitchNeedsEveryShare(t *testing.T) {
	f := newSwitchFixture(t, 21)
	agg, shares := f.pcksShares(t)
	out, err := AggregatePCKS(f.tb.c, agg, f.bpk, shares)
	if err != nil {
		t.Fatal(err)
	}
	got, err := f.bsk.Decrypt(out.Bytes())
	if err != nil || maxAbsDiff(got, f.want) > 1e-6 {
		t.Fatalf("with every share: %v, %v", got[:3], err)
	}
	missing := f.tb.parties[1].id.Address
	_, err = AggregatePCKS(f.tb.c, agg, f.bpk, []Signed{shares[0], shares[2]})
	var oe *OwnerError
	if !errors.Is(err, ErrMissingShare) || !errors.As(err, &oe) || oe.Owner != missing {
		t.Fatalf("missing share: %v, want ErrMissingShare naming %q", err, missing)
	}
	// Bypassing the check shows why: without one share the output is noise.
	partial, err := f.tb.c.sumPCKSShares(agg, map[string]Signed{
		shares[0].Owner: shares[0], shares[1].Owner: shares[1], shares[2].Owner: shares[0]})
	if err != nil {
		t.Fatal(err)
	}
	sub := f.tb.p.ckks.RingQ()
	sh1, _ := f.tb.p.decodeCiphertexts(kindPCKSShare, shares[0].Payload)
	sub.Sub(partial[0].Value[0], sh1[0].Value[0], partial[0].Value[0])
	sub.Sub(partial[0].Value[1], sh1[0].Value[1], partial[0].Value[1])
	cts, _ := f.tb.c.keySwitch(agg, partial)
	garbage, _ := f.tb.p.decrypt(f.bsk.sk, cts)
	if maxAbsDiff(garbage, f.want) < 1e6 {
		t.Fatalf("two of three shares decrypted to %v", garbage[:3])
	}
	tampered := append([]Signed(nil), shares...)
	tampered[2].Payload = append([]byte(nil), shares[2].Payload...)
	tampered[2].Payload[len(tampered[2].Payload)-1] ^= 1
	if _, err := AggregatePCKS(f.tb.c, agg, f.bpk, tampered); !errors.Is(err, ErrBadSignature) || !errors.As(err, &oe) || oe.Owner != shares[2].Owner {
		t.Fatalf("tampered share: %v", err)
	}
}

func TestOutputOnlyForBuyer(t *testing.T) {
	f := newSwitchFixture(t, 22)
	_, out := f.tb.switchTo(t, f.job, f.inputs, f.bpk, 5)
	cts, err := f.tb.p.decodeCiphertexts(kindOutput, out.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	byCollective, _ := f.tb.p.decrypt(f.tb.collectiveSecret(), cts)
	if maxAbsDiff(byCollective, f.want) < 1e6 {
		t.Fatalf("the collective secret decrypted the output: %v", byCollective[:3])
	}
	byBuyer, _ := f.tb.p.decrypt(f.bsk.sk, cts)
	if maxAbsDiff(byBuyer, f.want) > 1e-6 {
		t.Fatalf("buyer decrypted %v", byBuyer[:3])
	}
	// Sanity: the aggregate itself does decrypt under the collective secret.
	agg, _ := AggregateInputs(f.tb.c, f.job, f.inputs, 3)
	plain, _ := f.tb.p.decrypt(f.tb.collectiveSecret(), agg.cts)
	if maxAbsDiff(plain, f.want) > 1e-6 {
		t.Fatalf("aggregate under the collective secret: %v", plain[:3])
	}
}

func TestOwnersConfirmTheSameOutput(t *testing.T) {
	f := newSwitchFixture(t, 23)
	agg, shares := f.pcksShares(t)
	first, err := AggregatePCKS(f.tb.c, agg, f.bpk, shares)
	if err != nil {
		t.Fatal(err)
	}
	own, _ := CheckAndAggregate(f.tb.c, f.job, f.tb.parties[2].id.Address, f.inputs, 3)
	reversed := []Signed{shares[2], shares[1], shares[0]}
	second, err := AggregatePCKS(f.tb.c, own, f.bpk, reversed)
	if err != nil || second.Hash() != first.Hash() {
		t.Fatalf("owner's recombination differs: %v", err)
	}
}

// forgeInput re-encodes ciphertexts as an input payload.
func (f *switchFixture) forgeInput(cts []*rlwe.Ciphertext) []byte {
	return f.tb.p.encodeCiphertexts(kindInput, cts)
}

func TestOwnerRefusesToSwitchAnythingButTheAggregate(t *testing.T) {
	f := newSwitchFixture(t, 24)
	p, c := f.tb.p, f.tb.c
	a, b := f.tb.parties[0], f.tb.parties[1]
	ctA, _ := p.decodeCiphertexts(kindInput, f.inputs[0].Payload)
	ctB, _ := p.decodeCiphertexts(kindInput, f.inputs[1].Payload)
	diff := []*rlwe.Ciphertext{ctA[0].CopyNew()}
	p.ckks.RingQ().Sub(diff[0].Value[0], ctB[0].Value[0], diff[0].Value[0])
	p.ckks.RingQ().Sub(diff[0].Value[1], ctB[0].Value[1], diff[0].Value[1])

	forgedAsB := append([]Signed(nil), f.inputs...)
	forgedAsB[1] = Signed{Owner: b.id.Address, Payload: f.forgeInput(diff), Signature: f.inputs[1].Signature}
	otherJob := f.tb.inputs(t, []byte("job-6"), [][]float64{{0}, {0}, {0}})
	replayed := []Signed{f.inputs[0], f.inputs[1], otherJob[2]}
	copied, _ := sign(b.id.Signer, tagInput, b.id.Address, f.inputs[0].Payload, c.id[:], f.job)
	copiedInputs := []Signed{f.inputs[0], copied, f.inputs[2]}

	for _, tc := range []struct {
		name   string
		inputs []Signed
		owner  string
		want   error
	}{
		{"forged difference as B's input", forgedAsB, b.id.Address, ErrBadSignature},
		{"input replayed from another job", replayed, f.tb.parties[2].id.Address, ErrBadSignature},
		{"another owner's ciphertext re-signed", copiedInputs, b.id.Address, ErrDuplicate},
		{"same owner twice", []Signed{f.inputs[0], f.inputs[1], f.inputs[1]}, b.id.Address, ErrDuplicate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := CheckAndAggregate(c, f.job, a.id.Address, tc.inputs, 2)
			var oe *OwnerError
			if !errors.Is(err, tc.want) || !errors.As(err, &oe) || oe.Owner != tc.owner {
				t.Fatalf("got %v, want %v naming %q", err, tc.want, tc.owner)
			}
		})
	}
	if _, err := CheckAndAggregate(c, f.job, a.id.Address, f.inputs[:2], 3); !errors.Is(err, ErrTooFewInputs) {
		t.Errorf("too few inputs: %v", err)
	}
	if _, err := CheckAndAggregate(c, f.job, a.id.Address, f.inputs[1:], 2); !errors.Is(err, ErrMissingShare) {
		t.Errorf("own input missing: %v", err)
	}

	own, err := CheckAndAggregate(c, f.job, a.id.Address, f.inputs, 3)
	if err != nil {
		t.Fatal(err)
	}
	// The aggregator claims the hash of a sub-aggregate (B's input alone).
	subset, _ := AggregateInputs(c, f.job, f.inputs[1:2], 1)
	if _, err := GenPCKSShare(c, a.id, a.sk, own, subset.Hash(), f.bpk, nil); !errors.Is(err, ErrAggregateMismatch) {
		t.Errorf("switching a sub-aggregate: %v", err)
	}
	// An aggregate the owner did not recompute itself is refused outright.
	theirs, _ := AggregateInputs(c, f.job, f.inputs, 3)
	if _, err := GenPCKSShare(c, a.id, a.sk, theirs, theirs.Hash(), f.bpk, nil); err == nil {
		t.Error("an owner key-switched the aggregator's own aggregate")
	}
	if _, err := GenPCKSShare(c, b.id, b.sk, own, own.Hash(), f.bpk, nil); err == nil {
		t.Error("an owner key-switched an aggregate checked by another owner")
	}
}

func TestSharesAreBoundToJobAggregateAndBuyer(t *testing.T) {
	f := newSwitchFixture(t, 25)
	agg, shares := f.pcksShares(t)
	_, otherBuyer, _ := GenBuyerKeys(f.tb.p, seeded(1))
	if _, err := AggregatePCKS(f.tb.c, agg, otherBuyer, shares); !errors.Is(err, ErrBadSignature) {
		t.Errorf("shares accepted for another buyer key: %v", err)
	}
	other := newSwitchFixture(t, 25) // same committee, same inputs' shape, fresh encryptions
	otherAgg, _ := AggregateInputs(other.tb.c, other.job, other.inputs, 3)
	if _, err := AggregatePCKS(f.tb.c, otherAgg, f.bpk, shares); !errors.Is(err, ErrBadSignature) {
		t.Errorf("shares accepted for another aggregate: %v", err)
	}
}
