package prio

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"maps"
	"slices"
)

// Aggregator is one compute node's side of a job: it prepares every owner's
// shares, exchanges two messages with the other node (PrepMessage, then
// Openings), decides which owners are valid, and sums their output shares.
// Both nodes run the same deterministic decisions on the same two messages,
// so two honest nodes accept and reject the same owners.
//
// An Aggregator is not safe for concurrent use; two Aggregators (the two
// nodes of a test, say) may run concurrently on one Scheme.
type Aggregator struct {
	s      *Scheme
	role   Role
	vk     VerifyKey
	owners map[uint32]*ownerState
	step   int // 0 receiving, 1 prep message sent, 2 verified, 3 checked

	rejected map[uint32]error
	dropped  []uint32
	digest   hash.Hash // of an owner's public shares, reused
	passed   []uint32  // passed the proofs; constraints not yet checked
}

type ownerState struct {
	totals Totals
	bad    error // malformed at this node
	digest [32]byte
	states []prepState
	prep   [][]byte
	outs   []elems // output shares of the blocks with groups (for the openings)
	opened []byte  // this node's openings, concatenated
}

// NewAggregator starts a node's side of a job. The verification key must be
// the same at both nodes and unknown to every owner (DeriveVerifyKey).
func NewAggregator(s *Scheme, role Role, vk VerifyKey) (*Aggregator, error) {
	if role != Leader && role != Helper {
		return nil, fmt.Errorf("prio: unknown role %d", role)
	}
	return &Aggregator{s: s.clone(), role: role, vk: vk, owners: map[uint32]*ownerState{}, rejected: map[uint32]error{}, digest: sha256.New()}, nil
}

// DeriveVerifyKey combines both nodes' random contributions into the shared
// verification key: unpredictable to owners as long as one node drew its
// part at random and kept it from them.
func DeriveVerifyKey(context, leaderPart, helperPart []byte) VerifyKey {
	h := sha256.New()
	h.Write([]byte("veil/prio/verify-key/v1"))
	for _, b := range [][]byte{context, leaderPart, helperPart} {
		h.Write([]byte{byte(len(b) >> 8), byte(len(b))})
		h.Write(b)
	}
	var vk VerifyKey
	copy(vk[:], h.Sum(nil))
	return vk
}

// Receive prepares one owner's submission. An error means the owner is
// rejected (it wraps ErrMalformed or ErrInconsistent and names the block);
// the owner still appears in PrepMessage, as malformed, so that both nodes
// reject it.
func (a *Aggregator) Receive(owner uint32, totals Totals, msg []byte) error {
	if a.step != 0 {
		return errors.New("prio: Receive after PrepMessage")
	}
	if _, dup := a.owners[owner]; dup {
		return fmt.Errorf("prio: owner %d submitted twice", owner)
	}
	if err := a.s.checkTotals(totals); err != nil {
		return err
	}
	st := &ownerState{totals: totals}
	a.owners[owner] = st
	st.bad = a.prepare(st, owner, msg)
	return st.bad
}

func (a *Aggregator) prepare(st *ownerState, owner uint32, msg []byte) error {
	p, err := a.s.parseSubmission(msg, a.role, owner)
	if err != nil {
		return err
	}
	h := a.digest
	h.Reset()
	st.states = make([]prepState, 0, len(a.s.vdafs))
	st.prep = make([][]byte, 0, len(a.s.vdafs))
	for b, v := range a.s.vdafs {
		h.Write(p.publics[b])
		state, share, err := v.prepInit(&a.vk, a.s.nonce(owner, b), uint8(a.role), p.publics[b], p.shares[b])
		if err != nil {
			return fmt.Errorf("block %d: %w", b, err)
		}
		st.states = append(st.states, state)
		st.prep = append(st.prep, share)
	}
	h.Sum(st.digest[:0])
	return nil
}

// Owners lists the owners received so far, in increasing order.
func (a *Aggregator) Owners() []uint32 { return slices.Sorted(maps.Keys(a.owners)) }

// Rejected is, after Check, every rejected owner with the reason (wrapping
// one of ErrMalformed, ErrInconsistent, ErrInvalid, ErrOutOfBounds).
func (a *Aggregator) Rejected() map[uint32]error { return maps.Clone(a.rejected) }

// Dropped is, after Verify, the owners that reached only one node: absent
// from the aggregate, not rejected.
func (a *Aggregator) Dropped() []uint32 { return slices.Clone(a.dropped) }

// Accepted is, after Check, the owners whose measurements are in the
// aggregate, in increasing order.
func (a *Aggregator) Accepted() []uint32 {
	if a.step < 3 {
		return nil
	}
	return slices.Clone(a.passed)
}

func (a *Aggregator) reject(owner uint32, err error) { a.rejected[owner] = err }
