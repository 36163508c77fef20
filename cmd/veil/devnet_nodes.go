package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain/devchain"
	"github.com/veil-market/veil/internal/devnet"
	"github.com/veil-market/veil/node"
)

// devnetDaemons are the daemons `veil devnet --nodes` runs in its own process.
type devnetDaemons struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func startDaemons(ctx context.Context, g *globals, d *devnet.Devnet) (*devnetDaemons, error) {
	ctx, cancel := context.WithCancel(ctx)
	dd := &devnetDaemons{cancel: cancel}
	names := make([]string, 0, len(d.Info.Ports))
	for name := range d.Info.Ports {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := dd.start(ctx, g, d, name); err != nil {
			dd.stop()
			return nil, err
		}
	}
	return dd, nil
}

func (dd *devnetDaemons) start(ctx context.Context, g *globals, d *devnet.Devnet, name string) error {
	gg := *g
	gg.homeDir, gg.chainURL, gg.marketplace, gg.passwordFile = d.Info.Homes[name], "", "", ""
	s, err := gg.open(ctx, true)
	if err != nil {
		return fmt.Errorf("devnet: %s: %w", name, err)
	}
	log := slog.New(slog.NewTextHandler(prefixWriter{g.errOut, name}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	listen := s.home.Config.Node.Listen
	daemon, err := node.New(ctx, node.Config{Home: s.home, Secrets: s.secrets, Market: s.market, Listen: listen,
		Advertise: s.home.Config.Node.Advertise, Poll: 300 * time.Millisecond, Log: log, Platform: devnetPlatform(name)})
	if err != nil {
		s.close()
		return fmt.Errorf("devnet: %s daemon: %w", name, err)
	}
	dd.wg.Add(1)
	go func() {
		defer dd.wg.Done()
		defer s.close()
		if err := daemon.Run(ctx); err != nil {
			fmt.Fprintf(g.errOut, "devnet: %s daemon stopped: %v\n", name, err)
		}
	}()
	return nil
}

func (dd *devnetDaemons) stop() {
	if dd == nil {
		return
	}
	dd.cancel()
	dd.wg.Wait()
}

// prefixWriter prefixes each log line with the home's name.
type prefixWriter struct {
	w    io.Writer
	name string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if line != "" {
			fmt.Fprintf(p.w, "%-9s %s", p.name, line)
		}
	}
	return len(b), nil
}

func newWarpCmd(g *globals) *cobra.Command {
	var rpc string
	cmd := &cobra.Command{
		Use:   "warp DURATION --rpc URL",
		Short: "Move a running devnet's clock forward (to reach deadlines without waiting)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := time.ParseDuration(args[0])
			if err != nil || d < time.Second {
				return fmt.Errorf("%q is not a duration of at least 1s (e.g. 90s)", args[0])
			}
			url := firstOf(rpc, g.chainURL, "http://127.0.0.1:8545")
			if err := devchain.Warp(cmd.Context(), url, d); err != nil {
				return err
			}
			g.say("Moved the devnet's clock %s forward", d)
			return nil
		},
	}
	cmd.Flags().StringVar(&rpc, "rpc", "", "the devnet's JSON-RPC URL (default: --chain, else http://127.0.0.1:8545)")
	return cmd
}
