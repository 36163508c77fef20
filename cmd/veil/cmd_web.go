package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/catalog"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/web"
)

type webFlags struct {
	listen    string
	fromBlock uint64
	poll      time.Duration
}

func newWebCmd(g *globals) *cobra.Command {
	var f webFlags
	cmd := &cobra.Command{
		Use:   "web [--listen 127.0.0.1:8080]",
		Short: "Serve the catalog, jobs and nodes to a browser (read-only)",
		Long: "Follows the Marketplace's events as a daemon does and serves the catalog (with search), every dataset's\n" +
			"terms, schema and privacy budgets, every job's timeline and the node registry as plain HTML pages, each\n" +
			"with a JSON twin (Accept: application/json, or .json). Read-only: no key is unlocked, writes stay in\n" +
			"the CLI. Uses the home's chain and Marketplace, or --chain/--network and --marketplace without a home.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, from, confirmations, done, err := g.webMarket(cmd.Context(), f.fromBlock)
			if err != nil {
				return err
			}
			defer done()
			return g.serveWeb(cmd.Context(), m, from, confirmations, f.listen, f.poll, nil)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", "127.0.0.1:8080", "address to serve on (127.0.0.1:0: any free port)")
	fl.Uint64Var(&f.fromBlock, "from-block", 0, "without a home: the block the Marketplace was deployed in (where its events start)")
	fl.DurationVar(&f.poll, "poll", 2*time.Second, "how often to look for new blocks")
	return cmd
}

// webMarket is a read-only Marketplace client: the home's, or the one the
// command line names when there is no home.
func (g *globals) webMarket(ctx context.Context, fromBlock uint64) (*chain.Market, uint64, uint64, func(), error) {
	s, err := g.open(ctx, false)
	if err == nil {
		return s.market, s.home.Config.DeployBlock, s.home.Config.Confirmations, s.close, nil
	}
	if !errors.Is(err, home.ErrNoHome) || g.marketplace == "" {
		return nil, 0, 0, nil, err
	}
	url, preset, err := g.chainTarget()
	if err != nil {
		return nil, 0, 0, nil, err
	}
	client, id, err := dialChain(ctx, url)
	if err != nil {
		return nil, 0, 0, nil, err
	}
	addr, err := parseMarketplace(g.marketplace)
	if err == nil {
		err = checkPreset(preset, id, url)
	}
	if err != nil {
		client.Close()
		return nil, 0, 0, nil, err
	}
	m := chain.NewMarket(client, addr, nil, 0).From(fromBlock)
	if n, ok := chain.NetworkByChainID(id); ok {
		m.UseNetwork(n)
	}
	if err := m.Check(ctx); err != nil {
		client.Close()
		return nil, 0, 0, nil, err
	}
	return m, fromBlock, 0, client.Close, nil
}

// serveWeb follows m and serves its catalog on listen until ctx ends; ready,
// if not nil, gets the catalog's URL once it serves.
func (g *globals) serveWeb(ctx context.Context, m *chain.Market, from, confirmations uint64, listen string, poll time.Duration, ready func(string)) error {
	idx := catalog.NewIndex(m, from, confirmations)
	g.note("web: reading the Marketplace's events from block %d ...", from)
	if err := idx.Sync(ctx); err != nil {
		return err
	}
	srv, err := web.New(idx, slog.New(slog.NewTextHandler(g.errOut, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		return err
	}
	ln, err := web.Listen(listen)
	if err != nil {
		return fmt.Errorf("web: cannot listen on %s: %w (pass --listen 127.0.0.1:0 for any free port)", listen, err)
	}
	url := "http://" + ln.Addr().String() + "/"
	go idx.Follow(ctx, poll, slog.New(slog.NewTextHandler(g.errOut, nil)))
	hs := web.HTTPServer(listen, srv.Handler())
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()
	if ready != nil {
		ready(url)
	} else if g.json {
		_ = g.printJSON(map[string]string{"url": url})
	} else {
		g.say("Catalog at %s (read-only; Ctrl-C stops it)", url)
	}
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: %w", err)
	}
	return nil
}
