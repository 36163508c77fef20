package he

import (
	"context"
	"crypto/sha256"
	"errors"

	"github.com/veil-market/veil/engine"
)

// setupKeys runs the key handshake: reuse the collective key if every
// member holds the same one, otherwise key generation with commitments.
func (a *aggregatorRun) setupKeys(ctx context.Context, hub engine.Hub) error {
	hellos := make([]hello, len(a.run.names))
	_, err := a.gatherSigned(ctx, hub, stepHello, signedSize(1+32), func(s Signed) error {
		if err := a.run.committee.verifyFrom(s, tagHello, a.run.context(stepHello)...); err != nil {
			return err
		}
		h, err := decodeHello(s.Payload)
		hellos[a.run.index(s.Owner)] = h
		return err
	})
	if err != nil {
		return a.abort(ctx, hub, stepSetup, err)
	}
	d := decide(hellos)
	next := stepCKGCommits
	if d.reuse {
		next = stepCommits
	}
	if err := a.broadcast(ctx, hub, stepSetup, d.encode(), next); err != nil {
		return err
	}
	if d.reuse {
		a.setup = "reused"
		return nil
	}
	a.setup = "generated"
	return a.generateKeys(ctx, hub)
}

// decide reuses a key only when every member holds the same one.
func decide(hellos []hello) setupDecision {
	for _, h := range hellos {
		if !h.cached || h.key != hellos[0].key {
			return setupDecision{}
		}
	}
	return setupDecision{reuse: true, key: hellos[0].key}
}

// generateKeys relays key generation: commitments first, then the shares,
// each checked against its commitment and combined here too so that a bad
// share is blamed before the owners spend time on it.
func (a *aggregatorRun) generateKeys(ctx context.Context, hub engine.Hub) error {
	c := a.run.committee
	id := c.ID()
	commits, err := a.gatherCommitments(ctx, hub, stepCKGCommit, &id)
	if err != nil {
		return a.abort(ctx, hub, stepCKGCommits, err)
	}
	if err := a.broadcast(ctx, hub, stepCKGCommits, encodeCommitments(commits), stepCKGAll); err != nil {
		return err
	}
	shares, err := a.gatherSigned(ctx, hub, stepCKG, a.run.maxMessage(), func(s Signed) error {
		if sha256.Sum256(s.Payload) != commits[a.run.index(s.Owner)].object {
			return ErrCommitment
		}
		return c.verifyFrom(s, tagCKG, id[:])
	})
	if err == nil {
		_, err = CombineCKG(c, shares)
	}
	if err != nil {
		return a.abort(ctx, hub, stepCKGAll, err)
	}
	return a.broadcast(ctx, hub, stepCKGAll, encodeSignedList(shares), stepCommits)
}

// collectInputs gathers commitments, then the inputs; it credits every
// owner whose input is valid (it contributed, whatever happens next) and
// sends all the inputs with the aggregate's hash to every owner. A
// missing or invalid input ends the round: its owner could not take part
// in the key switch, which needs every member.
func (a *aggregatorRun) collectInputs(ctx context.Context, hub engine.Hub) (*Aggregate, error) {
	commits, err := a.gatherCommitments(ctx, hub, stepCommit, nil)
	if err != nil {
		return nil, a.abort(ctx, hub, stepCommits, err)
	}
	if err := a.broadcast(ctx, hub, stepCommits, encodeCommitments(commits), stepInputs); err != nil {
		return nil, err
	}
	ok := make([]bool, len(a.run.names))
	inputs, gatherErr := a.gatherSigned(ctx, hub, stepInput, a.run.maxMessage(), func(s Signed) error {
		i := a.run.index(s.Owner)
		if err := a.run.checkInput(s, commits[i]); err != nil {
			return err
		}
		ok[i] = true
		return nil
	})
	var valid []Signed
	for i, s := range inputs {
		if ok[i] {
			valid = append(valid, s)
		}
	}
	var agg *Aggregate
	var aggErr error
	if gatherErr == nil {
		agg, aggErr = AggregateInputs(a.run.committee, a.run.jobID, valid, a.run.minInputs)
	}
	a.credit(ctx, hub, valid)
	if err := errors.Join(gatherErr, aggErr); err != nil {
		return nil, a.abort(ctx, hub, stepInputs, err)
	}
	bundle := inputBundle{claimed: agg.Hash(), inputs: valid}
	return agg, a.broadcast(ctx, hub, stepInputs, bundle.encode(), stepPCKSAll)
}

// credit signs the receipts of the owners whose inputs are valid; an owner
// that cannot be reached simply lacks its receipt and will not key-switch.
func (a *aggregatorRun) credit(ctx context.Context, hub engine.Hub, valid []Signed) {
	for _, s := range valid {
		if err := hub.Credit(ctx, a.run.index(s.Owner)); err != nil && a.env.Log != nil {
			a.env.Log.Warn("he: could not credit an owner", "owner", s.Owner, "err", err)
		}
	}
}
