package prio

import (
	"bytes"
	"errors"
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// decide runs the proofs of one owner given both nodes' views (either may
// be nil: the owner reached one node only). The order of the rules is the
// same at both nodes, so both reach the same verdict. Only an unusable
// message of the other node is an error (ErrPeer).
func (a *Aggregator) decide(o uint32, st *ownerState, p *peerOwner) error {
	mine, theirs := st != nil, p != nil
	switch {
	case mine && st.bad != nil:
		a.reject(o, fmt.Errorf("at the %s: %w", a.role, st.bad))
		return nil
	case theirs && p.bad != nil:
		a.reject(o, fmt.Errorf("at the %s: %w", other(a.role), p.bad))
		return nil
	case !mine || !theirs:
		a.dropped = append(a.dropped, o)
		return nil
	case !bytes.Equal(st.digest[:], p.digest):
		a.reject(o, fmt.Errorf("%w: the nodes received different public shares", ErrInconsistent))
		return nil
	}
	for b, state := range st.states {
		msg, err := state.decide(p.prep[b])
		if errors.Is(err, ErrMalformed) {
			return fmt.Errorf("%w: owner %d block %d: %w", ErrPeer, o, b, err)
		}
		if err == nil {
			err = state.next(msg)
		}
		if err != nil {
			a.reject(o, fmt.Errorf("block %d: %w", b, err))
			return nil
		}
	}
	st.opened = a.open(o, st)
	a.passed = append(a.passed, o)
	return nil
}

// open is this node's share of every constraint's Σ entries − total: the
// leader subtracts the total, the helper does not, so the two add up to
// zero exactly when the constraint holds. For an honest owner the other
// node learns only the negation of its own value.
func (a *Aggregator) open(o uint32, st *ownerState) []byte {
	var b []byte
	for blk, state := range st.states {
		if len(a.s.blocks[blk].Groups) == 0 {
			continue
		}
		out := state.output()
		st.outs = append(st.outs, out)
		for g, grp := range a.s.blocks[blk].Groups {
			var total uint64
			if a.role == Leader {
				total = st.totals[blk][g]
			}
			b = append(b, out.groupSum(grp.First, grp.Len, total)...)
		}
	}
	return b
}

// openingLen is the size of one owner's openings.
func (a *Aggregator) openingLen() int {
	n := 0
	for b, blk := range a.s.blocks {
		n += len(blk.Groups) * a.s.vdafs[b].zero(0).elemSize()
	}
	return n
}

// Check takes the other node's Openings and rejects the owners whose
// constraints do not hold. After it, Accepted, Rejected and Aggregate are
// final.
func (a *Aggregator) Check(peerOpenings []byte) error {
	if a.step != 2 {
		return errors.New("prio: Check before Verify or twice")
	}
	theirs, err := a.parseOpenings(peerOpenings)
	if err != nil {
		return err
	}
	a.step = 3
	var kept []uint32
	for i, o := range a.passed {
		if err := a.checkOwner(a.owners[o], theirs[i]); err != nil {
			a.reject(o, err)
			continue
		}
		kept = append(kept, o)
	}
	a.passed = kept
	return nil
}

func (a *Aggregator) checkOwner(st *ownerState, peer []byte) error {
	mine, off, k := st.opened, 0, 0
	for b, blk := range a.s.blocks {
		if len(blk.Groups) == 0 {
			continue
		}
		size := a.s.vdafs[b].zero(0).elemSize()
		out := st.outs[k]
		k++
		for g := range blk.Groups {
			if !isZeroSum(out, mine[off:off+size], peer[off:off+size]) {
				return fmt.Errorf("%w: block %d group %d", ErrOutOfBounds, b, g)
			}
			off += size
		}
	}
	return nil
}

// parseOpenings decodes the other node's openings, one per owner that passed
// here, in the same order.
func (a *Aggregator) parseOpenings(msg []byte) ([][]byte, error) {
	in := cryptobyte.String(msg)
	count, err := readHeader(&in, openingMagic, a.role)
	if err != nil {
		return nil, err
	}
	if int(count) != len(a.passed) {
		return nil, fmt.Errorf("%w: openings for %d owners, %d passed here", ErrPeer, count, len(a.passed))
	}
	size := a.openingLen()
	out := make([][]byte, len(a.passed))
	for i, want := range a.passed {
		var o uint32
		if !in.ReadUint32(&o) || o != want || !in.ReadBytes(&out[i], size) {
			return nil, fmt.Errorf("%w: openings: expected owner %d", ErrPeer, want)
		}
	}
	if !in.Empty() {
		return nil, fmt.Errorf("%w: %d bytes after the last opening", ErrPeer, len(in))
	}
	return out, nil
}
