package mpc

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"testing"

	"golang.org/x/crypto/cryptobyte"
)

func sampleCommitment() (*commitment, ed25519.PublicKey, ed25519.PrivateKey) {
	pub, key, _ := ed25519.GenerateKey(nil)
	c := &commitment{job: [32]byte{9}, task: kindStats, role: 1, accepted: []int{0, 2}, rejected: map[int]Reason{1: ReasonInvalid}, dropped: []int{3}, digest: [32]byte{5}}
	return c, pub, key
}

// A commitment decodes only in its one encoding, with every owner in one
// list, below the job's owner count; a signed one verifies only unchanged.
func FuzzCommitment(f *testing.F) {
	c, pub, key := sampleCommitment()
	f.Add(c.body(), c.sign(key))
	f.Fuzz(func(t *testing.T, body, signed []byte) {
		if got, err := parseCommitment(body, 4); err == nil {
			if !bytes.Equal(got.body(), body) {
				t.Fatal("a commitment decodes from a non-canonical encoding")
			}
		} else if !errors.Is(err, ErrCommitment) {
			t.Fatalf("unclassified error: %v", err)
		}
		got, err := openCommitment(signed, pub, c.job, kindStats, 1, 4)
		if err == nil && !bytes.Equal(got.body(), c.body()) {
			t.Fatal("a changed commitment verifies")
		}
	})
}

// A payload, a release and the mixer's lists.
func FuzzPayload(f *testing.F) {
	p := &payload{job: [32]byte{1}, commitments: [2][]byte{{1, 2}, {3}}, sealed: [2][]byte{{4, 5, 6}, nil}}
	f.Add(p.encode(), release{commitment: []byte{1}, sealed: []byte{2, 3}}.encode())
	f.Fuzz(func(t *testing.T, b, r []byte) {
		if got, err := parsePayload(b); err == nil {
			if !bytes.Equal(got.encode(), b) {
				t.Fatal("a payload decodes from a non-canonical encoding")
			}
		} else if !errors.Is(err, ErrPayload) {
			t.Fatalf("unclassified error: %v", err)
		}
		if got, err := parseRelease(r); err == nil && !bytes.Equal(got.encode(), r) {
			t.Fatal("a release decodes from a non-canonical encoding")
		}
	})
}

// The mixer's message at the counter, and the counter's status at the
// mixer: no panic, owners in range and increasing, lists of the owners the
// counter evaluated only.
func FuzzMixerMessages(f *testing.F) {
	n := &psiNode{jc: &jobCtx{rows: []int{3, 4, 5}}}
	f.Add(appendLists(encodeOwners([]int{0, 2}), [][]byte{{1}, {2, 3}}))
	f.Fuzz(func(t *testing.T, msg []byte) {
		included, lists, err := n.parseMixed(msg, []int{0, 2})
		if err == nil && (len(included) != len(lists) || len(included) > 2) {
			t.Fatalf("included %v with %d lists", included, len(lists))
		}
		in := cryptobyte.String(msg)
		if os, err := parseOwners(&in, 3); err == nil {
			for i, o := range os {
				if o < 0 || o >= 3 || (i > 0 && o <= os[i-1]) {
					t.Fatalf("owners %v", os)
				}
			}
		}
	})
}

// The on-chain step, as veil job status reads it: no panic, owners in range.
func FuzzStepOutcome(f *testing.F) {
	c, _, key := sampleCommitment()
	f.Add(c.sign(key))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := StepOutcome(data, 4)
		if err != nil {
			return
		}
		for _, o := range append(append([]int(nil), out.Accepted...), out.Dropped...) {
			if o < 0 || o >= 4 {
				t.Fatalf("owner %d out of range", o)
			}
		}
	})
}

// A task from a spec: refused with ErrBadTask, or accepted as a task that
// encodes back to one ParseTask accepts as the same task (an empty
// bins or bounds object is the same as none).
func FuzzParseTask(f *testing.F) {
	f.Add([]byte(`{"type":"stats","columns":["age","bmi"],"stats":["mean","std","hist"],"bins":{"age":[20,40,60,80]},"bounds":{"bmi":[10,50]}}`))
	f.Add([]byte(`{"type":"psi","id":"patient_id"}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		task, err := ParseTask(raw)
		if err != nil {
			if !errors.Is(err, ErrBadTask) {
				t.Fatalf("unclassified refusal: %v", err)
			}
			return
		}
		b, err := json.Marshal(task)
		if err != nil {
			t.Fatal(err)
		}
		again, err := ParseTask(b)
		if err != nil {
			t.Fatalf("an accepted task does not parse again: %v\n%s", err, b)
		}
		// An empty bins or bounds object means none: compare encodings.
		if b2, _ := json.Marshal(again); !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed the task: %s → %s", b, b2)
		}
	})
}
