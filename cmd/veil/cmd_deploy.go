package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
)

func newDeployCmd(g *globals) *cobra.Command {
	var minStake string
	cmd := &cobra.Command{
		Use:   "deploy --chain URL",
		Short: "Deploy the Marketplace on an external EVM chain and point this home at it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if g.chainURL == "" {
				return errors.New("--chain URL is required (the JSON-RPC endpoint to deploy on)")
			}
			cfg := chain.DefaultMarketConfig()
			if minStake != "" {
				v, err := chain.ParseCoins(minStake)
				if err != nil {
					return err
				}
				cfg.MinStake = v
			}
			h, sec, err := g.unlockHome()
			if err != nil {
				return err
			}
			client, id, err := dialChain(cmd.Context(), g.chainURL)
			if err != nil {
				return err
			}
			defer client.Close()
			sender, err := chain.NewSender(cmd.Context(), client, sec.Account, h.Config.Confirmations)
			if err != nil {
				return err
			}
			g.note("deploying the Marketplace from %s ...", sender.Address().Hex())
			addr, rcpt, err := chain.Deploy(cmd.Context(), sender, cfg)
			if err != nil {
				return err
			}
			h.Config.ChainURL, h.Config.ChainID, h.Config.Marketplace, h.Config.DeployBlock = g.chainURL, id, addr.Hex(), rcpt.BlockNumber.Uint64()
			if err := h.SaveConfig(); err != nil {
				return err
			}
			if g.json {
				return g.printJSON(map[string]any{"marketplace": addr.Hex(), "chain_id": id, "block": rcpt.BlockNumber.Uint64(), "tx": rcpt.TxHash.Hex()})
			}
			g.say("Deployed the Marketplace at %s on chain %d (block %d); this home now uses it.", addr.Hex(), id, rcpt.BlockNumber.Uint64())
			return nil
		},
	}
	cmd.Flags().StringVar(&minStake, "min-stake", "", "stake a compute node must hold, coins (default 1)")
	return cmd
}
