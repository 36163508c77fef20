package he

import (
	"encoding/binary"
	"fmt"
)

// The steps of the engine's single round, in order (docs/he-tasks.md has
// the whole protocol). "agg" messages are replies (see reply).
const (
	stepBuyerKey   = "he/buyer-key"   // agg:   the buyer's public key
	stepHello      = "he/hello"       // owner: its cached collective key, if any
	stepSetup      = "he/setup"       // agg:   reuse the cached key, or run key generation
	stepCKGCommit  = "he/ckg-commit"  // owner: hash of its key-generation share
	stepCKGCommits = "he/ckg-commits" // agg:   every member's hash
	stepCKG        = "he/ckg"         // owner: its signed key-generation share
	stepCKGAll     = "he/ckg-all"     // agg:   every member's share
	stepCommit     = "he/commit"      // owner: key hash and hash of its encrypted input
	stepCommits    = "he/commits"     // agg:   every member's commitment
	stepInput      = "he/input"       // owner: its signed encrypted input
	stepInputs     = "he/inputs"      // agg:   the aggregate's hash and every signed input
	stepPCKS       = "he/pcks"        // owner: its signed key-switch share
	stepPCKSAll    = "he/pcks-all"    // agg:   every member's key-switch share
)

// Signature tags of the small owner messages. Like inputs and shares, they
// are signed for the committee and the job, so an owner cannot pass off
// another owner's message as its own nor replay one from another job.
const (
	tagHello  = "veil/he/sig/hello/v1"
	tagCommit = "veil/he/sig/commit/v1"
)

const announceMagic = "VHEA"

// announcement starts the round: which committee and parameter set, which
// buyer key (by hash), and which owners take part (indices in job order).
type announcement struct {
	committee    [32]byte
	params       [32]byte
	buyerKey     [32]byte
	participants []int
}

func (a announcement) encode() []byte {
	out := append([]byte(announceMagic), a.committee[:]...)
	out = append(out, a.params[:]...)
	out = append(out, a.buyerKey[:]...)
	out = binary.BigEndian.AppendUint16(out, uint16(len(a.participants)))
	for _, i := range a.participants {
		out = binary.BigEndian.AppendUint16(out, uint16(i))
	}
	return out
}

// decodeAnnouncement parses an announcement for a job of n owners:
// participants strictly increasing and below n.
func decodeAnnouncement(b []byte, n int) (announcement, error) {
	r := &reader{b: b}
	var a announcement
	if string(r.take(len(announceMagic), "magic")) != announceMagic && r.err == nil {
		return a, fmt.Errorf("he: %w: announcement has a bad magic", ErrMalformed)
	}
	a.committee, a.params, a.buyerKey = r.digest("committee"), r.digest("params"), r.digest("buyer key")
	count := r.u16("participants")
	if r.err == nil && count > n {
		return a, fmt.Errorf("he: %w: %d participants in a job of %d owners", ErrMalformed, count, n)
	}
	for k := range count {
		i := r.u16("participant")
		if r.err == nil && (i >= n || (k > 0 && i <= a.participants[k-1])) {
			return a, fmt.Errorf("he: %w: participant %d out of order or range", ErrMalformed, i)
		}
		a.participants = append(a.participants, i)
	}
	return a, r.end("the announcement")
}

// hello is an owner's key status: whether it holds a collective key (and
// its secret share) for the committee, and the key's hash.
type hello struct {
	cached bool
	key    [32]byte
}

func (h hello) encode() []byte {
	if !h.cached {
		return []byte{0}
	}
	return append([]byte{1}, h.key[:]...)
}

func decodeHello(b []byte) (hello, error) {
	r := &reader{b: b}
	var h hello
	switch r.u8("status") {
	case 0:
	case 1:
		h.cached, h.key = true, r.digest("key hash")
	default:
		return h, fmt.Errorf("he: %w: key status %d", ErrMalformed, b[0])
	}
	return h, r.end("the key status")
}

// setupDecision is the aggregator's answer to the hellos: every member
// holds the same key (reuse it), or key generation runs.
type setupDecision struct {
	reuse bool
	key   [32]byte
}

func (d setupDecision) encode() []byte { return hello{cached: d.reuse, key: d.key}.encode() }

func decodeSetupDecision(b []byte) (setupDecision, error) {
	h, err := decodeHello(b)
	return setupDecision{reuse: h.cached, key: h.key}, err
}

// commitment binds an owner to an object before anyone sees the others':
// context (the collective key's hash for inputs, the committee ID for
// key generation) and the SHA-256 of the object's payload. Without it an
// owner in league with the aggregator could pick its key-generation share
// or input after seeing the others' (a rogue key that cancels the others,
// or an input that cancels an honest owner's input and noise).
type commitment struct {
	context [32]byte
	object  [32]byte
}

const commitmentLen = 64

func (c commitment) encode() []byte { return append(c.context[:], c.object[:]...) }

func decodeCommitment(b []byte) (commitment, error) {
	r := &reader{b: b}
	c := commitment{context: r.digest("context"), object: r.digest("object hash")}
	return c, r.end("the commitment")
}

// encodeCommitments lists every member's commitment in job order.
func encodeCommitments(cs []commitment) []byte {
	var out []byte
	for _, c := range cs {
		out = append(out, c.encode()...)
	}
	return out
}

func decodeCommitments(b []byte, n int) ([]commitment, error) {
	if len(b) != n*commitmentLen {
		return nil, fmt.Errorf("he: %w: commitment list of %d bytes, want %d for %d owners", ErrMalformed, len(b), n*commitmentLen, n)
	}
	out := make([]commitment, n)
	for i := range out {
		out[i], _ = decodeCommitment(b[i*commitmentLen : (i+1)*commitmentLen])
	}
	return out, nil
}

// inputBundle is what owners key-switch: the aggregate hash the aggregator
// claims and the signed inputs it summed.
type inputBundle struct {
	claimed [32]byte
	inputs  []Signed
}

func (b inputBundle) encode() []byte { return append(b.claimed[:], encodeSignedList(b.inputs)...) }

func decodeInputBundle(b []byte) (inputBundle, error) {
	r := &reader{b: b}
	out := inputBundle{claimed: r.digest("aggregate hash")}
	out.inputs = r.signedList()
	return out, r.end("the input bundle")
}
