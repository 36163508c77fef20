package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain/gasreport"
)

func newBenchGasCmd(g *globals) *cobra.Command {
	var owners int
	cmd := &cobra.Command{
		Use:   "gas",
		Short: "Gas of every Marketplace operation on the pinned chain config, with an ERC-20 transfer as the yardstick",
		Long: "Gas of every Marketplace operation on the pinned chain config, with an ERC-20 transfer as the yardstick.\n" +
			"With --owners N, the gas of each call of one job over N datasets instead, by operation.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if owners != 0 {
				return benchJobGas(cmd, g, owners)
			}
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
	cmd.Flags().IntVar(&owners, "owners", 0, "measure one job over this many datasets (2 to 128), call by call")
	return cmd
}

// benchJobGas measures one job over n datasets and prints its calls by operation.
func benchJobGas(cmd *cobra.Command, g *globals, n int) error {
	job, err := gasreport.MeasureJob(cmd.Context(), n)
	if err != nil {
		return err
	}
	if g.json {
		return g.printJSON(job)
	}
	var out [][]string
	for _, o := range gasreport.ByOperation(job.Rows) {
		out = append(out, []string{o.Operation, fmt.Sprint(o.Count), fmt.Sprint(o.Min), fmt.Sprint(o.Max), fmt.Sprint(o.Total)})
	}
	whole, txs := gasreport.WholeJob(job.Rows)
	out = append(out, []string{"whole job", fmt.Sprint(txs), "", "", fmt.Sprint(whole)})
	printTable(g, "OPERATION\tCALLS\tMIN\tMAX\tTOTAL", out)
	_, err = fmt.Fprintf(cmd.OutOrStdout(), "block gas limit: dev chain %d, Harmony %d\n", job.BlockGasLimit, gasreport.HarmonyBlockGasLimit)
	return err
}
