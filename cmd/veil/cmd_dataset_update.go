package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
)

type updateFlags struct {
	price, submitFee, engines string
	pause, resume             bool
	epsilon, delta, deltaBud  float64
}

func newUpdateCmd(g *globals) *cobra.Command {
	var f updateFlags
	cmd := &cobra.Command{
		Use:   "update ID [--price P] [--submit-fee F] [--engines E] [--pause|--resume] [--epsilon E] [--max-delta D] [--delta-budget B]",
		Short: "Change a dataset's price, submission fee, engines or pause; tighten (never loosen) its ε budget, max δ and δ budget",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			if f.pause && f.resume {
				return errors.New("give --pause or --resume, not both")
			}
			return g.with(cmd.Context(), true, func(s *session) error {
				d, err := s.market.Dataset(cmd.Context(), id)
				if err != nil {
					return err
				}
				if err := s.applyUpdate(cmd, id, d, f); err != nil {
					return err
				}
				g.say("Dataset %d updated", id)
				return nil
			})
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.price, "price", "", "new price per job, coins")
	fl.StringVar(&f.submitFee, "submit-fee", "", "new fee every submission naming the dataset pays, coins")
	fl.StringVar(&f.engines, "engines", "", "new engine list, e.g. fl,he")
	fl.BoolVar(&f.pause, "pause", false, "stop accepting new jobs")
	fl.BoolVar(&f.resume, "resume", false, "accept new jobs again")
	fl.Float64Var(&f.epsilon, "epsilon", 0, "lower the total ε budget (it can never be raised)")
	fl.Float64Var(&f.delta, "max-delta", -1, "lower the largest δ a job may use (it can never be raised)")
	fl.Float64Var(&f.deltaBud, "delta-budget", -1, "lower the total δ budget (it can never be raised)")
	return cmd
}

func (s *session) applyUpdate(cmd *cobra.Command, id uint64, d chain.DatasetInfo, f updateFlags) error {
	ctx := cmd.Context()
	u := chain.DatasetUpdate{Price: d.Price, SubmitFee: d.SubmitFee, Engines: d.Engines, Paused: d.Paused}
	var err error
	if f.price != "" {
		if u.Price, err = chain.ParseCoins(f.price); err != nil || u.Price.Sign() <= 0 {
			return fmt.Errorf("--price must be a positive amount of coins, got %q", f.price)
		}
	}
	if f.submitFee != "" {
		if u.SubmitFee, err = chain.ParseCoins(f.submitFee); err != nil {
			return fmt.Errorf("--submit-fee: %w", err)
		}
	}
	if f.engines != "" {
		if u.Engines, err = parseEngines("--engines", f.engines, engine.Names()); err != nil {
			return err
		}
	}
	u.Paused = (u.Paused || f.pause) && !f.resume
	changed := cmd.Flags().Changed
	terms := changed("price") || changed("submit-fee") || changed("engines") || f.pause || f.resume
	privacy := changed("epsilon") || changed("max-delta") || changed("delta-budget")
	if !terms && !privacy {
		return errors.New("nothing to update: give --price, --submit-fee, --engines, --pause, --resume, --epsilon, --max-delta or --delta-budget")
	}
	budget, maxDelta, deltaBudget := d.Budget, d.MaxDelta, d.DeltaBudget
	if cmd.Flags().Changed("epsilon") {
		if budget, err = parseBudget("--epsilon", f.epsilon); err != nil {
			return err
		}
	}
	if cmd.Flags().Changed("max-delta") {
		if maxDelta, err = chain.DeltaToFixed(f.delta); err != nil {
			return err
		}
	}
	if changed("delta-budget") {
		if deltaBudget, err = chain.DeltaToFixed(f.deltaBud); err != nil {
			return err
		}
	}
	if privacy && (budget > d.Budget || maxDelta > d.MaxDelta || deltaBudget > d.DeltaBudget) {
		return fmt.Errorf("dataset %d: ε budget, max δ and δ budget can only be lowered (now ε %g, max δ %g, δ budget %g)", id,
			chain.MicroToEpsilon(d.Budget), chain.FixedToDelta(d.MaxDelta), chain.FixedToDelta(d.DeltaBudget))
	}
	if terms {
		if _, err := s.market.UpdateDataset(ctx, id, u); err != nil {
			return err
		}
	}
	if privacy {
		if _, err := s.market.RestrictDataset(ctx, id, budget, maxDelta, deltaBudget); err != nil {
			return err
		}
	}
	return nil
}
