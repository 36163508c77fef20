package mpc

import (
	"context"
	"fmt"

	"github.com/veil-market/veil/prio"
)

// statsOwner is an owner's side of a stats job. Its submission is made when
// the run is prepared, before the round: the round's messages and timing do
// not depend on the rows.
type statsOwner struct {
	jc     *jobCtx
	self   int
	sub    *prio.Submission
	sealed int
	end    *ownerEnd
}

func (o *statsOwner) round(ctx context.Context, lead, helper channel) error {
	if err := lead.Send(ctx, stepShare, o.sub.Leader); err != nil {
		return fmt.Errorf("mpc: sending the leader's share: %w", err)
	}
	if err := helper.Send(ctx, stepShare, o.sub.Helper); err != nil {
		return fmt.Errorf("mpc: sending the helper's share: %w", err)
	}
	end, err := o.jc.collectReleases(ctx, kindStats, o.self, [2]channel{lead, helper}, o.sealed)
	if end != nil {
		o.end = end
	}
	return err
}
