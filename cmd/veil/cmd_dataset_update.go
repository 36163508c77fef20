package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
)

type updateFlags struct {
	price, engines string
	pause, resume  bool
	epsilon, delta float64
}

func newUpdateCmd(g *globals) *cobra.Command {
	var f updateFlags
	cmd := &cobra.Command{
		Use:   "update ID [--price P] [--engines E] [--pause|--resume] [--epsilon E] [--max-delta D]",
		Short: "Change a dataset's price, engines or pause; tighten (never loosen) its ε budget and max δ",
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
	fl.StringVar(&f.engines, "engines", "", "new engine list, e.g. fl,he")
	fl.BoolVar(&f.pause, "pause", false, "stop accepting new jobs")
	fl.BoolVar(&f.resume, "resume", false, "accept new jobs again")
	fl.Float64Var(&f.epsilon, "epsilon", 0, "lower the total ε budget (it can never be raised)")
	fl.Float64Var(&f.delta, "max-delta", -1, "lower the largest δ a job may use (it can never be raised)")
	return cmd
}

func (s *session) applyUpdate(cmd *cobra.Command, id uint64, d chain.MarketplaceDataset, f updateFlags) error {
	ctx := cmd.Context()
	price, engines, paused := d.Price, d.Engines, d.Paused
	var err error
	if f.price != "" {
		if price, err = chain.ParseCoins(f.price); err != nil || price.Sign() <= 0 {
			return fmt.Errorf("--price must be a positive amount of coins, got %q", f.price)
		}
	}
	if f.engines != "" {
		if engines, err = chain.ParseEngines(f.engines); err != nil {
			return err
		}
	}
	paused = (paused || f.pause) && !f.resume
	terms := cmd.Flags().Changed("price") || cmd.Flags().Changed("engines") || f.pause || f.resume
	privacy := cmd.Flags().Changed("epsilon") || cmd.Flags().Changed("max-delta")
	if !terms && !privacy {
		return errors.New("nothing to update: give --price, --engines, --pause, --resume, --epsilon or --max-delta")
	}
	budget, maxDelta := d.Budget, d.MaxDelta
	if cmd.Flags().Changed("epsilon") {
		if budget, err = chain.EpsilonToMicro(f.epsilon); err != nil {
			return err
		}
	}
	if cmd.Flags().Changed("max-delta") {
		if maxDelta, err = chain.DeltaToFixed(f.delta); err != nil {
			return err
		}
	}
	if privacy && (budget > d.Budget || maxDelta > d.MaxDelta) {
		return fmt.Errorf("dataset %d: ε budget and max δ can only be lowered (now ε %g, δ %g)", id, chain.MicroToEpsilon(d.Budget), chain.FixedToDelta(d.MaxDelta))
	}
	if terms {
		if _, err := s.market.UpdateDataset(ctx, id, price, engines, paused); err != nil {
			return err
		}
	}
	if privacy {
		if _, err := s.market.RestrictDataset(ctx, id, budget, maxDelta); err != nil {
			return err
		}
	}
	return nil
}
