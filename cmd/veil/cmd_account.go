package main

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/display"
)

type accountView struct {
	Address      string `json:"address"`
	ChainID      uint64 `json:"chain_id,omitempty"`
	Balance      string `json:"balance,omitempty"`
	Marketplace  string `json:"marketplace,omitempty"`
	Withdrawable string `json:"withdrawable,omitempty"`
	Staked       string `json:"staked,omitempty"`
	Roles        string `json:"roles"`
	Endpoint     string `json:"endpoint,omitempty"`
	Fee          string `json:"fee,omitempty"`
	Bonded       string `json:"bonded,omitempty"` // stake reserved as bonds of accepted jobs that have not ended
	Note         string `json:"note,omitempty"`   // what could not be read, and why
}

func newAccountCmd(g *globals) *cobra.Command {
	var onlyAddress bool
	cmd := &cobra.Command{
		Use:   "account [--address]",
		Short: "Show the home's address, balance, withdrawable credits and stake",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if onlyAddress {
				h, err := g.openHome()
				if err != nil {
					return err
				}
				fmt.Fprintln(g.out, h.Address().Hex())
				return nil
			}
			if g.noMarketplace() {
				return g.accountWithoutMarket(cmd.Context())
			}
			return g.with(cmd.Context(), false, func(s *session) error {
				v, err := s.account(cmd)
				if err != nil {
					return err
				}
				if g.json {
					return g.printJSON(v)
				}
				g.say("address       %s (chain %d)", v.Address, v.ChainID)
				g.say("balance       %s", v.Balance)
				g.say("withdrawable  %s", v.Withdrawable)
				g.say("staked        %s", v.Staked)
				if v.Roles != "" {
					g.say("node          %s at %s, fee %s, %s of the stake bonds open jobs", v.Roles, v.Endpoint, v.Fee, v.Bonded)
				} else {
					g.say("node          not registered")
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&onlyAddress, "address", false, "print only the address, without reaching the chain (for scripts: \"compute\": [\"$(veil account --address)\"])")
	return cmd
}

func (s *session) account(cmd *cobra.Command) (*accountView, error) {
	ctx := cmd.Context()
	addr := s.home.Address()
	bal, err := s.client.BalanceAt(ctx, addr, nil)
	if err != nil {
		return nil, err
	}
	credits, err := s.market.Credits(ctx, addr)
	if err != nil {
		return nil, err
	}
	node, err := s.market.Node(ctx, addr)
	if err != nil {
		return nil, err
	}
	v := &accountView{Address: addr.Hex(), ChainID: s.chainID, Balance: chain.FormatCoins(bal), Marketplace: s.market.Address().Hex(),
		Withdrawable: chain.FormatCoins(credits), Staked: chain.FormatCoins(node.Stake), Roles: chain.RoleNames(node.Roles), Bonded: chain.FormatCoins(node.Locked)}
	if node.Roles != 0 {
		v.Endpoint, v.Fee = display.Line(node.Endpoint, textWidth), chain.FormatCoins(node.Fee)
	}
	return v, nil
}

// noMarketplace reports whether neither the command line nor the home names
// a Marketplace (a home that cannot be opened is reported by the command).
func (g *globals) noMarketplace() bool {
	if g.marketplace != "" {
		return false
	}
	h, err := g.openHome()
	return err == nil && h.Config.Marketplace == ""
}

const noMarketNote = "no Marketplace configured: pass --marketplace ADDR or run veil deploy (credits, stake and the node registry live there)"

// accountWithoutMarket shows what a home without a Marketplace has: its
// address and, when a chain is configured, its balance.
func (g *globals) accountWithoutMarket(ctx context.Context) error {
	h, err := g.openHome()
	if err != nil {
		return err
	}
	v := &accountView{Address: h.Address().Hex(), Note: noMarketNote}
	url, preset, err := g.chainTarget()
	if err != nil {
		return err
	}
	if url == "" {
		url = h.Config.ChainURL
	}
	if url == "" {
		v.Note = "no chain configured: pass --chain URL or --network NAME (or start one with veil devnet); " + noMarketNote
	} else if err := balanceOn(ctx, url, preset, v); err != nil {
		return err
	}
	if g.json {
		return g.printJSON(v)
	}
	if v.ChainID != 0 {
		g.say("address       %s (chain %d)", v.Address, v.ChainID)
		g.say("balance       %s", v.Balance)
	} else {
		g.say("address       %s", v.Address)
	}
	g.say("marketplace   %s", v.Note)
	return nil
}

func balanceOn(ctx context.Context, url string, preset *chain.Network, v *accountView) error {
	client, id, err := dialChain(ctx, url)
	if err != nil {
		return err
	}
	defer client.Close()
	if err := checkPreset(preset, id, url); err != nil {
		return err
	}
	bal, err := client.BalanceAt(ctx, common.HexToAddress(v.Address), nil)
	if err != nil {
		return fmt.Errorf("reading the balance of %s: %w", v.Address, err)
	}
	v.ChainID, v.Balance = id, chain.FormatCoins(bal)
	return nil
}

func newWithdrawCmd(g *globals) *cobra.Command {
	var to string
	cmd := &cobra.Command{
		Use:   "withdraw [--to ADDR]",
		Short: "Withdraw everything the Marketplace credited to this account, to it or to another address",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if to != "" && !common.IsHexAddress(to) {
				return fmt.Errorf("--to %q is not an address", to)
			}
			return g.with(cmd.Context(), true, func(s *session) error {
				amount, err := s.market.Credits(cmd.Context(), s.home.Address())
				if err != nil {
					return err
				}
				dest := s.home.Address()
				var rcpt *types.Receipt
				if to != "" {
					dest = common.HexToAddress(to)
					rcpt, err = s.market.WithdrawTo(cmd.Context(), dest)
				} else {
					rcpt, err = s.market.Withdraw(cmd.Context())
				}
				if err != nil {
					return err
				}
				if g.json {
					return g.printJSON(map[string]string{"amount": chain.FormatCoins(amount), "to": dest.Hex(), "tx": rcpt.TxHash.Hex()})
				}
				g.say("Withdrew %s to %s (tx %s)", chain.FormatCoins(amount), dest.Hex(), rcpt.TxHash.Hex())
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "send the credits to this address instead (a cold wallet)")
	return cmd
}
