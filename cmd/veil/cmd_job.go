package main

import (
	"github.com/spf13/cobra"
)

func newJobCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "job",
		Short: "Submit jobs, follow them, fetch their results",
	}
	cmd.AddCommand(newSubmitCmd(g), newStatusCmd(g), newWaitCmd(g), newResultCmd(g), newJobListCmd(g),
		newCancelCmd(g), newRefundCmd(g), newApproveCmd(g))
	return cmd
}

// jobCmd builds a command that takes one job id.
func jobCmd(g *globals, use, short string, unlock bool, run func(cmd *cobra.Command, s *session, id uint64) error) *cobra.Command {
	return &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), unlock, func(s *session) error {
				return run(cmd, s, id)
			})
		},
	}
}
