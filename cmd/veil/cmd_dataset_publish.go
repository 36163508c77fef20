package main

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/publish"
)

type publishFlags struct {
	title, description, price, submitFee, engines, bounds, boundsFile, types, store string
	epsilon, maxDelta, deltaBudget                                                  float64
	minOwners                                                                       int
	typesGiven, acceptTypes                                                         bool
}

func newPublishCmd(g *globals) *cobra.Command {
	var f publishFlags
	cmd := &cobra.Command{
		Use:   "publish FILE.csv --title T --price P --epsilon E",
		Short: "Seal a CSV, store it off-chain and register it in the catalog",
		Long: "Validates the CSV, encrypts it to a fresh post-quantum age identity, stores the ciphertext in the\n" +
			"home's blob store and registers its SHA-256, URI, public metadata and terms on-chain.\n" +
			"Bounds are the domain ranges you declare per column (never computed from the rows): DP noise and\n" +
			"feature scaling are calibrated to them. Column types (binary, integer, real) are declared too: when\n" +
			"the values allow a narrower type than real, publish prints the suggestion and asks you to confirm it\n" +
			"with --types, a \"type\" in --bounds-file, or --accept-suggested-types (columns not declared are real).",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f.typesGiven = cmd.Flags().Changed("types")
			req, err := f.request(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), true, func(s *session) error {
				if err := rememberIPFS(g, s.home, req.Store); err != nil {
					return err
				}
				bar := g.progress()
				req.Progress = func(phase string, done, total int64) {
					if phase == "sealing" && done == 0 {
						bar.done()
						g.note("sealing %s (%s) ...", args[0], mib(total))
					}
					bar.show(done == total, "%s: %s of %s (%d%%)", phase, mib(done), mib(total), percent(done, total))
				}
				res, err := s.publish(cmd.Context(), req)
				bar.done()
				if err != nil {
					return err
				}
				if g.json {
					return g.printJSON(res)
				}
				g.say("Published dataset %d (%d rows)", res.ID, res.Rows)
				g.say("  sha256 %s", res.SHA256)
				g.say("  uri    %s", res.URI)
				if res.CID != "" {
					g.say("  cid    %s (ipfs add reproduces it: profile %s)", res.CID, res.Profile)
				}
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
	fl.StringVar(&f.boundsFile, "bounds-file", "", `declared bounds (and types) as JSON {"col":[lo,hi], "label":{"bounds":[0,1],"type":"binary"}}`)
	fl.StringVar(&f.types, "types", "", "declared column types, col=binary|integer|real,...; unlisted columns are real (\"\" declares all real)")
	fl.BoolVar(&f.acceptTypes, "accept-suggested-types", false, "declare the types the values suggest (they become public)")
	fl.StringVar(&f.store, "store", "", "where the sealed blob goes: dir (the home) or ipfs (your kubo node, --ipfs); default: the home's config")
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
	engines, err := parseEngines("--engines", f.engines, engine.Names())
	if err != nil {
		return nil, err
	}
	budget, err := parseBudget("--epsilon", f.epsilon)
	if err != nil {
		return nil, err
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
	if f.minOwners < 1 || f.minOwners > chain.MaxDatasetsPerJob {
		return nil, fmt.Errorf("--min-owners must be between 1 and %d, got %d", chain.MaxDatasetsPerJob, f.minOwners)
	}
	if f.store != "" && f.store != home.StoreDir && f.store != home.StoreIPFS {
		return nil, fmt.Errorf("--store must be %s or %s, got %q", home.StoreDir, home.StoreIPFS, f.store)
	}
	decl, err := f.readDeclarations()
	if err != nil {
		return nil, err
	}
	return &publish.Request{File: file, Title: f.title, Description: f.description, Price: price, SubmitFee: submitFee,
		Engines: engines, Budget: budget, MaxDelta: maxDelta, DeltaBudget: deltaBudget, MinOwners: uint16(f.minOwners),
		Bounds: decl.Bounds, Types: decl.Types, AcceptSuggestedTypes: f.acceptTypes, Store: f.store}, nil
}

// parseEngines parses an engine list and refuses an engine this veil does not
// have yet (available lists those it has): no job could ever run on it.
func parseEngines(flag, s string, available []string) (uint8, error) {
	set, err := chain.ParseEngines(s)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", flag, err)
	}
	for _, part := range strings.Split(s, ",") {
		if name := strings.TrimSpace(strings.ToLower(part)); !slices.Contains(available, name) {
			return 0, fmt.Errorf("%s: engine %q is not available in this veil yet (it has %s): no job could run on it", flag, name, strings.Join(available, ", "))
		}
	}
	return set, nil
}

// parseBudget reads an ε budget; the error says which bound it broke.
func parseBudget(flag string, eps float64) (uint64, error) {
	switch {
	case math.IsNaN(eps) || eps <= 0:
		return 0, fmt.Errorf("%s must be > 0 (the total privacy budget), got %v", flag, eps)
	case eps > maxBudget:
		return 0, fmt.Errorf("%s %g is too large: at most %g (the contract counts ε in millionths, in 64 bits)", flag, eps, maxBudget)
	}
	v, err := chain.EpsilonToMicro(eps)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", flag, err)
	}
	return v, nil
}

// maxBudget is the largest ε budget chain.EpsilonToMicro takes.
const maxBudget = 1e12

func percent(done, total int64) int64 {
	if total <= 0 {
		return 100
	}
	return 100 * done / total
}

// readDeclarations gathers the declared bounds and types from --bounds or
// --bounds-file and --types; Types stays nil when nothing declares a type.
func (f *publishFlags) readDeclarations() (*dataset.Declarations, error) {
	if f.bounds != "" && f.boundsFile != "" {
		return nil, fmt.Errorf("give --bounds or --bounds-file, not both")
	}
	decl := &dataset.Declarations{}
	var err error
	switch {
	case f.bounds != "":
		decl.Bounds, err = dataset.ParseBounds(f.bounds)
	case f.boundsFile != "":
		decl, err = readDeclarationsFile(f.boundsFile)
	}
	if err != nil {
		return nil, err
	}
	if len(decl.Types) == 0 {
		decl.Types = nil
	}
	if f.typesGiven {
		if decl.Types != nil {
			return nil, fmt.Errorf("%s declares column types; give them there or with --types, not both", f.boundsFile)
		}
		if decl.Types, err = dataset.ParseTypes(f.types); err != nil {
			return nil, fmt.Errorf("--types: %w", err)
		}
	}
	if f.acceptTypes && decl.Types != nil {
		return nil, fmt.Errorf("--accept-suggested-types: the column types are already declared (--types or --bounds-file)")
	}
	return decl, nil
}

func readDeclarationsFile(path string) (*dataset.Declarations, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	d, err := dataset.ReadDeclarations(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// rememberIPFS notes an --ipfs API given for a publication in the home's
// config when it has none yet: the daemon must find the blob there later.
func rememberIPFS(g *globals, h *home.Home, store string) error {
	if (store != home.StoreIPFS && h.Config.Store != home.StoreIPFS) || g.ipfsAPI == "" {
		return nil
	}
	saved, err := home.Open(h.Dir)
	if err != nil {
		return err
	}
	if saved.Config.IPFS.API != "" {
		return nil
	}
	saved.Config.IPFS.API = g.ipfsAPI
	if err := saved.SaveConfig(); err != nil {
		return err
	}
	g.note("noted --ipfs %s in %s/config.json (ipfs.api): the daemon reads this dataset from there", g.ipfsAPI, h.Dir)
	return nil
}
