package mpc

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/engine/mpc/stats"
	"github.com/veil-market/veil/prio"
)

// statsNode is one compute node's side of a stats job.
type statsNode struct {
	jc     *jobCtx
	role   prio.Role
	plan   *stats.Plan
	scheme *prio.Scheme
	env    nodeEnv
	out    *outcome
}

// round runs the whole job at this node (docs/mpc.md, "The protocol").
func (n *statsNode) round(ctx context.Context, hub ownersHub, peer channel) error {
	// Drawn before any share arrives: no send time depends on a draw.
	noise, err := n.plan.Noise(dp.NewSampler(n.env.rand))
	if err != nil {
		return err
	}
	vk, err := verifyKey(ctx, peer, n.jc.binding, n.role, n.env.rand)
	if err != nil {
		return err
	}
	agg, err := prio.NewAggregator(n.scheme, n.role, vk)
	if err != nil {
		return err
	}
	n.receive(ctx, hub, agg)
	if err := n.decide(ctx, peer, agg); err != nil {
		return err
	}
	for o, err := range agg.Rejected() {
		n.env.log.Warn("owner rejected", append(n.jc.who(int(o)), "err", err)...)
	}
	if err := n.jc.enough(accepted(agg), 0); err != nil {
		return err
	}
	mine, c, err := n.release(agg, noise)
	if err != nil {
		return err
	}
	if n.out, err = n.jc.exchangeReleases(ctx, peer, kindStats, byte(n.role), mine, c, n.sealedSize()); err != nil {
		return err
	}
	sendReleases(ctx, hub, mine, n.env)
	return nil
}

// verifyKey swaps 32 random bytes with the other node; the key is bound to
// the job and unknown to owners as long as one node keeps its part secret.
func verifyKey(ctx context.Context, peer channel, job [32]byte, role prio.Role, rnd io.Reader) (prio.VerifyKey, error) {
	mine := make([]byte, 32)
	if _, err := io.ReadFull(rnd, mine); err != nil {
		return prio.VerifyKey{}, fmt.Errorf("mpc: randomness: %w", err)
	}
	theirs, err := swap(ctx, peer, stepVerifyKey, mine, 32)
	if err != nil {
		return prio.VerifyKey{}, err
	}
	if len(theirs) != 32 {
		return prio.VerifyKey{}, fmt.Errorf("mpc: the other compute node's key part is %d bytes, want 32", len(theirs))
	}
	parts := [2][]byte{}
	parts[role], parts[1-role] = mine, theirs
	return prio.DeriveVerifyKey(job[:], parts[0], parts[1]), nil
}

// receive gathers and prepares every live owner's submission; an owner whose
// submission does not prepare is recorded as rejected by the aggregator.
func (n *statsNode) receive(ctx context.Context, hub ownersHub, agg *prio.Aggregator) {
	subs, missing := hub.Gather(ctx, stepShare, hub.Live(), n.scheme.SubmissionSize(n.role), time.Now().Add(n.jc.timeout))
	for _, o := range sortedOwners(subs) {
		if o < 0 || o >= n.jc.owners() {
			continue
		}
		if err := agg.Receive(uint32(o), n.plan.Totals(n.jc.rows[o]), subs[o]); err != nil {
			n.env.log.Warn("owner's share refused: rejected", append(n.jc.who(o), "err", err)...)
		}
	}
	logAbsent(n.env, n.jc, subs, missing, "share")
}

// decide runs the two exchanges with the other node.
func (n *statsNode) decide(ctx context.Context, peer channel, agg *prio.Aggregator) error {
	prep, err := agg.PrepMessage()
	if err != nil {
		return err
	}
	theirs, err := swap(ctx, peer, stepPrep, prep, n.scheme.PrepMessageSize(n.jc.owners()))
	if err != nil {
		return err
	}
	open, err := agg.Verify(theirs)
	if err != nil {
		return err
	}
	if theirs, err = swap(ctx, peer, stepOpen, open, n.scheme.OpeningsSize(n.jc.owners())); err != nil {
		return err
	}
	return agg.Check(theirs)
}

// release is the node's noisy aggregate share, sealed to the buyer, with its
// signed commitment.
func (n *statsNode) release(agg *prio.Aggregator, noise [][]int64) (release, *commitment, error) {
	share, err := agg.Aggregate()
	if err != nil {
		return release{}, nil, err
	}
	for b, z := range noise {
		if err := share.AddNoise(b, z); err != nil {
			return release{}, nil, err
		}
	}
	raw, _ := share.MarshalBinary()
	sealed, err := sealTo(n.jc.buyer, raw)
	if err != nil {
		return release{}, nil, err
	}
	c := &commitment{job: n.jc.binding, task: kindStats, role: byte(n.role), rejected: map[int]Reason{}, digest: sha256.Sum256(sealed)}
	for _, o := range agg.Accepted() {
		c.accepted = append(c.accepted, int(o))
	}
	for o, err := range agg.Rejected() {
		c.rejected[int(o)] = reasonOf(err)
	}
	c.dropped = absent(n.jc.owners(), c)
	return release{commitment: c.sign(n.env.key), sealed: sealed}, c, nil
}

// sealedSize bounds a node's sealed share: the share and age's header
// (a post-quantum stanza is under 2 KiB).
func (n *statsNode) sealedSize() int { return n.scheme.AggregateShareSize() + 4<<10 }

func reasonOf(err error) Reason {
	switch {
	case errors.Is(err, prio.ErrOutOfBounds):
		return ReasonOutOfBounds
	case errors.Is(err, prio.ErrInvalid):
		return ReasonInvalid
	case errors.Is(err, prio.ErrInconsistent):
		return ReasonInconsistent
	}
	return ReasonMalformed
}

// absent lists the owners of [0, n) a commitment neither accepts nor rejects.
func absent(n int, c *commitment) []int {
	var out []int
	for o := range n {
		if _, rej := c.rejected[o]; !rej && !slices.Contains(c.accepted, o) {
			out = append(out, o)
		}
	}
	return out
}

// sendReleases gives every live owner this node's release; an owner that
// cannot be reached can still confirm later (it is dropped from nothing).
func sendReleases(ctx context.Context, hub ownersHub, r release, env nodeEnv) {
	msg := r.encode()
	for _, o := range hub.Live() {
		if err := hub.Send(ctx, o, stepRelease, msg); err != nil {
			env.log.Info("owner did not get the release", "owner", o, "err", err)
		}
	}
}

// logAbsent names every owner whose message of a step did not arrive (it
// was not connected, the transport refused its message, or it was late):
// each is dropped from the job.
func logAbsent(env nodeEnv, jc *jobCtx, got map[int][]byte, missing map[int]error, what string) {
	for o := range jc.owners() {
		if _, ok := got[o]; ok {
			continue
		}
		why := any("not connected, or its message was refused by the transport")
		if err, ok := missing[o]; ok {
			why = err
		}
		env.log.Warn("owner's "+what+" missing: dropped", append(jc.who(o), "err", why)...)
	}
}

func accepted(agg *prio.Aggregator) []int {
	var out []int
	for _, o := range agg.Accepted() {
		out = append(out, int(o))
	}
	return out
}
