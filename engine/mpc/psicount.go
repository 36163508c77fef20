package mpc

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"

	"golang.org/x/crypto/cryptobyte"

	"github.com/veil-market/veil/psi"
)

// count is the counter's part: tell the mixer its key and which owners it
// evaluated, receive the mixed lists, count, seal the noisy count to the
// buyer.
func (n *psiNode) count(ctx context.Context, peer channel, key *psi.KeyShare, evaluated []int, rejected map[int]Reason, z psi.Noise) (release, *commitment, error) {
	pub, _ := key.Public.MarshalBinary()
	if err := peer.Send(ctx, stepPSIKey, n.signKey(pub)); err != nil {
		return release{}, nil, err
	}
	status := append(encodeOwners(evaluated), encodeOwners(sortedOwners(rejected))...)
	if err := peer.Send(ctx, stepPSIStatus, status); err != nil {
		return release{}, nil, err
	}
	msg, err := recv(ctx, peer, stepPSIMixed, n.mixedSize())
	if err != nil {
		return release{}, nil, err
	}
	included, lists, err := n.parseMixed(msg, evaluated)
	if err != nil {
		return release{}, nil, err
	}
	for _, o := range evaluated {
		if !slices.Contains(included, o) {
			n.env.log.Warn("owner left out by the mixer (its tags did not arrive or did not decode): dropped", n.jc.who(o)...)
		}
	}
	if err := n.jc.enough(included, 2); err != nil {
		return release{}, nil, err
	}
	rows := make([]int, len(included))
	for i, o := range included {
		rows[i] = n.jc.rows[o]
	}
	v, err := key.Count(lists, rows, n.rel, z)
	if err != nil {
		return release{}, nil, err
	}
	sealed, err := sealTo(n.jc.buyer, binary.BigEndian.AppendUint64(nil, uint64(v)))
	if err != nil {
		return release{}, nil, err
	}
	n.mixedDigest = sha256.Sum256(msg)
	return n.commit(included, rejected, sealed)
}

// mixedSize bounds the mixer's message: every owner's list with 2μ dummies.
func (n *psiNode) mixedSize() int {
	size := 2 + 2*n.jc.owners()
	for _, r := range n.jc.rows {
		size += 4 + 8 + 2*psi.ElementSize*(r+int(2*n.rel.Mu))
	}
	return size
}

// parseMixed reads the owners the mixer included (all evaluated here) and
// their lists.
func (n *psiNode) parseMixed(msg []byte, evaluated []int) ([]int, [][]byte, error) {
	in := cryptobyte.String(msg)
	included, err := parseOwners(&in, n.jc.owners())
	if err != nil {
		return nil, nil, err
	}
	var lists [][]byte
	for _, o := range included {
		if !slices.Contains(evaluated, o) {
			return nil, nil, fmt.Errorf("mpc: the mixer included owner %d, whose request this node did not evaluate", o)
		}
		var l []byte
		var size uint32
		if n.jc.enough(included, 2) == nil && (!in.ReadUint32(&size) || !in.ReadBytes(&l, int(size))) {
			return nil, nil, fmt.Errorf("mpc: the mixer's list for owner %d is short", o)
		}
		lists = append(lists, l)
	}
	if !in.Empty() {
		return nil, nil, fmt.Errorf("mpc: %d bytes after the mixer's lists", len(in))
	}
	return included, lists, nil
}
