package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/home"
)

func newInitCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Create a home: keystore account, age identity, Ed25519 node key, config",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pw, err := newPassword(g)
			if err != nil {
				return err
			}
			url, preset, err := g.chainTarget()
			if err != nil {
				return err
			}
			cfg := home.Config{ChainURL: url, Marketplace: g.marketplace}
			if preset != nil {
				cfg.ChainID, cfg.Confirmations = preset.ChainID, preset.Confirmations
			}
			h, s, err := home.Init(g.dir(), pw, home.InitOptions{Config: cfg})
			if err != nil {
				return err
			}
			tls := home.TLSPublicKey(s.NodeKey)
			if g.json {
				return g.printJSON(map[string]string{"home": h.Dir, "account": h.Config.Account, "tls_key": "0x" + hex.EncodeToString(tls[:])})
			}
			g.say("Created home %s", h.Dir)
			g.say("  account  %s (fund it before sending transactions)", h.Config.Account)
			g.say("  node key 0x%x (your nodes' TLS key: `veil node register` puts it on-chain)", tls)
			g.say("Back it up with `veil backup --out FILE`: losing a home loses its datasets' keys.")
			return nil
		},
	}
}

// newPassword asks for a new password twice (or takes it from the file / env).
func newPassword(g *globals) (string, error) {
	if g.passwordFile != "" {
		return g.password(nil, "")
	}
	if pw, ok := os.LookupEnv("VEIL_PASSWORD"); ok {
		if pw == "" {
			return "", errors.New("VEIL_PASSWORD is empty: a home needs a password")
		}
		return pw, nil
	}
	pw, err := readSecret("New password: ", "VEIL_PASSWORD or --password-file")
	if err != nil {
		return "", err
	}
	again, err := readSecret("Repeat password: ", "VEIL_PASSWORD or --password-file")
	if err != nil {
		return "", err
	}
	if pw != again {
		return "", fmt.Errorf("the passwords differ")
	}
	return pw, nil
}
