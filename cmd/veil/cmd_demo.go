package main

import (
	"github.com/spf13/cobra"
)

func newDemoCmd(g *globals) *cobra.Command {
	var keep bool
	var logPath string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run the whole market on an embedded chain in a temporary directory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDemo(cmd.Context(), g, keep, logPath)
		},
	}
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the temporary directory (chain and homes) afterwards")
	cmd.Flags().StringVar(&logPath, "log", "", "write the daemons' logs (debug level, each line prefixed with its home) to this file")
	return cmd
}
