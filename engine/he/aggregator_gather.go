package he

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/veil-market/veil/engine"
)

// The aggregator's message plumbing: every step gathers from every member
// (the key switch is N-of-N, so a missing member ends the round), checks
// each message before use and blames its sender by name.

func (a *aggregatorRun) members() []int {
	out := make([]int, len(a.run.names))
	for i := range out {
		out[i] = i
	}
	return out
}

// gather collects step from every member; a member that sent nothing, too
// much, or something check refuses, is named in the error.
func (a *aggregatorRun) gather(ctx context.Context, hub engine.Hub, step string, maxBytes int, check func(i int, b []byte) error) (map[int][]byte, error) {
	deadline := a.e.clock().Add(a.run.timeout)
	got, failed := hub.Gather(ctx, step, a.members(), maxBytes, deadline)
	var errs []error
	for _, i := range sortedIndexes(failed) {
		errs = append(errs, ownerErr(a.run.names[i], fmt.Errorf("no %q: %w", step, failed[i])))
	}
	for _, i := range a.members() {
		b, ok := got[i]
		if !ok {
			if _, known := failed[i]; !known {
				errs = append(errs, ownerErr(a.run.names[i], fmt.Errorf("no %q", step)))
			}
			continue
		}
		if err := check(i, b); err != nil {
			errs = append(errs, blame(a.run.names[i], fmt.Errorf("step %q: %w", step, err)))
		}
	}
	return got, errors.Join(errs...)
}

// blame wraps err in an OwnerError for owner unless it already names one.
func blame(owner string, err error) error {
	var oe *OwnerError
	if errors.As(err, &oe) {
		return err
	}
	return ownerErr(owner, err)
}

// gatherSigned collects one signed object per member, in job order, each
// from the member it names and accepted by check.
func (a *aggregatorRun) gatherSigned(ctx context.Context, hub engine.Hub, step string, maxBytes int, check func(Signed) error) ([]Signed, error) {
	list := make([]Signed, len(a.run.names))
	_, err := a.gather(ctx, hub, step, maxBytes, func(i int, b []byte) error {
		s, err := decodeSigned(b)
		if err != nil {
			return err
		}
		if s.Owner != a.run.names[i] {
			return fmt.Errorf("sent an object signed as %q", printable(s.Owner, maxAddressLen))
		}
		list[i] = s
		return check(s)
	})
	return list, err
}

// gatherCommitments collects every member's commitment, which must be made
// under context want (nil: any, but the same for all).
func (a *aggregatorRun) gatherCommitments(ctx context.Context, hub engine.Hub, step string, want *[32]byte) ([]commitment, error) {
	commits := make([]commitment, len(a.run.names))
	_, err := a.gatherSigned(ctx, hub, step, signedSize(commitmentLen), func(s Signed) error {
		if err := a.run.committee.verifyFrom(s, tagCommit, a.run.context(step)...); err != nil {
			return err
		}
		c, err := decodeCommitment(s.Payload)
		commits[a.run.index(s.Owner)] = c
		return err
	})
	if err != nil {
		return nil, err
	}
	ref := commits[0].context
	if want != nil {
		ref = *want
	}
	var errs []error
	for i, c := range commits {
		if c.context != ref {
			errs = append(errs, ownerErr(a.run.names[i], fmt.Errorf("step %q: committed under %x, not %x (another collective key?)", step, c.context[:8], ref[:8])))
		}
	}
	return commits, errors.Join(errs...)
}

// broadcast sends body as an OK reply to every member. A member it cannot
// reach is named (it cannot take part in the N-of-N key switch) and the
// others are told at step next, the one they wait for after this one.
func (a *aggregatorRun) broadcast(ctx context.Context, hub engine.Hub, step string, body []byte, next string) error {
	failed := hub.Broadcast(ctx, a.members(), step, reply(body))
	var errs []error
	for _, i := range sortedIndexes(failed) {
		errs = append(errs, ownerErr(a.run.names[i], fmt.Errorf("could not send %q: %w", step, failed[i])))
	}
	err := errors.Join(errs...)
	if err != nil && next != "" {
		return a.abort(ctx, hub, next, err)
	}
	return err
}

// abort tells every owner that the round ends at step, with err's text
// (no secret is ever in an error of this package), and returns err.
func (a *aggregatorRun) abort(ctx context.Context, hub engine.Hub, step string, err error) error {
	hub.Broadcast(ctx, a.members(), step, abortReply(err.Error()))
	return err
}

func sortedIndexes[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for i := range m {
		out = append(out, i)
	}
	sort.Ints(out)
	return out
}
