package main

import (
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/node"
)

type nodeFlags struct {
	listen, advertise, metrics, platform string
	poll                                 time.Duration
}

func runNode(cmd *cobra.Command, g *globals, f nodeFlags) error {
	s, err := g.open(cmd.Context(), true)
	if err != nil {
		return err
	}
	defer s.close()
	cfg := s.home.Config.Node
	listen := firstOf(f.listen, cfg.Listen, "127.0.0.1:7000")
	advertise := firstOf(f.advertise, cfg.Advertise, listen)
	if f.listen != "" && f.advertise == "" {
		advertise = f.listen // an explicit --listen is where peers reach us, not the config's old address
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	platform, err := nodePlatform(f.platform)
	if err != nil {
		return err
	}
	d, err := node.New(cmd.Context(), node.Config{Home: s.home, Secrets: s.secrets, Market: s.market, Listen: listen,
		Advertise: advertise, Metrics: firstOf(f.metrics, cfg.Metrics), Poll: f.poll, Log: log, Platform: platform})
	if err != nil {
		return err
	}
	return d.Run(cmd.Context())
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
