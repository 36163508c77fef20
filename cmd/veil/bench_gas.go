package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain/gasreport"
)

func newBenchGasCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "gas",
		Short: "Gas of every Marketplace operation on the pinned chain config, with an ERC-20 transfer as the yardstick",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rows, err := gasreport.Measure(cmd.Context())
			if err != nil {
				return err
			}
			if g.json {
				return g.printJSON(rows)
			}
			out := make([][]string, len(rows))
			for i, r := range rows {
				out[i] = []string{r.Operation, fmt.Sprint(r.Gas), r.Note}
			}
			printTable(g, "OPERATION\tGAS\tNOTE", out)
			return nil
		},
	}
}
