package he

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/engine"
)

// A malicious aggregator (or owner) alters one message; every honest party
// that sees it must refuse with an error naming the right owner, and no
// payload may come out of the round.

// alterList applies f to the signed list of a reply body (after skip bytes).
func alterList(b []byte, skip int, f func([]Signed) []Signed) []byte {
	list, err := decodeSignedList(b[1+skip:])
	if err != nil {
		panic(err) // the test's own honest message
	}
	out := append([]byte{replyOK}, b[1:1+skip]...)
	return append(out, encodeSignedList(f(list))...)
}

func flipPayloadByte(s Signed) Signed {
	s.Payload = bytes.Clone(s.Payload)
	s.Payload[headerLen+3] ^= 1
	return s
}

type attack struct {
	name    string
	fromAgg bool
	owner   int // -1: every owner
	step    string
	alter   func(m *market, job *engine.Job, b []byte) []byte
	// blamed is the job index of the owner the errors must name (-1: none),
	// want the sentinel they must wrap (nil: any).
	blamed int
	want   error
	// onAggregator: the aggregator detects it (else the owners do).
	onAggregator bool
}

var attacks = []attack{
	{name: "aggregator alters an input it relays", fromAgg: true, owner: -1, step: stepInputs, blamed: 0, want: ErrCommitment,
		alter: func(_ *market, _ *engine.Job, b []byte) []byte {
			return alterList(b, 32, func(l []Signed) []Signed { l[0] = flipPayloadByte(l[0]); return l })
		}},
	{name: "aggregator claims another aggregate", fromAgg: true, owner: -1, step: stepInputs, blamed: -1, want: ErrAggregateMismatch,
		alter: func(_ *market, _ *engine.Job, b []byte) []byte {
			b = bytes.Clone(b)
			b[5] ^= 1
			return b
		}},
	{name: "aggregator drops a key-switch share", fromAgg: true, owner: -1, step: stepPCKSAll, blamed: 2, want: ErrMissingShare,
		alter: func(_ *market, _ *engine.Job, b []byte) []byte {
			return alterList(b, 0, func(l []Signed) []Signed { return l[:2] })
		}},
	{name: "aggregator alters an owner's commitment", fromAgg: true, owner: 1, step: stepCommits, blamed: -1,
		alter: func(_ *market, _ *engine.Job, b []byte) []byte {
			b = bytes.Clone(b)
			b[1+commitmentLen+40] ^= 1
			return b
		}},
	{name: "aggregator claims every member holds a key", fromAgg: true, owner: -1, step: stepSetup, blamed: -1,
		alter: func(_ *market, _ *engine.Job, b []byte) []byte {
			return reply(setupDecision{reuse: true, key: [32]byte{9}}.encode())
		}},
	{name: "aggregator relays another buyer key", fromAgg: true, owner: -1, step: stepBuyerKey, blamed: -1,
		alter: func(m *market, _ *engine.Job, b []byte) []byte {
			_, pk, _ := GenBuyerKeys(*m.eng.params, seeded(99))
			other, _ := pk.MarshalBinary()
			return reply(other)
		}},
	{name: "owner passes its input off as another owner's", owner: 1, step: stepInput, blamed: 1, onAggregator: true,
		alter: func(_ *market, job *engine.Job, b []byte) []byte {
			s, _ := decodeSigned(b)
			s.Owner = job.Owners[0].Address.Hex()
			return encodeSigned(s)
		}},
	{name: "owner alters its input after signing", owner: 2, step: stepInput, blamed: 2, want: ErrBadSignature, onAggregator: true,
		alter: func(_ *market, _ *engine.Job, b []byte) []byte {
			s, _ := decodeSigned(b)
			return encodeSigned(flipPayloadByte(s))
		}},
	{name: "owner sends a key-switch share for another aggregate", owner: 0, step: stepPCKS, blamed: 0, want: ErrBadSignature, onAggregator: true,
		alter: func(_ *market, _ *engine.Job, b []byte) []byte {
			s, _ := decodeSigned(b)
			return encodeSigned(flipPayloadByte(s))
		}},
}

func TestEngineRefusesTamperedMessages(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 20)
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			job := m.job(statsTask, jobPrivacy, 0, 1, 2)
			job.Plan.RoundTimeout = 2 * time.Second // the honest side waits for messages that never come
			net := newMemNet(3)
			net.tamper = func(fromAgg bool, owner int, step string, b []byte) []byte {
				if fromAgg == a.fromAgg && step == a.step && (a.owner < 0 || a.owner == owner) {
					return a.alter(m, job, b)
				}
				return b
			}
			o := m.run(job, all(3), net)
			if a.onAggregator && o.aggErr == nil {
				t.Fatal("the aggregator produced a result")
			}
			for k, p := range o.payloads {
				if p != nil && (a.owner < 0 || a.owner == k) {
					t.Errorf("owner %d computed a payload", k)
				}
			}
			errs := []error{o.aggErr}
			if !a.onAggregator {
				errs = o.ownerErr
				if a.owner >= 0 {
					errs = o.ownerErr[a.owner : a.owner+1]
				}
			}
			for _, err := range errs {
				checkBlame(t, job, err, a.blamed, a.want)
			}
		})
	}
}

func checkBlame(t *testing.T, job *engine.Job, err error, blamed int, want error) {
	t.Helper()
	switch {
	case err == nil:
		t.Error("a party accepted the altered message")
	case want != nil && !errors.Is(err, want):
		t.Errorf("error %v does not wrap %v", err, want)
	case blamed >= 0 && !strings.Contains(err.Error(), job.Owners[blamed].Address.Hex()):
		t.Errorf("error %v does not name owner %d (%s)", err, blamed, job.Owners[blamed].Address.Hex())
	}
}

// TestEngineOwnerRestartKeepsPayload: an owner whose node restarts after
// the round (a new OwnerRun that never ran it) still returns the payload
// it computed, so it can confirm it.
func TestEngineOwnerRestartKeepsPayload(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 21)
	job := m.job(statsTask, jobPrivacy, 0, 1, 2)
	o := m.run(job, all(3), nil)
	checkSame(t, o)
	again, err := m.eng.NewOwner(job, 1, m.tables[1], m.ownerEnv(1, 5))
	if err != nil {
		t.Fatal(err)
	}
	p, err := again.Payload(t.Context())
	if err != nil || !bytes.Equal(p, o.result.Payload) {
		t.Fatalf("restarted owner's payload: %v (equal: %v)", err, bytes.Equal(p, o.result.Payload))
	}
	fresh, _ := m.eng.NewOwner(m.job(statsTask, jobPrivacy, 0, 1, 2), 1, m.tables[1], m.ownerEnv(1, 6))
	if _, err := fresh.Payload(t.Context()); err == nil {
		t.Fatal("an owner returned a payload for a job it never ran")
	}
}
