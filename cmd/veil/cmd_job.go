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
