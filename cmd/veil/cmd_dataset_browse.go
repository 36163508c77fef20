package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/catalog"
	"github.com/veil-market/veil/internal/display"
)

func mustHash(b []byte) [32]byte { return sha256.Sum256(b) }

// listingView is one catalog entry as users see it (the web catalog serves the same).
type listingView = catalog.Dataset

// Display widths, in characters, of on-chain text in tables: the JSON keeps it whole.
const (
	titleWidth = 48
	textWidth  = 400
)

func newListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the catalog, rebuilt from the chain's events",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.with(cmd.Context(), false, func(s *session) error {
				views, err := s.catalog(cmd.Context())
				if err != nil {
					return err
				}
				if g.json {
					return g.printJSON(views)
				}
				printCatalog(g, views)
				return nil
			})
		},
	}
}

func (s *session) catalog(ctx context.Context) ([]listingView, error) {
	listings, err := s.market.Catalog(ctx, s.home.Config.DeployBlock)
	if err != nil {
		return nil, err
	}
	views := make([]listingView, len(listings))
	for i, l := range listings {
		views[i] = catalog.NewDataset(l)
		views[i].Columns = nil
	}
	return views, nil
}

func printCatalog(g *globals, views []listingView) {
	if len(views) == 0 {
		g.say("The catalog is empty.")
		return
	}
	w := tabwriter.NewWriter(g.out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tTITLE\tROWS\tPRICE\tENGINES\tε LEFT/TOTAL\tδ LEFT/TOTAL\tMAX δ\tMIN OWNERS\tOWNER")
	for _, v := range views {
		title := display.Line(v.Title, titleWidth)
		if v.Paused {
			title += " (paused)"
		}
		fmt.Fprintf(w, "%d\t%s\t%d\t%s\t%s\t%g/%g\t%g/%g\t%g\t%d\t%s\n", v.ID, title, v.Rows, v.Price, v.Engines,
			v.EpsilonLeft, v.Epsilon, v.DeltaLeft, v.Delta, v.MaxDelta, v.MinOwners, short(v.Owner))
	}
	w.Flush()
}

func short(addr string) string {
	if len(addr) < 12 {
		return addr
	}
	return addr[:8] + "…" + addr[len(addr)-4:]
}

func parseID(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("%q is not a dataset or job id (a positive number)", s)
	}
	return id, nil
}

func newShowCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show a dataset's public metadata, terms and hash pointer",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), false, func(s *session) error {
				l, err := s.market.Listing(cmd.Context(), id, s.home.Config.DeployBlock)
				if err != nil {
					return err
				}
				v := catalog.NewDataset(l)
				if g.json {
					return g.printJSON(v)
				}
				printListing(g, v)
				return nil
			})
		},
	}
}

func printListing(g *globals, v listingView) {
	g.say("Dataset %d: %s", v.ID, display.Line(v.Title, textWidth))
	if v.Description != "" {
		g.say("  %s", strings.ReplaceAll(display.Block(v.Description, textWidth), "\n", "\n  "))
	}
	g.say("  owner      %s", v.Owner)
	g.say("  rows       %d", v.Rows)
	g.say("  price      %s per job, submission fee %s; engines %s", v.Price, v.SubmitFee, v.Engines)
	g.say("  budget     ε %g left of %g (%g reserved by open jobs); min owners %d", v.EpsilonLeft, v.Epsilon, v.EpsilonHeld, v.MinOwners)
	g.say("             δ %g left of %g (%g reserved by open jobs); max δ per job %g", v.DeltaLeft, v.Delta, v.DeltaHeld, v.MaxDelta)
	g.say("  sha256     %s", v.SHA256)
	g.say("  uri        %s", display.Line(v.URI, textWidth))
	g.say("  metadata   sha256 %s", v.MetaHash)
	if v.Paused {
		g.say("  status     paused by its owner")
	}
	if len(v.Columns) == 0 {
		return
	}
	w := tabwriter.NewWriter(g.out, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "  COLUMN\tTYPE\tDECLARED BOUNDS")
	for _, c := range v.Columns {
		b := "-"
		if c.Bounds != nil {
			b = fmt.Sprintf("[%g, %g]", c.Bounds.Lo, c.Bounds.Hi)
		}
		fmt.Fprintf(w, "  %s\t%s\t%s\n", display.Line(c.Name, titleWidth), c.Type, b)
	}
	w.Flush()
}
