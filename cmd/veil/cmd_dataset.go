package main

import (
	"github.com/spf13/cobra"
)

func newDatasetCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "dataset",
		Short: "Publish sealed datasets and browse the catalog",
	}
	cmd.AddCommand(newPublishCmd(g), newListCmd(g), newShowCmd(g), newFetchCmd(g), newKeyCmd(g), newUpdateCmd(g))
	return cmd
}
