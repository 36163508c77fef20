package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/fsutil"
	"github.com/veil-market/veil/spec"
)

func newSubmitCmd(g *globals) *cobra.Command {
	var wait bool
	var timeout time.Duration
	var specURI, specOut string
	cmd := &cobra.Command{
		Use:   "submit SPEC.json [--wait] [--spec-uri URL | --spec-out FILE]",
		Short: "Check a job spec against the engines and datasets, escrow the payment and submit it",
		Long: "Validates the spec before any money moves (unknown fields and columns, labels, ε and δ against every\n" +
			"dataset's terms, engines, compute nodes), adds your public keys to it, escrows prices + fees and\n" +
			"submits. With --wait, follows the job until it ends. See docs/jobs.md for the spec format.\n" +
			"To keep the spec off-chain: --spec-out FILE writes the document that would be submitted (nothing is\n" +
			"sent); publish it at an http(s) URL, then submit with --spec-uri URL (the chain keeps its hash).",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			raw, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			sp, err := spec.Parse(raw)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			for _, d := range sp.DefaultsApplied() {
				g.note("default: %s", d)
			}
			return g.with(cmd.Context(), true, func(s *session) error {
				sub := buyer.Submission{Market: s.market, Registry: chain.NewRegistry(s.market), Home: s.home, Secrets: s.secrets,
					Spec: sp, SpecURI: specURI}
				if specOut != "" {
					return writeSpec(cmd, g, sub, specOut)
				}
				res, err := buyer.Submit(cmd.Context(), sub)
				if err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				if g.json && !wait {
					return g.printJSON(res)
				}
				g.say("Submitted job %d: %s engine, %d round(s), escrowed %s coins (prices %s + fees %s)", res.ID, sp.Engine,
					res.Rounds, res.Payment, chain.FormatCoins(res.Quote.Prices), chain.FormatCoins(res.Quote.Fees))
				g.say("  deadline %s; follow it with: veil job status %d", time.Unix(int64(res.Deadline), 0).Format(time.RFC3339), res.ID)
				if !wait {
					return nil
				}
				return s.waitJob(cmd, res.ID, timeout)
			})
		},
	}
	cmd.Flags().BoolVar(&wait, "wait", false, "follow the job until it settles, fails or is cancelled")
	cmd.Flags().DurationVar(&timeout, "timeout", 0, "with --wait: give up waiting after this long (0: until the job ends)")
	cmd.Flags().StringVar(&specURI, "spec-uri", "", "submit the spec by reference: the http(s) URL that serves the document --spec-out wrote")
	cmd.Flags().StringVar(&specOut, "spec-out", "", "write the spec document that would be submitted to FILE, and submit nothing")
	cmd.MarkFlagsMutuallyExclusive("spec-uri", "spec-out")
	return cmd
}

// writeSpec writes the spec document a submission would put on-chain.
func writeSpec(cmd *cobra.Command, g *globals, sub buyer.Submission, path string) error {
	p, err := buyer.Prepare(cmd.Context(), sub)
	if err != nil {
		return err
	}
	if err := fsutil.WriteFile(path, p.Doc, 0o644); err != nil {
		return err
	}
	g.say("Wrote the spec document (%d bytes, SHA-256 %x) to %s; publish it and submit with --spec-uri URL", len(p.Doc), spec.Hash(p.Doc), path)
	return nil
}
