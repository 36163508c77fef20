package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/internal/devnet"
)

type devnetFlags struct {
	dir, rpc        string
	owners, compute int
	period          time.Duration
	acceptWindow    time.Duration
	verbose, nodes  bool
}

func newDevnetCmd(g *globals) *cobra.Command {
	var f devnetFlags
	cmd := &cobra.Command{
		Use:   "devnet --dir DIR",
		Short: "Run the embedded dev chain with the Marketplace and funded homes",
		Long: "Runs an in-process go-ethereum dev node (real EVM) with state in DIR, serves JSON-RPC on --rpc,\n" +
			"deploys the Marketplace on first start and creates funded homes DIR/owner1.., DIR/buyer and\n" +
			"DIR/compute1.. (registered and staked). Prints one JSON line once ready and runs until\n" +
			"interrupted. Devnet homes use an empty password: never put anything of value in them.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.dir == "" {
				return errors.New("--dir DIR is required (where the chain and homes live)")
			}
			opts := devnet.Options{Dir: f.dir, RPCAddr: f.rpc, Owners: f.owners, Compute: f.compute,
				BlockPeriod: f.period, Verbose: f.verbose, Progress: g.errOut}
			if f.acceptWindow > 0 {
				opts.Market = devMarket(f.acceptWindow)
			}
			start := time.Now()
			d, err := devnet.Start(cmd.Context(), opts)
			if err != nil {
				return err
			}
			defer d.Close()
			var daemons *devnetDaemons
			if f.nodes {
				if daemons, err = startDaemons(cmd.Context(), g, d); err != nil {
					return err
				}
			}
			line, _ := json.Marshal(d.Info)
			fmt.Fprintln(g.out, string(line))
			g.note("devnet: ready in %.1fs at %s; homes use an EMPTY password. Ctrl-C stops it cleanly.", time.Since(start).Seconds(), d.Info.RPC)
			<-cmd.Context().Done()
			g.note("devnet: shutting down")
			daemons.stop()
			return d.Close()
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.dir, "dir", "", "directory for the chain and the homes (reused on restart)")
	fl.StringVar(&f.rpc, "rpc", "127.0.0.1:8545", "JSON-RPC listen address")
	fl.IntVar(&f.owners, "owners", 3, "owner homes to create (first start)")
	fl.IntVar(&f.compute, "compute", 3, "compute homes to create, registered and staked (first start)")
	fl.DurationVar(&f.period, "block-period", 0, "seal a block every period (0: as soon as a transaction arrives)")
	fl.DurationVar(&f.acceptWindow, "accept-window", 0, "acceptance window of jobs (first start; default 30s)")
	fl.BoolVar(&f.verbose, "verbose", false, "print go-ethereum's own logs")
	fl.BoolVar(&f.nodes, "nodes", false, "also run the daemons of every owner and compute home (a whole local market)")
	cmd.AddCommand(newWarpCmd(g))
	return cmd
}
