package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/wire/bench"
)

func newBenchTransportCmd(g *globals) *cobra.Command {
	var minTime time.Duration
	cmd := &cobra.Command{
		Use:   "transport [--time 10s]",
		Short: "Throughput of Veil's gRPC transport for large messages against a raw TLS 1.3 copy, bare and with one SHA-256 pass per side",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rows, err := bench.MeasureThroughput(cmd.Context(), []int{1 << 20, 64 << 20}, max(minTime, time.Second))
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
