package prio

import (
	"errors"
	"fmt"

	"golang.org/x/crypto/cryptobyte"
)

// The two messages between the nodes:
//
//	prep:     "VPP1" | role (1) | count (4) | per owner, increasing:
//	          owner (4) | status (1: 0 prepared, 1 malformed, 2 inconsistent) | if 0: digest of its public shares (32) | prep share per block (fixed sizes)
//	openings: "VPO1" | role (1) | count (4) | per owner that passed the proofs, increasing:
//	          owner (4) | per block, per group: Σ entries − total (one field element)
const (
	prepMagic    = "VPP1"
	openingMagic = "VPO1"
)

// PrepMessage is this node's message to the other node after receiving
// every owner it will get: its prep shares, and which owners it holds.
func (a *Aggregator) PrepMessage() ([]byte, error) {
	if a.step != 0 {
		return nil, errors.New("prio: PrepMessage called twice")
	}
	a.step = 1
	owners := a.Owners()
	b := make([]byte, 0, a.s.PrepMessageSize(len(owners)))
	b = append(append(b, prepMagic...), byte(a.role))
	b = appendUint32(b, uint32(len(owners)))
	for _, o := range owners {
		st := a.owners[o]
		b = appendUint32(b, o)
		if st.bad != nil {
			b = append(b, statusOf(st.bad))
			continue
		}
		b = append(b, 0)
		b = append(b, st.digest[:]...)
		for _, p := range st.prep {
			b = append(b, p...)
		}
		st.prep = nil // sent: only the message keeps it
	}
	return b, nil
}

func appendUint32(b []byte, x uint32) []byte {
	return append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

// statusOf is the code for why an owner could not be prepared.
func statusOf(err error) byte {
	if errors.Is(err, ErrInconsistent) {
		return 2
	}
	return 1
}

// statusErr is the reason a status code stands for.
func statusErr(status uint8) error {
	if status == 2 {
		return ErrInconsistent
	}
	return ErrMalformed
}

// peerOwner is one owner as the other node reported it.
type peerOwner struct {
	owner  uint32
	bad    error
	digest []byte
	prep   [][]byte
}

// parsePrep decodes the other node's prep message into its owners, in
// increasing order; it copies nothing.
func (a *Aggregator) parsePrep(msg []byte) ([]peerOwner, error) {
	in := cryptobyte.String(msg)
	count, err := readHeader(&in, prepMagic, a.role)
	if err != nil {
		return nil, err
	}
	if count > uint32(len(in)/5) { // every entry is at least 5 bytes
		return nil, fmt.Errorf("%w: %d owners cannot fit in %d bytes", ErrPeer, count, len(in))
	}
	out := make([]peerOwner, 0, count)
	shares := make([][]byte, 0, int(count)*len(a.s.vdafs)) // one backing array for every owner's
	last := int64(-1)
	for range count {
		var o uint32
		var status uint8
		if !in.ReadUint32(&o) || !in.ReadUint8(&status) || int64(o) <= last || status > 2 {
			return nil, fmt.Errorf("%w: prep entry after owner %d", ErrPeer, last)
		}
		last = int64(o)
		p := peerOwner{owner: o}
		if status != 0 {
			p.bad = statusErr(status)
		} else {
			if !in.ReadBytes(&p.digest, 32) {
				return nil, fmt.Errorf("%w: owner %d: digest", ErrPeer, o)
			}
			first := len(shares)
			for b, v := range a.s.vdafs {
				var share []byte
				if !in.ReadBytes(&share, v.prepShareLen()) {
					return nil, fmt.Errorf("%w: owner %d: block %d prep share", ErrPeer, o, b)
				}
				shares = append(shares, share)
			}
			p.prep = shares[first:len(shares):len(shares)]
		}
		out = append(out, p)
	}
	if !in.Empty() {
		return nil, fmt.Errorf("%w: %d bytes after the last prep entry", ErrPeer, len(in))
	}
	return out, nil
}

// readHeader reads magic, the sender's role (the other one) and a count.
func readHeader(in *cryptobyte.String, magic string, self Role) (uint32, error) {
	var m []byte
	var role uint8
	var count uint32
	if !in.ReadBytes(&m, 4) || string(m) != magic || !in.ReadUint8(&role) || !in.ReadUint32(&count) {
		return 0, fmt.Errorf("%w: %s header", ErrPeer, magic)
	}
	if Role(role) == self || role > 1 {
		return 0, fmt.Errorf("%w: %s from role %d, want the %s", ErrPeer, magic, role, other(self))
	}
	return count, nil
}

func other(r Role) Role { return 1 - r }

// Verify takes the other node's PrepMessage, decides every owner's proofs
// and returns this node's Openings for the owners that passed. An error
// (ErrPeer) means the other node's message is unusable and the run stops.
func (a *Aggregator) Verify(peerPrep []byte) ([]byte, error) {
	if a.step != 1 {
		return nil, errors.New("prio: Verify before PrepMessage or twice")
	}
	peer, err := a.parsePrep(peerPrep)
	if err != nil {
		return nil, err
	}
	a.step = 2
	mine, k := a.Owners(), 0
	for _, o := range mine {
		for k < len(peer) && peer[k].owner < o { // only the other node has it
			a.decide(peer[k].owner, nil, &peer[k])
			k++
		}
		var p *peerOwner
		if k < len(peer) && peer[k].owner == o {
			p = &peer[k]
			k++
		}
		if err := a.decide(o, a.owners[o], p); err != nil {
			return nil, err
		}
	}
	for ; k < len(peer); k++ {
		a.decide(peer[k].owner, nil, &peer[k])
	}
	b := append([]byte(openingMagic), byte(a.role))
	b = appendUint32(b, uint32(len(a.passed)))
	for _, o := range a.passed {
		b = appendUint32(b, o)
		b = append(b, a.owners[o].opened...)
	}
	return b, nil
}
