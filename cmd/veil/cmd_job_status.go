package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/catalog"
	"github.com/veil-market/veil/internal/display"
)

// jobView is a job as `veil job status` shows it: the web's job page heads
// (catalog.Job), and for an mpc job the rounds each owner took part in.
type jobView struct {
	*catalog.Job
	MPC *mpcView `json:"mpc,omitempty"`
}

func unixTime(t uint64) string { return catalog.Time(t) }

func (s *session) jobView(ctx context.Context, id uint64) (*jobView, error) {
	j, err := s.market.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	declines, err := s.market.Declines(ctx, id, s.home.Config.DeployBlock)
	if err != nil {
		return nil, err
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	v := &jobView{Job: catalog.NewJob(j, declines, head.Time)}
	if v.Engine == "mpc" && j.Committed() {
		if v.MPC, err = s.mpcView(ctx, id, j); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func (g *globals) printJob(v *jobView) {
	g.say("Job %d: %s (%s, ε %g, δ %g, %d round(s), tolerates %d dropout(s), %d colluder(s))", v.ID, v.State, v.Engine, v.Epsilon, v.Delta, v.Rounds, v.Dropouts, v.Colluders)
	g.say("  %s", display.Line(v.Why, textWidth))
	g.say("  buyer %s paid %s, %s still in escrow; accept by %s, commit by %s, deadline %s", v.Buyer, v.Payment, v.Escrow, v.AcceptBy, v.CommitBy, v.Deadline)
	for _, p := range v.Participants {
		line := fmt.Sprintf("  %-10s %s %s", p.Role, p.Address, p.Status)
		if p.Dataset != 0 {
			line = fmt.Sprintf("  %-10s %s dataset %d: %s", p.Role, p.Address, p.Dataset, p.Status)
		}
		if p.Declined != "" {
			line += " (" + display.Line(p.Declined, textWidth) + ")"
		}
		g.say("%s", line)
	}
	if v.PayloadHash != "" {
		g.say("  result committed: payload %s…, blob %s…, %s confirmations, %s", v.PayloadHash[:16], v.BlobHash[:16], v.Confirmations, v.Disputes)
	}
	g.printMPC(v.MPC)
}

func newStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status ID",
		Short: "Show a job's state, its participants' answers and its result commitment",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), false, func(s *session) error {
				v, err := s.jobView(cmd.Context(), id)
				if err != nil {
					return err
				}
				if g.json {
					return g.printJSON(v)
				}
				g.printJob(v)
				return nil
			})
		},
	}
}
