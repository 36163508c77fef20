package mpc

import (
	"crypto/ed25519"
	"errors"
	"testing"
	"time"

	"github.com/veil-market/veil/engine/mpc/stats"
)

// reRelease rewrites a node's release as a deviating node would: mutate its
// commitment, sign it with key (the node's own, or another), and optionally
// change the sealed bytes after signing.
func reRelease(t *testing.T, msg []byte, n int, key ed25519.PrivateKey, mutate func(*commitment), sealed func([]byte) []byte) []byte {
	t.Helper()
	r, err := parseRelease(msg)
	if err != nil {
		t.Fatal(err)
	}
	c, err := parseCommitment(r.commitment[:len(r.commitment)-ed25519.SignatureSize], n)
	if err != nil {
		t.Fatal(err)
	}
	if mutate != nil {
		mutate(c)
	}
	out := release{commitment: c.sign(key), sealed: append([]byte(nil), r.sealed...)}
	if sealed != nil {
		out.sealed = sealed(out.sealed)
	}
	return out.encode()
}

// rejectOwner0 moves honest owner 0 from accepted to rejected.
func rejectOwner0(c *commitment) {
	c.accepted = c.accepted[1:]
	c.rejected[0] = ReasonInvalid
}

// A compute node that deviates is caught: whatever the helper changes in
// what it signs or sends (equivocating to the owners about who is in the
// aggregate, releasing other bytes than it committed to, signing with a key
// that is not its registered one, disagreeing with the lead, altering its
// prep share on the wire), no owner builds a payload to confirm, or the
// lead refuses to go on — so no result gets matching confirmations and the
// fair-exchange rule blames the node whose signed step is missing or wrong.
// The control (no deviation) must let every owner build the lead's payload.
func TestDeviatingComputeNodeIsDetected(t *testing.T) {
	_, otherKey, _ := ed25519.GenerateKey(nil)
	cases := []struct {
		name     string
		to, step string // the helper's messages to "owners" or "lead" at step
		rewrite  func(t *testing.T, tj *testJob, p []byte) []byte
		leadErr  bool // the lead's round fails
	}{
		{name: "control"},
		{name: "equivocates to owners about who is in", to: "owners", step: stepRelease,
			rewrite: func(t *testing.T, tj *testJob, p []byte) []byte {
				return reRelease(t, p, 3, tj.keys[1], rejectOwner0, nil)
			}},
		{name: "releases other bytes than it committed to", to: "owners", step: stepRelease,
			rewrite: func(t *testing.T, tj *testJob, p []byte) []byte {
				return reRelease(t, p, 3, tj.keys[1], nil, func(s []byte) []byte { s[len(s)/2] ^= 1; return s })
			}},
		{name: "signs with a key not its own", to: "owners", step: stepRelease,
			rewrite: func(t *testing.T, tj *testJob, p []byte) []byte {
				return reRelease(t, p, 3, otherKey, nil, nil)
			}},
		{name: "poses as the lead", to: "owners", step: stepRelease,
			rewrite: func(t *testing.T, tj *testJob, p []byte) []byte {
				return reRelease(t, p, 3, tj.keys[1], func(c *commitment) { c.role = 0 }, nil)
			}},
		{name: "tells the lead another outcome", to: "lead", step: stepCommit, leadErr: true,
			rewrite: func(t *testing.T, tj *testJob, p []byte) []byte {
				return reRelease(t, p, 3, tj.keys[1], rejectOwner0, nil)
			}},
		{name: "alters its prep share", to: "lead", step: stepPrep, leadErr: true,
			rewrite: func(_ *testing.T, _ *testJob, p []byte) []byte {
				q := append([]byte(nil), p...)
				q[len(q)-1] ^= 1
				return q
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rows := []int{20, 30, 25}
			tj := newTestJob(t, rows)
			tj.jc.timeout = 500 * time.Millisecond
			plan, err := stats.NewPlan(statsColumns[1:], []string{"mean"}, rows, 4, 1e-6)
			if err != nil {
				t.Fatal(err)
			}
			data := map[int][][]float64{0: ownerData(1, 20)[1:], 1: ownerData(2, 30)[1:], 2: ownerData(3, 25)[1:]}
			nodes, owners := tj.stats(t, plan, data, nil)
			if tc.rewrite != nil {
				f := func(p []byte) []byte { return tc.rewrite(t, tj, p) }
				if tc.to == "lead" {
					tj.net.tamper[[3]string{"helper", "lead", tc.step}] = f
				}
				for o := range rows {
					if tc.to == "owners" {
						tj.net.tamper[[3]string{"helper", ownerName(o), tc.step}] = f
					}
				}
			}
			errs := tj.runStats(t, nodes, owners)
			if tc.rewrite == nil {
				if errs[0] != nil || errs[1] != nil {
					t.Fatalf("control: nodes %v", errs)
				}
				lead := tj.lead.payload(tj.jc.binding)
				for o := range rows {
					if tj.errs[o] != nil || string(tj.payloads[o]) != string(lead) {
						t.Fatalf("control: owner %d: %v, payload matches the lead's: %v", o, tj.errs[o], string(tj.payloads[o]) == string(lead))
					}
				}
				return
			}
			if tc.leadErr && errs[0] == nil {
				t.Fatal("the lead went on with a deviating helper")
			}
			if tc.to == "owners" && errs[0] != nil {
				t.Fatalf("the lead failed (%v); the deviation was towards the owners only", errs[0])
			}
			for o := range rows {
				if tj.payloads[o] != nil {
					t.Fatalf("owner %d built a payload to confirm despite the deviating helper", o)
				}
				if tj.errs[o] == nil {
					t.Fatalf("owner %d's round succeeded", o)
				}
				if tc.to == "owners" && !errors.Is(tj.errs[o], ErrCommitment) {
					t.Fatalf("owner %d: %v, want ErrCommitment", o, tj.errs[o])
				}
			}
		})
	}
}
