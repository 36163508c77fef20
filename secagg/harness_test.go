package secagg

import (
	"crypto/ed25519"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

// harness drives clients and an honest server step by step, so tests can
// stop anywhere and play a malicious server or a replaying network.
type harness struct {
	t       testing.TB
	p       Params
	s       Session
	r       *rand.ChaCha8
	signers []ed25519.PrivateKey
	peers   []ed25519.PublicKey
	clients []*Client
	server  *Server
	inputs  [][]uint64
	sent    map[Step][][]byte // client messages by step, by client
}

func newHarness(t testing.TB, p Params, seed uint64) *harness {
	t.Helper()
	h := &harness{t: t, p: p, s: testSession(3), r: testRand(seed), sent: map[Step][][]byte{}}
	h.signers = make([]ed25519.PrivateKey, p.N)
	h.peers = make([]ed25519.PublicKey, p.N)
	for i := range h.signers {
		var sd [32]byte
		h.r.Read(sd[:])
		h.signers[i] = ed25519.NewKeyFromSeed(sd[:])
		h.peers[i] = h.signers[i].Public().(ed25519.PublicKey)
	}
	var err error
	if h.server, err = NewServer(p, h.s, h.peers); err != nil {
		t.Fatal(err)
	}
	h.clients = make([]*Client, p.N)
	for i := range h.clients {
		if h.clients[i], err = NewClient(p, h.s, i, h.signers[i], h.peers, h.r); err != nil {
			t.Fatal(err)
		}
	}
	h.inputs = randomVectors(h.r, p)
	return h
}

func (h *harness) must(err error) {
	h.t.Helper()
	if err != nil {
		h.t.Fatal(err)
	}
}

func (h *harness) record(st Step, i int, msg []byte) {
	if h.sent[st] == nil {
		h.sent[st] = make([][]byte, h.p.N)
	}
	h.sent[st][i] = msg
}

// throughShareKeys runs steps 1 and 2 for every client and closes them.
func (h *harness) throughShareKeys() { h.shareKeys(false) }

// throughShareKeysSparse is throughShareKeys with each client given only
// its neighbourhood's keys (Server.KeysFor).
func (h *harness) throughShareKeysSparse() { h.shareKeys(true) }

func (h *harness) shareKeys(neighbourhood bool) {
	h.t.Helper()
	for i, c := range h.clients {
		msg, err := c.AdvertiseKeys()
		h.must(err)
		h.record(StepAdvertiseKeys, i, msg)
		h.must(h.server.AddAdvertiseKeys(msg))
	}
	full, err := h.server.CloseAdvertiseKeys()
	h.must(err)
	for i, c := range h.clients {
		keys := full
		if neighbourhood {
			keys, err = h.server.KeysFor(i)
			h.must(err)
		}
		msg, err := c.ShareKeys(keys)
		h.must(err)
		h.record(StepShareKeys, i, msg)
		h.must(h.server.AddShareKeys(msg))
	}
	h.must(h.server.CloseShareKeys())
}

// maskInputs runs step 3 for the given clients (the others drop) and
// returns the server's survivor announcement.
func (h *harness) maskInputs(who []int) []byte {
	h.t.Helper()
	for _, i := range who {
		d, err := h.server.SharesFor(i)
		h.must(err)
		msg, err := h.clients[i].MaskInput(d, h.inputs[i])
		h.must(err)
		h.record(StepMaskedInputCollection, i, msg)
		h.must(h.server.AddMaskedInput(msg))
	}
	u3, err := h.server.CloseMaskedInput()
	h.must(err)
	return u3
}

// consistency runs step 4 for the given clients and returns the request.
func (h *harness) consistency(who []int, survivors []byte) []byte {
	h.t.Helper()
	for _, i := range who {
		msg, err := h.clients[i].ConsistencyCheck(survivors)
		h.must(err)
		h.record(StepConsistencyCheck, i, msg)
		h.must(h.server.AddConsistencyCheck(msg))
	}
	req, err := h.server.CloseConsistencyCheck()
	h.must(err)
	return req
}

func (h *harness) serverMsg(st Step, body []byte) []byte {
	return append(appendHeader(nil, Header{Kind: ServerKind(st), Session: h.s, Sender: serverSender}), body...)
}

func all(n int) []int { return indexesUpTo(n) }

// wantPeerErr checks that err wraps sentinel and names the given peer.
func wantPeerErr(t testing.TB, err, sentinel error, peer int, mention string) {
	t.Helper()
	if !errors.Is(err, sentinel) {
		t.Fatalf("error %v, want %v", err, sentinel)
	}
	var pe *PeerError
	if !errors.As(err, &pe) || pe.Peer != peer {
		t.Fatalf("error %v does not name peer %d", err, peer)
	}
	if mention != "" && !strings.Contains(err.Error(), mention) {
		t.Fatalf("error %q does not mention %q", err, mention)
	}
}
