package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func newBenchCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Measure Veil against its baselines and print tables (see docs/benchmarks.md)",
	}
	cmd.AddCommand(newBenchDevnetCmd(g), newBenchGasCmd(g), newBenchTransportCmd(g), newBenchSecaggCmd(g), newBenchSealCmd(g),
		newBenchHostileCmd(g))
	return cmd
}

func printTable(g *globals, header string, rows [][]string) {
	w := tabwriter.NewWriter(g.out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, header)
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				fmt.Fprint(w, "\t")
			}
			fmt.Fprint(w, c)
		}
		fmt.Fprintln(w)
	}
	w.Flush()
}
