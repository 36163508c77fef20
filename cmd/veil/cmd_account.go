package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
)

type accountView struct {
	Address      string `json:"address"`
	ChainID      uint64 `json:"chain_id"`
	Balance      string `json:"balance"`
	Withdrawable string `json:"withdrawable"`
	Staked       string `json:"staked"`
	Roles        string `json:"roles"`
	Endpoint     string `json:"endpoint,omitempty"`
	Fee          string `json:"fee,omitempty"`
	Bonded       string `json:"bonded"` // stake reserved as bonds of accepted jobs that have not ended
}

func newAccountCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "account",
		Short: "Show the home's address, balance, withdrawable credits and stake",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
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
	v := &accountView{Address: addr.Hex(), ChainID: s.chainID, Balance: chain.FormatCoins(bal),
		Withdrawable: chain.FormatCoins(credits), Staked: chain.FormatCoins(node.Stake), Roles: chain.RoleNames(node.Roles), Bonded: chain.FormatCoins(node.Locked)}
	if node.Roles != 0 {
		v.Endpoint, v.Fee = node.Endpoint, chain.FormatCoins(node.Fee)
	}
	return v, nil
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
