package secagg

import (
	"crypto/ecdh"
	"slices"
	"testing"

	"github.com/veil-market/veil/secagg/shamir"
)

// A server colluding with c clients cannot recover an honest client's input
// when n - d - c ≥ 2. Here n = 5, c = 1 (client 4 colludes), d = 1 (client 3
// drops before masking), T = Threshold(5, 1) = 4: honest survivors 0, 1, 2.
// The adversary holds the server's whole transcript and client 4's secrets.
// It runs for both kinds of vector: Z_{2^16}, and residues modulo the he
// engine's three 60-bit primes.
func TestColludingServerCannotUnmaskHonestInput(t *testing.T) {
	if err := CheckParams(5, 1, 1); err != nil {
		t.Fatal(err)
	}
	t.Run("mod 2^16", func(t *testing.T) {
		testColludingServer(t, Params{N: 5, T: Threshold(5, 1), ModBits: 16, VectorLen: 4096})
	})
	t.Run("mod q", func(t *testing.T) { testColludingServer(t, segmentParams(5, Threshold(5, 1), 1366)) })
}

func testColludingServer(t *testing.T, p Params) {
	const colluder, dropped = 4, 3
	h := newHarness(t, p, 71)
	for j := range h.inputs[0] {
		h.inputs[0][j] = 0 // the honest input under attack: all zeros
	}
	h.throughShareKeys()
	survivors := []int{0, 1, 2, 4}
	req := h.consistency(survivors, h.maskInputs(survivors))
	// The colluder's secrets, kept before the protocol makes it forget them.
	colluderKey := h.clients[colluder].maskKey
	colluderShare := h.clients[colluder].keyShares[0]
	for _, i := range survivors {
		msg, err := h.clients[i].Unmask(req)
		h.must(err)
		h.must(h.server.AddUnmasking(msg))
	}
	sum, _, err := h.server.Sum()
	h.must(err)
	rec := newRecovery(h.server)

	t.Run("masking key of an honest survivor stays hidden", func(t *testing.T) {
		// Honest clients revealed no share of client 0's masking key; the
		// adversary holds only the colluder's, 1 < T. Interpolating what it
		// has yields a key that does not match client 0's public key.
		guess, err := shamir.Combine([]uint32{colluder + 1}, [][32]byte{colluderShare})
		h.must(err)
		key, err := ecdh.X25519().NewPrivateKey(guess[:])
		h.must(err)
		if slices.Equal(key.PublicKey().Bytes(), h.server.maskKeys[0].maskKey[:]) {
			t.Fatal("one share recovered client 0's masking key")
		}
	})

	// Strip every mask the adversary can compute from y_u: the self mask
	// (seed recovered legitimately), the pairwise mask with the colluder
	// (from its private key) and with the dropped client (key recovered
	// legitimately). What is left is x_u plus the masks shared with the
	// other honest survivors.
	strip := func(u int) []uint64 {
		y, terms := h.maskedInput(p, rec, u)
		droppedKey, err := rec.secret(dropped, func(x *unmaskShares) []ownedShare { return x.keyShares })
		h.must(err)
		terms = append(terms,
			maskTerm{key: pairwiseWith(t, droppedKey, h.server.maskKeys[u].maskKey, h.s, u, dropped), negate: u < dropped},
			maskTerm{key: pairwiseWith(t, [32]byte(colluderKey.Bytes()), h.server.maskKeys[u].maskKey, h.s, u, colluder), negate: u < colluder})
		p.mask(y, terms)
		return y
	}
	z0 := strip(0)

	t.Run("what is left of the honest input looks uniform", func(t *testing.T) {
		equal := 0
		var buckets [16]int
		for j, v := range z0 {
			if v == h.inputs[0][j] {
				equal++
			}
			buckets[int(float64(v)/float64(modulusOf(p, j))*16)]++
		}
		if equal > 3 { // expected 4096/2^16 ≈ 0.06
			t.Fatalf("%d of %d stripped entries equal the honest input", equal, len(z0))
		}
		chi2 := 0.0
		want := float64(len(z0)) / 16
		for _, o := range buckets {
			chi2 += (float64(o) - want) * (float64(o) - want) / want
		}
		if chi2 > 50 { // 15 degrees of freedom: P(chi2 > 50) ≈ 1e-5 for uniform data
			t.Fatalf("chi-square %.1f over the top 4 bits: not uniform-looking", chi2)
		}
	})

	t.Run("only the sum of the honest inputs comes out", func(t *testing.T) {
		// The stripping is right: over the honest survivors the remaining
		// masks cancel, leaving exactly x_0 + x_1 + x_2 (which the adversary
		// also gets from Sum minus the colluder's own input).
		acc := slices.Clone(z0)
		for _, u := range []int{1, 2} {
			p.add(acc, strip(u))
		}
		if want := plainVectorSum(p, h.inputs, []int{0, 1, 2}); !slices.Equal(acc, want) {
			t.Fatal("stripped honest vectors do not add up to the honest sum")
		}
		fromSum := slices.Clone(sum)
		for j, v := range h.inputs[colluder] {
			q := modulusOf(p, j)
			fromSum[j] = (fromSum[j] + (q - v%q)) % q
		}
		if !slices.Equal(fromSum, acc) {
			t.Fatal("sum minus the colluder's input differs from the honest sum")
		}
	})
}

// pairwiseWith derives the pairwise mask key of clients u and v from v's
// masking private key and u's advertised public key.
func pairwiseWith(t *testing.T, private, public [32]byte, s Session, u, v int) [32]byte {
	t.Helper()
	key, err := ecdh.X25519().NewPrivateKey(private[:])
	if err != nil {
		t.Fatal(err)
	}
	pub, err := ecdh.X25519().NewPublicKey(public[:])
	if err != nil {
		t.Fatal(err)
	}
	shared, err := key.ECDH(pub)
	if err != nil {
		t.Fatal(err)
	}
	return pairwiseMaskKey(shared, s, u, v)
}

// modulusOf is the modulus of entry j (2^k without segments).
func modulusOf(p Params, j int) uint64 {
	if p.Segments == nil {
		return 1 << p.ModBits
	}
	for _, s := range p.Segments {
		if j < s.Len {
			return s.Modulus
		}
		j -= s.Len
	}
	panic("entry outside the vector")
}

// maskedInput is client u's masked input as the server received it, and
// the term that removes its self mask (the seed recovered legitimately).
func (h *harness) maskedInput(p Params, rec *recovery, u int) ([]uint64, []maskTerm) {
	y := make([]uint64, p.VectorLen)
	msg := h.sent[StepMaskedInputCollection][u]
	h.must(p.unpack(y, msg[headerLen:len(msg)-signatureLen]))
	seed, err := rec.secret(u, func(x *unmaskShares) []ownedShare { return x.seedShares })
	h.must(err)
	return y, []maskTerm{{key: selfMaskKey(seed, h.s, u), negate: true}}
}
