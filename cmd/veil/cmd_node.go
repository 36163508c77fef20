package main

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
)

func newNodeCmd(g *globals) *cobra.Command {
	var f nodeFlags
	cmd := &cobra.Command{
		Use:   "node [--listen ADDR] [--advertise HOST:PORT]",
		Short: "Run the daemon: take part in jobs under the home's policy (subcommands manage the registry entry)",
		Long: "Runs until interrupted: keeps the on-chain registry entry in line with what it serves, follows the\n" +
			"chain, accepts or declines jobs under the home's policy (docs/home.md), runs the engines over\n" +
			"mutually authenticated gRPC, delivers results sealed to the buyer and redeems receipts.\n" +
			"The keystore password comes from --password-file or VEIL_PASSWORD so it can run unattended.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runNode(cmd, g, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", "", "gRPC listen address (default: the home's node.listen, else 127.0.0.1:7000)")
	fl.StringVar(&f.advertise, "advertise", "", "host:port registered on-chain (default: the listen address)")
	fl.StringVar(&f.metrics, "metrics", "", "local address for /healthz and /metrics (default: the home's node.metrics)")
	fl.DurationVar(&f.poll, "poll", 500*time.Millisecond, "how often to look at the chain")
	fl.StringVar(&f.platform, "platform", "none", "attestation offered to tee jobs: none, sim (devnet only) or sev-snp (inside an SEV-SNP guest)")
	cmd.AddCommand(newNodeRegisterCmd(g), newNodeUnregisterCmd(g))
	return cmd
}

func newNodeRegisterCmd(g *globals) *cobra.Command {
	var endpoint, roles, stake, fee string
	cmd := &cobra.Command{
		Use:   "register --endpoint HOST:PORT --roles owner,compute [--stake X] [--fee X]",
		Short: "Register (or update) this node: endpoint, TLS key, roles, fee and stake",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			r, err := chain.ParseRoles(roles)
			if err != nil {
				return err
			}
			st, err := optionalCoins("--stake", stake)
			if err != nil {
				return err
			}
			fe, err := optionalCoins("--fee", fee)
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), true, func(s *session) error {
				if endpoint == "" {
					endpoint = s.home.Config.Node.Advertise
				}
				if endpoint == "" {
					return errors.New("--endpoint HOST:PORT is required (where other nodes reach this one)")
				}
				p := chain.NodeParams{Endpoint: endpoint, TLSKey: home.TLSPublicKey(s.secrets.NodeKey), Roles: r, Fee: fe, Stake: st}
				return s.register(cmd, p)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&endpoint, "endpoint", "", "host:port other nodes dial (default: the home's node.advertise)")
	f.StringVar(&roles, "roles", "owner", "owner, compute, or owner,compute")
	f.StringVar(&stake, "stake", "", "coins to add to the stake (compute nodes need the contract's minimum)")
	f.StringVar(&fee, "fee", "", "fee per job in coins (compute role)")
	return cmd
}

func optionalCoins(flag, s string) (*big.Int, error) {
	if s == "" {
		return new(big.Int), nil
	}
	v, err := chain.ParseCoins(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	return v, nil
}

func (s *session) register(cmd *cobra.Command, p chain.NodeParams) error {
	ctx := cmd.Context()
	cur, err := s.market.Node(ctx, s.home.Address())
	if err != nil {
		return err
	}
	verb := "Registered"
	if cur.Roles != 0 {
		verb = "Updated"
		_, err = s.market.UpdateNode(ctx, p)
	} else {
		_, err = s.market.RegisterNode(ctx, p)
	}
	if err != nil {
		return err
	}
	s.home.Config.Node.Advertise = p.Endpoint
	if err := s.home.SaveConfig(); err != nil {
		return err
	}
	if s.g.json {
		return s.g.printJSON(map[string]string{"address": s.home.Address().Hex(), "endpoint": p.Endpoint, "roles": chain.RoleNames(p.Roles)})
	}
	s.g.say("%s %s as %s at %s", verb, s.home.Address().Hex(), chain.RoleNames(p.Roles), p.Endpoint)
	return nil
}

func newNodeUnregisterCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "unregister",
		Short: "Leave the registry; the stake can be claimed after the contract's delay (veil node claim-stake)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.with(cmd.Context(), true, func(s *session) error {
				if _, err := s.market.UnregisterNode(cmd.Context()); err != nil {
					return err
				}
				g.say("Unregistered %s", s.home.Address().Hex())
				return nil
			})
		},
	}
}
