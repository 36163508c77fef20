package main

import (
	"github.com/spf13/cobra"

	"github.com/veil-market/veil/node"
)

func newApproveCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "approve ID",
		Short: "Approve a job that waits for manual approval (policy.manual_approval); the daemon then accepts it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			h, err := openHome(g)
			if err != nil {
				return err
			}
			if err := node.Approve(h.StateDir(), id); err != nil {
				return err
			}
			g.say("Job %d approved; the daemon of %s accepts it on its next look at the chain", id, h.Dir)
			return nil
		},
	}
}
