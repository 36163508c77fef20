package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
)

func mustHash(b []byte) [32]byte { return sha256.Sum256(b) }

// listingView is one catalog entry as users see it.
type listingView struct {
	ID          uint64               `json:"id"`
	Owner       string               `json:"owner"`
	Title       string               `json:"title"`
	Description string               `json:"description,omitempty"`
	Rows        int                  `json:"rows"`
	Columns     []dataset.ColumnMeta `json:"columns,omitempty"`
	Price       string               `json:"price"`
	SubmitFee   string               `json:"submit_fee"` // paid by every submission naming it, kept whatever the job does
	Engines     string               `json:"engines"`
	Epsilon     float64              `json:"epsilon"`
	EpsilonLeft float64              `json:"epsilon_left"`
	EpsilonHeld float64              `json:"epsilon_reserved"`
	MaxDelta    float64              `json:"max_delta"`
	Delta       float64              `json:"delta_budget"` // total δ over all jobs (basic composition)
	DeltaLeft   float64              `json:"delta_left"`
	DeltaHeld   float64              `json:"delta_reserved"`
	MinOwners   uint16               `json:"min_owners"`
	Paused      bool                 `json:"paused"`
	SHA256      string               `json:"sha256"`
	URI         string               `json:"uri"`
	MetaHash    string               `json:"metadata_sha256"`
	Storage     *dataset.Storage     `json:"storage,omitempty"` // CID and import profile of a blob on IPFS
}

func toView(l chain.Listing) listingView {
	t := l.Terms
	v := listingView{
		ID: l.ID, Owner: l.Owner.Hex(), Price: chain.FormatCoins(t.Price), SubmitFee: chain.FormatCoins(t.SubmitFee),
		Engines: chain.EngineNames(t.Engines), Epsilon: chain.MicroToEpsilon(t.Budget),
		EpsilonLeft: chain.MicroToEpsilon(t.Budget - t.Spent - t.Reserved), EpsilonHeld: chain.MicroToEpsilon(t.Reserved),
		MaxDelta: chain.FixedToDelta(t.MaxDelta), Delta: chain.FixedToDelta(t.DeltaBudget),
		DeltaLeft: chain.FixedToDelta(t.DeltaBudget - t.DeltaSpent - t.DeltaReserved), DeltaHeld: chain.FixedToDelta(t.DeltaReserved),
		MinOwners: t.MinOwners,
		Paused:    t.Paused, SHA256: hex.EncodeToString(t.Sha256Digest[:]), URI: t.Uri, MetaHash: hex.EncodeToString(t.MetaHash[:]),
		Title: "(metadata not on-chain)",
	}
	if m, err := dataset.DecodeMetadata(l.Metadata); err == nil {
		v.Title, v.Description, v.Rows, v.Columns, v.Storage = m.Title, m.Description, m.Rows, m.Columns, m.Storage
	}
	return v
}

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
		views[i] = toView(l)
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
		title := v.Title
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
				v := toView(l)
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
	g.say("Dataset %d: %s", v.ID, v.Title)
	if v.Description != "" {
		g.say("  %s", v.Description)
	}
	g.say("  owner      %s", v.Owner)
	g.say("  rows       %d", v.Rows)
	g.say("  price      %s per job, submission fee %s; engines %s", v.Price, v.SubmitFee, v.Engines)
	g.say("  budget     ε %g left of %g (%g reserved by open jobs); min owners %d", v.EpsilonLeft, v.Epsilon, v.EpsilonHeld, v.MinOwners)
	g.say("             δ %g left of %g (%g reserved by open jobs); max δ per job %g", v.DeltaLeft, v.Delta, v.DeltaHeld, v.MaxDelta)
	g.say("  sha256     %s", v.SHA256)
	g.say("  uri        %s", v.URI)
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
		fmt.Fprintf(w, "  %s\t%s\t%s\n", c.Name, c.Type, b)
	}
	w.Flush()
}
