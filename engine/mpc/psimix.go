package mpc

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"
	"time"

	"golang.org/x/crypto/cryptobyte"

	"github.com/veil-market/veil/psi"
)

// mix is the mixer's part: gather the owners' tags, keep the owners both
// nodes evaluated whose tags decode, add the dummies, forward the lists to
// the counter. Its release is the SHA-256 of what it forwarded.
func (n *psiNode) mix(ctx context.Context, hub ownersHub, peer channel, key *psi.KeyShare, evaluated []int, rejected map[int]Reason, d psi.Dummies) (release, *commitment, error) {
	counterPub, err := n.counterKey(ctx, peer)
	if err != nil {
		return release{}, nil, err
	}
	status, err := recv(ctx, peer, stepPSIStatus, 2+2*n.jc.owners()+3*n.jc.owners()+4)
	if err != nil {
		return release{}, nil, err
	}
	in := cryptobyte.String(status)
	theirs, err := parseOwners(&in, n.jc.owners())
	if err != nil {
		return release{}, nil, err
	}
	counterRejected, err := parseOwners(&in, n.jc.owners())
	if err != nil || !in.Empty() {
		return release{}, nil, fmt.Errorf("mpc: the counter's status: %v", err)
	}
	for _, o := range counterRejected {
		rejected[o] = ReasonMalformed
	}
	var both []int // evaluated at both nodes: only they can send tags
	for _, o := range evaluated {
		if slices.Contains(theirs, o) {
			both = append(both, o)
		}
	}
	tags, missing := hub.Gather(ctx, stepPSITags, both, 8+2*psi.ElementSize*n.maxRows(), time.Now().Add(n.jc.timeout))
	for _, o := range sortedOwners(missing) {
		n.env.log.Warn("owner's tags missing: dropped", append(n.jc.who(o), "err", missing[o])...)
	}
	var included []int
	var lists []psi.TagList
	for _, o := range both {
		if tags[o] == nil {
			continue
		}
		l, err := psi.ParseTags(tags[o], n.jc.rows[o])
		if err != nil {
			n.env.log.Warn("owner's tags refused: rejected", append(n.jc.who(o), "err", err)...)
			rejected[o] = ReasonMalformed
			continue
		}
		included, lists = append(included, o), append(lists, l)
	}
	msg := encodeOwners(included)
	short := n.jc.enough(included, 2)
	if short == nil {
		mixed, err := n.rel.Mix(counterPub, lists, d, n.env.rand)
		if err != nil {
			return release{}, nil, err
		}
		msg = appendLists(msg, mixed)
	}
	if err := peer.Send(ctx, stepPSIMixed, msg); err != nil {
		return release{}, nil, err
	}
	if short != nil {
		return release{}, nil, short
	}
	h := sha256.Sum256(msg)
	return n.commit(included, rejected, h[:])
}

// counterKey is the counter's public key, as the counter sent it (signed).
func (n *psiNode) counterKey(ctx context.Context, peer channel) (psi.PublicKey, error) {
	b, err := recv(ctx, peer, stepPSIKey, maxKeyMessage)
	if err != nil {
		return psi.PublicKey{}, err
	}
	return n.jc.openKey(b, psi.Counter)
}

func appendLists(b []byte, lists [][]byte) []byte {
	for _, l := range lists {
		b = append(b, byte(len(l)>>24), byte(len(l)>>16), byte(len(l)>>8), byte(len(l)))
		b = append(b, l...)
	}
	return b
}

// commit signs the node's commitment to data (the release: a sealed count,
// or the digest of the mixed lists).
func (n *psiNode) commit(included []int, rejected map[int]Reason, data []byte) (release, *commitment, error) {
	c := &commitment{job: n.jc.binding, task: kindPSI, role: byte(n.role), accepted: included, rejected: map[int]Reason{}, digest: sha256.Sum256(data)}
	for o, r := range rejected {
		if !slices.Contains(included, o) {
			c.rejected[o] = r
		}
	}
	c.dropped = absent(n.jc.owners(), c)
	return release{commitment: c.sign(n.env.key), sealed: data}, c, nil
}
