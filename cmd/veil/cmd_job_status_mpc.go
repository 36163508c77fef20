package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine/mpc"
)

// mpcView is what `veil job status` adds for an mpc job: the rounds each
// owner's confirmation was receipted for (an owner the compute nodes
// rejected or dropped confirms without a receipt: it is not paid for the
// round), and, when the helper published its signed commitment on-chain
// (attestStep: when the lead did not commit in time), the owners it
// accepted, rejected (with why) and dropped.
type mpcView struct {
	Published bool              `json:"published"` // the helper has attested its step
	Accepted  []string          `json:"accepted,omitempty"`
	Rejected  map[string]string `json:"rejected,omitempty"` // owner address → reason
	Dropped   []string          `json:"dropped,omitempty"`
	Receipted map[string]uint32 `json:"receipted_rounds,omitempty"`
}

func (s *session) mpcView(ctx context.Context, id uint64, j *chain.Job) (*mpcView, error) {
	from := s.home.Config.DeployBlock
	v := &mpcView{}
	rounds, err := s.market.ConfirmedRounds(ctx, id, from)
	if err != nil {
		return nil, err
	}
	if len(rounds) > 0 {
		v.Receipted = map[string]uint32{}
		for o, r := range rounds {
			v.Receipted[o.Hex()] = r
		}
	}
	if len(j.Compute) < 2 {
		return v, nil
	}
	steps, err := s.market.AttestedSteps(ctx, id, from)
	if err != nil {
		return nil, err
	}
	var accepted []common.Address // the job's owners in the engine's numbering
	for _, o := range j.Owners {
		if j.Participant(o).Accepted {
			accepted = append(accepted, o)
		}
	}
	for _, st := range steps {
		if st.Node != j.Compute[1] {
			continue
		}
		out, err := mpc.StepOutcome(st.Data, len(accepted))
		if err != nil {
			return nil, fmt.Errorf("the helper's published step does not decode: %w", err)
		}
		v.Published = true
		for _, o := range out.Accepted {
			v.Accepted = append(v.Accepted, accepted[o].Hex())
		}
		for _, o := range out.Dropped {
			v.Dropped = append(v.Dropped, accepted[o].Hex())
		}
		v.Rejected = map[string]string{}
		for o, why := range out.Rejected {
			v.Rejected[accepted[o].Hex()] = why
		}
	}
	return v, nil
}

func (g *globals) printMPC(v *mpcView) {
	if v == nil {
		return
	}
	for addr, r := range v.Receipted {
		if r == 0 {
			g.say("  mpc: %s confirmed without a receipt: the compute nodes rejected or dropped its input; paid for its spent ε only, not for the round", addr)
		}
	}
	if !v.Published {
		return
	}
	g.say("  mpc: %d owner(s) in the result (helper's signed commitment, on-chain)", len(v.Accepted))
	for addr, why := range v.Rejected {
		g.say("  mpc: rejected %s: %s; not paid for the round (receipted rounds: %d)", addr, why, v.Receipted[addr])
	}
	for _, addr := range v.Dropped {
		g.say("  mpc: dropped %s (its input did not reach both compute nodes)", addr)
	}
}
