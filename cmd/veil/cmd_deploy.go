package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
)

func newDeployCmd(g *globals) *cobra.Command {
	var minStake string
	cmd := &cobra.Command{
		Use:   "deploy --chain URL | --network NAME",
		Short: "Deploy the Marketplace on an external EVM chain and point this home at it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			url, preset, err := g.chainTarget()
			if err != nil {
				return err
			}
			if url == "" {
				return errors.New("--chain URL or --network NAME is required (the chain to deploy on)")
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
			client, id, err := dialChain(cmd.Context(), url)
			if err != nil {
				return err
			}
			defer client.Close()
			if err := checkPreset(preset, id, url); err != nil {
				return err
			}
			sender, err := chain.NewSender(cmd.Context(), client, sec.Account, h.Config.Confirmations)
			if err != nil {
				return err
			}
			if n, ok := chain.NetworkByChainID(id); ok {
				sender.UseNetwork(n)
				if err := checkBytecode(n); err != nil {
					return err
				}
			}
			g.note("deploying the Marketplace from %s ...", sender.Address().Hex())
			addr, rcpt, err := chain.Deploy(cmd.Context(), sender, cfg)
			if err != nil {
				return err
			}
			h.Config.ChainURL, h.Config.ChainID, h.Config.Marketplace, h.Config.DeployBlock = url, id, addr.Hex(), rcpt.BlockNumber.Uint64()
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

// checkBytecode refuses to spend gas deploying a contract that uses an opcode
// the network's EVM lacks (it would fail on first use, or at deployment).
func checkBytecode(n chain.Network) error {
	if bad := chain.UnsupportedOpcodes(common.FromHex(chain.MarketplaceMetaData.Bin), &n.EVM); len(bad) > 0 {
		return fmt.Errorf("the Marketplace bytecode uses opcodes %s lacks: %s (compile with evmVersion paris)", n.Name, strings.Join(bad, ", "))
	}
	return nil
}
