package secagg

import (
	"errors"
	"strings"
	"testing"
)

// A malicious server tells clients 0 and 1 that client 4 dropped (so they
// would reveal its masking key) while telling 2, 3 and 4 that it survived
// (so they reveal its self-mask seed). With both it could unmask x_4. The
// consistency check stops it: each client signs the survivor set it saw
// and wants T signatures on that same set before revealing anything.
//
// It runs for both kinds of vector (Z_{2^16} and residues modulo primes).
func TestDifferentSurvivorSetsAreCaught(t *testing.T) {
	t.Run("mod 2^16", func(t *testing.T) {
		testDifferentSurvivorSets(t, Params{N: 5, T: Threshold(5, 1), ModBits: 16, VectorLen: 8})
	})
	t.Run("mod q", func(t *testing.T) { testDifferentSurvivorSets(t, segmentParams(5, Threshold(5, 1), 3)) })
}

func testDifferentSurvivorSets(t *testing.T, p Params) {
	h := newHarness(t, p, 11)
	h.throughShareKeys()
	h.maskInputs(all(5))
	lie := h.serverMsg(StepConsistencyCheck, survivorsBody{survivors: []int{0, 1, 2, 3}}.append(nil))
	truth := h.serverMsg(StepConsistencyCheck, survivorsBody{survivors: []int{0, 1, 2, 3, 4}}.append(nil))
	sigs := map[int][]byte{}
	for i, c := range h.clients {
		shown := truth
		if i < 2 {
			shown = lie
		}
		msg, err := c.ConsistencyCheck(shown)
		h.must(err)
		sigs[i] = msg[len(msg)-signatureLen:]
	}
	ask := func(signers []int) []byte {
		req := unmaskRequest{survivors: []int{0, 1, 2, 3}, dropped: []int{4}}
		for _, s := range signers {
			req.signatures = append(req.signatures, signerSig{signer: s, sig: sigs[s]})
		}
		return h.serverMsg(StepUnmasking, req.append(nil))
	}
	t.Run("too few signatures on the lie", func(t *testing.T) {
		_, err := h.clients[0].Unmask(ask([]int{0, 1}))
		wantPeerErr(t, err, ErrInconsistentSurvivors, ServerPeer, "only 2 consistency signatures")
	})
	t.Run("signatures over the truth passed off as over the lie", func(t *testing.T) {
		_, err := h.clients[0].Unmask(ask([]int{0, 1, 2, 3}))
		wantPeerErr(t, err, ErrInconsistentSurvivors, ServerPeer, "client 2 did not sign")
	})
	t.Run("honest server refuses a signature over another set", func(t *testing.T) {
		h2 := newHarness(t, p, 12)
		h2.throughShareKeys()
		h2.maskInputs(all(5))
		msg, err := h2.clients[0].ConsistencyCheck(h2.serverMsg(StepConsistencyCheck, survivorsBody{survivors: []int{0, 1, 2, 3}}.append(nil)))
		h2.must(err)
		wantPeerErr(t, h2.server.AddConsistencyCheck(msg), ErrInconsistentSurvivors, 0, "")
	})
}

// A server that asks for the self-mask share and the masking-key share of
// the same client is refused, and the refusal names that client.
func TestRequestForBothSharesIsRefused(t *testing.T) {
	p := Params{N: 5, T: Threshold(5, 1), ModBits: 16, VectorLen: 8}
	h := newHarness(t, p, 21)
	h.throughShareKeys()
	h.consistency(all(5), h.maskInputs(all(5)))
	var sigs []signerSig
	for i := range 5 {
		m := h.sent[StepConsistencyCheck][i]
		sigs = append(sigs, signerSig{signer: i, sig: m[len(m)-signatureLen:]})
	}
	tests := []struct {
		name               string
		survivors, dropped []int
	}{
		{"client in both lists", []int{0, 1, 2, 3, 4}, []int{2}},
		{"signed survivor moved to dropped", []int{0, 1, 3, 4}, []int{2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := unmaskRequest{survivors: tc.survivors, dropped: tc.dropped, signatures: sigs}
			_, err := h.clients[0].Unmask(h.serverMsg(StepUnmasking, req.append(nil)))
			wantPeerErr(t, err, ErrBothShares, ServerPeer, "client 2")
			if h.clients[0].keyShares == nil {
				t.Fatal("client forgot its shares after refusing")
			}
		})
	}
}

// Messages that are malformed, truncated, tampered with or replayed from
// another job, round or step are refused, naming their sender.
func TestBadOrReplayedMaskedInputIsNamed(t *testing.T) {
	p := Params{N: 4, T: 3, ModBits: 10, VectorLen: 9} // 90 bits: 6 padding bits
	h := newHarness(t, p, 31)
	h.throughShareKeys()
	d, err := h.server.SharesFor(2)
	h.must(err)
	good, err := h.clients[2].MaskInput(d, h.inputs[2])
	h.must(err)
	resign := func(hd Header, body []byte) []byte {
		return sealClient(append(appendHeader(nil, hd), body...), h.signers[2])
	}
	body := good[headerLen : len(good)-signatureLen]
	hd := Header{Kind: ClientKind(StepMaskedInputCollection), Session: h.s, Sender: 2}
	otherJob, otherRound := hd, hd
	otherJob.Session.JobID[0] ^= 1
	otherRound.Session.Round++
	asConsistency := hd
	asConsistency.Kind = ClientKind(StepConsistencyCheck)
	padded := append([]byte(nil), body...)
	padded[len(padded)-1] |= 0x80
	tampered := append([]byte(nil), good...)
	tampered[headerLen+3] ^= 1
	tests := []struct {
		name     string
		msg      []byte
		sentinel error
	}{
		{"truncated vector", resign(hd, body[:len(body)-1]), ErrMalformed},
		{"vector too long", resign(hd, append(append([]byte(nil), body...), 0)), ErrMalformed},
		{"padding bits set", resign(hd, padded), ErrMalformed},
		{"tampered in transit", tampered, ErrBadSignature},
		{"signature cut off", good[:len(good)-signatureLen], ErrMalformed},
		{"replayed from another job", resign(otherJob, body), ErrSession},
		{"replayed from another round", resign(otherRound, body), ErrSession},
		{"replayed as another step", resign(asConsistency, body), ErrWrongStep},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantPeerErr(t, h.server.AddMaskedInput(tc.msg), tc.sentinel, 2, "client 2")
		})
	}
	h.must(h.server.AddMaskedInput(good))
	wantPeerErr(t, h.server.AddMaskedInput(good), ErrUnexpectedSender, 2, "second")
}

// A genuine replay: client 1's masked input from round 3 offered to the
// server of round 4, same keys.
func TestReplayAcrossRoundsIsRefused(t *testing.T) {
	p := Params{N: 3, T: 2, ModBits: 12, VectorLen: 4}
	h := newHarness(t, p, 41)
	h.throughShareKeys()
	h.maskInputs(all(3))
	next := newHarness(t, p, 41) // same seed: same signing keys
	next.s.Round = 4
	var err error
	next.server, err = NewServer(p, next.s, next.peers)
	h.must(err)
	for i := range next.clients {
		next.clients[i], err = NewClient(p, next.s, i, next.signers[i], next.peers, next.r)
		h.must(err)
	}
	next.throughShareKeys()
	wantPeerErr(t, next.server.AddMaskedInput(h.sent[StepMaskedInputCollection][1]), ErrSession, 1, "round 3")
}

// Clients check what the server relays: a forged advertisement or a
// tampered share ciphertext is refused, naming the client it claims to
// come from.
func TestClientNamesBadRelayedMessages(t *testing.T) {
	p := Params{N: 4, T: 3, ModBits: 16, VectorLen: 4}
	t.Run("forged advertisement", func(t *testing.T) {
		h := newHarness(t, p, 51)
		var kb keysBroadcast
		for i, c := range h.clients {
			msg, err := c.AdvertiseKeys()
			h.must(err)
			if i == 3 {
				msg[headerLen] ^= 1 // the server swaps in its own key for client 3
			}
			kb.adverts = append(kb.adverts, msg)
		}
		_, err := h.clients[0].ShareKeys(h.serverMsg(StepShareKeys, kb.append(nil)))
		wantPeerErr(t, err, ErrBadSignature, 3, "client 3")
	})
	t.Run("tampered share ciphertext", func(t *testing.T) {
		h := newHarness(t, p, 52)
		h.throughShareKeys()
		d, err := h.server.SharesFor(0)
		h.must(err)
		d[len(d)-5] ^= 1 // inside the last ciphertext: the one from client 3
		_, err = h.clients[0].MaskInput(d, h.inputs[0])
		wantPeerErr(t, err, ErrBadCiphertext, 3, "client 3")
	})
	t.Run("advertisement signed by the wrong client", func(t *testing.T) {
		h := newHarness(t, p, 53)
		var kb keysBroadcast
		for i, c := range h.clients {
			msg, err := c.AdvertiseKeys()
			h.must(err)
			if i == 2 { // client 2's keys under client 1's signature
				body := msg[headerLen : len(msg)-signatureLen]
				hd := Header{Kind: ClientKind(StepAdvertiseKeys), Session: h.s, Sender: 2}
				msg = sealClient(append(appendHeader(nil, hd), body...), h.signers[1])
			}
			kb.adverts = append(kb.adverts, msg)
		}
		_, err := h.clients[0].ShareKeys(h.serverMsg(StepShareKeys, kb.append(nil)))
		wantPeerErr(t, err, ErrBadSignature, 2, "")
	})
}

// Fewer than T survivors aborts with ErrTooFewSurvivors and a message that
// names the counts.
func TestTooFewSurvivorsAborts(t *testing.T) {
	p := Params{N: 5, T: 4, ModBits: 16, VectorLen: 4}
	tests := []struct {
		name string
		drop Dropouts
		want string
	}{
		{"before masking", Dropouts{1: StepMaskedInputCollection, 3: StepMaskedInputCollection}, "MaskedInputCollection: 3 clients left, threshold is 4"},
		{"before unmasking", Dropouts{0: StepUnmasking, 2: StepUnmasking}, "Unmasking: 3 clients left, threshold is 4"},
		{"before sharing", Dropouts{0: StepShareKeys, 1: StepShareKeys, 4: StepShareKeys}, "ShareKeys: 2 clients left, threshold is 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := testRand(61)
			_, err := RunInProcess(p, testSession(1), randomInputs(r, 5, 4, 16), tc.drop, InProcessOptions{Rand: r})
			if !errors.Is(err, ErrTooFewSurvivors) || err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want ErrTooFewSurvivors mentioning %q", err, tc.want)
			}
		})
	}
}
