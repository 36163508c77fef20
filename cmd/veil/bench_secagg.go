package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/secagg/bench"
)

func newBenchSecaggCmd(g *globals) *cobra.Command {
	var cells string
	cmd := &cobra.Command{
		Use:   "secagg [--cells 100x100000x30,...]",
		Short: "Secure aggregation per client and server against a bare AES-CTR expansion of the same mask bytes",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			list, err := bench.ParseCells(cells)
			if err != nil {
				return err
			}
			var results []bench.Result
			for _, c := range list {
				g.note("measuring %s ...", c)
				r, err := bench.Run(c, bench.Options{})
				if err != nil {
					return fmt.Errorf("%s: %w", c, err)
				}
				results = append(results, r)
			}
			if g.json {
				return g.printJSON(results)
			}
			return bench.WriteTable(g.out, results)
		},
	}
	cmd.Flags().StringVar(&cells, "cells", "10x10000x0,100x100000x0,100x100000x30", "cells NxLENxDROP%, comma-separated, or all (n=500 cells take many minutes)")
	return cmd
}
