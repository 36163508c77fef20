package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/devnet"
)

type devnetFlags struct {
	dir, rpc        string
	owners, compute int
	portBase        int
	period          time.Duration
	acceptWindow    time.Duration
	verbose, nodes  bool
	web             string // --web: serve the catalog there too
}

// devnetLine is the JSON line `veil devnet` prints once ready.
type devnetLine struct {
	devnet.Info
	Web string `json:"web,omitempty"` // the catalog's URL, with --web
}

const defaultWebAddr = "127.0.0.1:8080"

// startDevnetWeb serves the devnet's catalog on addr ("" for none) until ctx
// ends and returns its URL once it serves.
func startDevnetWeb(ctx context.Context, g *globals, d *devnet.Devnet, addr string) (string, error) {
	if addr == "" {
		return "", nil
	}
	m := chain.NewMarket(d.Chain.Client(), common.HexToAddress(d.Info.Marketplace), nil, 0).From(d.Info.DeployBlock)
	ready, failed := make(chan string, 1), make(chan error, 1)
	go func() {
		if err := g.serveWeb(ctx, m, d.Info.DeployBlock, 0, addr, 500*time.Millisecond, func(u string) { ready <- u }); err != nil {
			failed <- err
		}
	}()
	select {
	case u := <-ready:
		return u, nil
	case err := <-failed:
		return "", err
	case <-ctx.Done():
		return "", ctx.Err()
	}
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
			opts := devnet.Options{Dir: f.dir, RPCAddr: f.rpc, Owners: f.owners, Compute: f.compute, PortBase: f.portBase,
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
			url, err := startDevnetWeb(cmd.Context(), g, d, f.web)
			if err != nil {
				daemons.stop()
				return err
			}
			line, _ := json.Marshal(devnetLine{Info: d.Info, Web: url})
			fmt.Fprintln(g.out, string(line))
			if url != "" {
				g.note("devnet: catalog at %s", url)
			}
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
	fl.IntVar(&f.portBase, "port-base", 0, "daemons' ports: owner i on BASE+i, compute i on BASE+100+i (first start; default: free ports, printed in the JSON line)")
	fl.DurationVar(&f.period, "block-period", 0, "seal a block every period (0: as soon as a transaction arrives)")
	fl.DurationVar(&f.acceptWindow, "accept-window", 0, "acceptance window of jobs (first start; default 30s)")
	fl.BoolVar(&f.verbose, "verbose", false, "print go-ethereum's own logs")
	fl.BoolVar(&f.nodes, "nodes", false, "also run the daemons of every owner and compute home (a whole local market)")
	fl.StringVar(&f.web, "web", "", "also serve the web catalog (veil web) at this address; --web alone: "+defaultWebAddr)
	fl.Lookup("web").NoOptDefVal = defaultWebAddr
	cmd.AddCommand(newWarpCmd(g))
	return cmd
}
