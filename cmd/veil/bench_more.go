package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain/gasreport"
	"github.com/veil-market/veil/secagg/bench"
	"github.com/veil-market/veil/wire"
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

func newBenchTransportCmd(g *globals) *cobra.Command {
	var minTime time.Duration
	cmd := &cobra.Command{
		Use:   "transport [--time 10s]",
		Short: "Throughput of Veil's gRPC transport for large messages against a raw TLS 1.3 copy, bare and with one SHA-256 pass per side",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rows, err := wire.MeasureThroughput(cmd.Context(), []int{1 << 20, 64 << 20}, max(minTime, time.Second))
			if err != nil {
				return err
			}
			if g.json {
				return g.printJSON(rows)
			}
			out := make([][]string, len(rows))
			for i, r := range rows {
				out[i] = []string{fmt.Sprintf("%d MiB", r.Size>>20), fmt.Sprintf("%.0f", r.Transport), fmt.Sprintf("%.0f", r.RawTLS),
					fmt.Sprintf("%.0f", r.RawTLSHashed), fmt.Sprintf("%.0f %%", 100*r.Ratio()), fmt.Sprintf("%.0f %%", 100*r.RatioHashed()),
					fmt.Sprintf("%.2f / %.2f / %.2f", r.TransportCPU, r.RawTLSCPU, r.RawTLSHashedCPU)}
			}
			printTable(g, "MESSAGE\tVEIL MB/s\tRAW TLS MB/s\tRAW TLS+SHA MB/s\tOF RAW\tOF RAW+SHA\tCPU ns/B (veil/raw/raw+sha)", out)
			return nil
		},
	}
	cmd.Flags().DurationVar(&minTime, "time", 5*time.Second, "how long to measure each size (the three transfers are interleaved)")
	return cmd
}

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
