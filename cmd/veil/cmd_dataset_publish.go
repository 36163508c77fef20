package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/publish"
)

type publishFlags struct {
	title, description, price, submitFee, engines, bounds, boundsFile string
	epsilon, maxDelta, deltaBudget                                    float64
	minOwners                                                         int
}

func newPublishCmd(g *globals) *cobra.Command {
	var f publishFlags
	cmd := &cobra.Command{
		Use:   "publish FILE.csv --title T --price P --epsilon E",
		Short: "Seal a CSV, store it off-chain and register it in the catalog",
		Long: "Validates the CSV, encrypts it to a fresh post-quantum age identity, stores the ciphertext in the\n" +
			"home's blob store and registers its SHA-256, URI, public metadata and terms on-chain.\n" +
			"Bounds are the domain ranges you declare per column (never computed from the rows): DP noise and\n" +
			"feature scaling are calibrated to them.",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			req, err := f.request(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), true, func(s *session) error {
				g.note("sealing %s ...", args[0])
				res, err := s.publish(cmd.Context(), req)
				if err != nil {
					return err
				}
				if g.json {
					return g.printJSON(res)
				}
				g.say("Published dataset %d (%d rows)", res.ID, res.Rows)
				g.say("  sha256 %s", res.SHA256)
				g.say("  uri    %s", res.URI)
				g.say("  tx     %s", res.Tx)
				return nil
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.title, "title", "", "title shown in the catalog (required)")
	fl.StringVar(&f.description, "description", "", "description shown in the catalog")
	fl.StringVar(&f.price, "price", "", "price per job in coins, e.g. 0.1 (required)")
	fl.StringVar(&f.engines, "engines", "fl,he", "engines allowed to compute on it: fl, he, mpc, tee")
	fl.Float64Var(&f.epsilon, "epsilon", 0, "total privacy budget ε over all jobs (required)")
	fl.StringVar(&f.submitFee, "submit-fee", "0", "coins every submission naming the dataset pays you, kept whatever the job does (deters budget locking)")
	fl.Float64Var(&f.maxDelta, "max-delta", 1e-5, "largest δ a job may use")
	fl.Float64Var(&f.deltaBudget, "delta-budget", 0, "total δ over all jobs (default 10 × --max-delta): k jobs at δ compose to k·δ")
	fl.IntVar(&f.minOwners, "min-owners", 1, "fewest owners a job must pool this dataset with (itself included)")
	fl.StringVar(&f.bounds, "bounds", "", "declared domain bounds, col=lo:hi,col2=lo:hi")
	fl.StringVar(&f.boundsFile, "bounds-file", "", `declared domain bounds as JSON {"col":[lo,hi]}`)
	return cmd
}

// request checks every flag before anything is written or sent.
func (f *publishFlags) request(file string) (*publish.Request, error) {
	if f.title == "" {
		return nil, fmt.Errorf("--title is required")
	}
	if f.price == "" {
		return nil, fmt.Errorf("--price is required (coins per job, e.g. 0.1)")
	}
	price, err := chain.ParseCoins(f.price)
	if err != nil || price.Sign() <= 0 {
		return nil, fmt.Errorf("--price must be a positive amount of coins, got %q", f.price)
	}
	engines, err := chain.ParseEngines(f.engines)
	if err != nil {
		return nil, fmt.Errorf("--engines: %w", err)
	}
	budget, err := chain.EpsilonToMicro(f.epsilon)
	if err != nil {
		return nil, fmt.Errorf("--epsilon must be > 0 (the total privacy budget), got %v", f.epsilon)
	}
	maxDelta, err := chain.DeltaToFixed(f.maxDelta)
	if err != nil {
		return nil, fmt.Errorf("--max-delta must be in [0, 1), got %v", f.maxDelta)
	}
	if f.deltaBudget == 0 {
		f.deltaBudget = min(10*f.maxDelta, 0.5)
	}
	deltaBudget, err := chain.DeltaToFixed(f.deltaBudget)
	if err != nil {
		return nil, fmt.Errorf("--delta-budget must be in [0, 1), got %v", f.deltaBudget)
	}
	submitFee, err := chain.ParseCoins(f.submitFee)
	if err != nil {
		return nil, fmt.Errorf("--submit-fee: %w", err)
	}
	if f.minOwners < 1 || f.minOwners > 64 {
		return nil, fmt.Errorf("--min-owners must be between 1 and 64, got %d", f.minOwners)
	}
	bounds, err := f.readBounds()
	if err != nil {
		return nil, err
	}
	return &publish.Request{File: file, Title: f.title, Description: f.description, Price: price, SubmitFee: submitFee,
		Engines: engines, Budget: budget, MaxDelta: maxDelta, DeltaBudget: deltaBudget, MinOwners: uint16(f.minOwners),
		Bounds: bounds}, nil
}

func (f *publishFlags) readBounds() (map[string]dataset.Bounds, error) {
	if f.bounds != "" && f.boundsFile != "" {
		return nil, fmt.Errorf("give --bounds or --bounds-file, not both")
	}
	if f.bounds != "" {
		return dataset.ParseBounds(f.bounds)
	}
	if f.boundsFile == "" {
		return nil, nil
	}
	file, err := os.Open(f.boundsFile)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	b, err := dataset.ReadBoundsFile(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.boundsFile, err)
	}
	return b, nil
}
