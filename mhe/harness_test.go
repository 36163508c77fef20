package mhe

import (
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"strings"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/veil-market/veil/internal/testfixture"
)

// The helpers shared with the he engine's and suffstat's tests (internal/testfixture).
var (
	seeded     = testfixture.Seeded
	sumVectors = testfixture.SumVectors
)

// testParams is the fast (insecure) parameter set of the default suite.
func testParams(t tester) Params {
	t.Helper()
	p, err := InsecureTestParams(10)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// party is one simulated owner: identity, secret share, and collective key.
type party struct {
	id  Party
	sk  *SecretShare
	key *CollectiveKey
}

// testbed is a committee that has run key generation.
type testbed struct {
	p       Params
	c       *Committee
	parties []party
	ckg     []Signed
}

func newTestbed(t tester, p Params, n int, seed uint64) *testbed {
	t.Helper()
	rng := seeded(seed)
	tb := &testbed{p: p, parties: make([]party, n)}
	members := make([]Member, n)
	for i := range n {
		pub, priv, err := ed25519.GenerateKey(rng)
		if err != nil {
			t.Fatal(err)
		}
		addr := fmt.Sprintf("0xowner%02d-%d", i, seed)
		members[i] = Member{Address: addr, SigningKey: pub}
		sk, err := NewSecretShare(p, rng)
		if err != nil {
			t.Fatal(err)
		}
		tb.parties[i] = party{id: Party{Address: addr, Signer: priv}, sk: sk}
	}
	c, err := NewCommittee(p, members)
	if err != nil {
		t.Fatal(err)
	}
	tb.c = c
	for _, pt := range tb.parties {
		s, err := GenCKGShare(c, pt.id, pt.sk)
		if err != nil {
			t.Fatal(err)
		}
		tb.ckg = append(tb.ckg, s)
	}
	for i := range tb.parties {
		key, err := CombineCKG(c, tb.ckg)
		if err != nil {
			t.Fatal(err)
		}
		tb.parties[i].key = key
	}
	return tb
}

// collectiveSecret is Σ s_i, which no real party ever holds.
func (tb *testbed) collectiveSecret() *rlwe.SecretKey {
	sk := rlwe.NewSecretKey(tb.p.ckks)
	for _, pt := range tb.parties {
		tb.p.ckks.RingQP().Add(sk.Value, pt.sk.sk.Value, sk.Value)
	}
	return sk
}

// inputs encrypts vecs[i] for party i.
func (tb *testbed) inputs(t tester, job []byte, vecs [][]float64) []Signed {
	t.Helper()
	var out []Signed
	for i, v := range vecs {
		s, err := EncryptInput(tb.c, tb.parties[i].key, job, tb.parties[i].id, v)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// switchTo runs CheckAndAggregate and GenPCKSShare for every party and
// combines the shares.
func (tb *testbed) switchTo(t tester, job []byte, inputs []Signed, buyer *BuyerPublicKey, seed uint64) (*Aggregate, *BuyerCiphertexts) {
	t.Helper()
	agg, err := AggregateInputs(tb.c, job, inputs, len(inputs))
	if err != nil {
		t.Fatal(err)
	}
	var shares []Signed
	for i, pt := range tb.parties {
		own, err := CheckAndAggregate(tb.c, job, pt.id.Address, inputs, len(inputs))
		if err != nil {
			t.Fatal(err)
		}
		s, err := GenPCKSShare(tb.c, pt.id, pt.sk, own, agg.Hash(), buyer, seeded(seed+uint64(i)))
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, s)
	}
	out, err := AggregatePCKS(tb.c, agg, buyer, shares)
	if err != nil {
		t.Fatal(err)
	}
	return agg, out
}

func errorContains(err error, s string) bool { return err != nil && strings.Contains(err.Error(), s) }

func sha256Sum(b []byte) [32]byte { return sha256.Sum256(b) }

// tester is what the helpers need from *testing.T, *testing.F, *testing.B
// and *rapid.T.
type tester interface {
	Helper()
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Errorf(format string, args ...any)
}
