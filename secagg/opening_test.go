package secagg

import (
	"errors"
	"slices"
	"testing"
)

// openedRun runs a 5-client session over the he primes with client 3
// dropping before masking, up to the server's Sum; it returns the harness,
// the sum and the honest opening. Client 0 waits for the opening.
func openedRun(t testing.TB) (*harness, []uint64, openingBody) {
	t.Helper()
	h := newHarness(t, segmentParams(5, Threshold(5, 1), 4), 31)
	h.throughShareKeys()
	survivors := []int{0, 1, 2, 4}
	req := h.consistency(survivors, h.maskInputs(survivors))
	for _, i := range survivors {
		msg, err := h.clients[i].Unmask(req)
		h.must(err)
		h.must(h.server.AddUnmasking(msg))
	}
	sum, _, err := h.server.Sum()
	h.must(err)
	msg, err := h.server.Opening()
	h.must(err)
	o, err := parseOpening(msg[headerLen:], h.p)
	h.must(err)
	return h, sum, o
}

// A server that opens another masked sum, another seed or another set of
// dropped keys than the consistency check fixed is refused; the honest
// opening gives every client the server's sum.
func TestOpeningTamperingIsRefused(t *testing.T) {
	h, sum, honest := openedRun(t)
	c := h.clients[0]
	edited := func(edit func(o *openingBody)) []byte {
		o := openingBody{masked: slices.Clone(honest.masked), seeds: slices.Clone(honest.seeds), dropped: slices.Clone(honest.dropped)}
		edit(&o)
		return h.serverMsg(StepOpening, o.append(nil))
	}
	tests := []struct {
		name     string
		msg      []byte
		sentinel error
		peer     int
	}{
		{"another masked sum", edited(func(o *openingBody) { o.masked[0] ^= 1 }), ErrInconsistentSurvivors, ServerPeer},
		{"a survivor's seed left out", edited(func(o *openingBody) { o.seeds = o.seeds[1:] }), ErrInconsistentSurvivors, ServerPeer},
		{"a wrong seed", edited(func(o *openingBody) { o.seeds[2].value = o.seeds[1].value }), ErrReconstruction, 2},
		{"the dropped key left out", edited(func(o *openingBody) { o.dropped = nil }), ErrInconsistentSurvivors, ServerPeer},
		{"a wrong dropped key", edited(func(o *openingBody) { o.dropped[0].value = o.seeds[0].value }), ErrReconstruction, 3},
		{"truncated", h.serverMsg(StepOpening, honest.append(nil)[:100]), ErrMalformed, ServerPeer},
		{"another step", h.serverMsg(StepUnmasking, honest.append(nil)), ErrWrongStep, ServerPeer},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.VerifySum(tc.msg)
			wantPeerErr(t, err, tc.sentinel, tc.peer, "")
		})
	}
	t.Run("another session", func(t *testing.T) {
		msg := append(appendHeader(nil, Header{Kind: ServerKind(StepOpening), Session: testSession(9), Sender: serverSender}), honest.append(nil)...)
		if _, err := c.VerifySum(msg); !errors.Is(err, ErrSession) {
			t.Fatalf("opening of another session: %v, want ErrSession", err)
		}
	})
	t.Run("honest", func(t *testing.T) {
		for _, i := range []int{0, 1, 2, 4} {
			got, err := h.clients[i].VerifySum(h.serverMsg(StepOpening, honest.append(nil)))
			if err != nil || !slices.Equal(got, sum) {
				t.Fatalf("client %d: %v, sum equal: %v", i, err, slices.Equal(got, sum))
			}
		}
		if _, err := c.VerifySum(h.serverMsg(StepOpening, honest.append(nil))); !errors.Is(err, ErrWrongStep) {
			t.Fatalf("a second VerifySum: %v, want ErrWrongStep", err)
		}
	})
	t.Run("before unmasking", func(t *testing.T) {
		h2 := newHarness(t, segmentParams(3, 2, 2), 5)
		if _, err := h2.clients[0].VerifySum(h2.serverMsg(StepOpening, honest.append(nil))); !errors.Is(err, ErrWrongStep) {
			t.Fatalf("VerifySum before the protocol: %v, want ErrWrongStep", err)
		}
		if _, err := h2.server.Opening(); !errors.Is(err, ErrWrongStep) {
			t.Fatalf("Opening before Sum: %v, want ErrWrongStep", err)
		}
	})
}
