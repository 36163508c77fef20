package main

import (
	"errors"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/fsutil"
)

func newResultCmd(g *globals) *cobra.Command {
	var out string
	cmd := jobCmd(g, "result ID --out FILE", "Download a job's result, check it against the chain and decrypt it", true, func(cmd *cobra.Command, s *session, id uint64) error {
		if out == "" {
			return errors.New("--out FILE is required")
		}
		res, err := buyer.Fetch(cmd.Context(), s.market, chain.NewRegistry(s.market), s.home, s.secrets, id)
		if err != nil {
			return err
		}
		if err := fsutil.WriteFile(out, res.Output.Data, 0o600); err != nil {
			return err
		}
		if s.g.json {
			return s.g.printJSON(map[string]any{"id": id, "out": out, "summary": res.Output.Summary})
		}
		s.g.say("Job %d: result verified against the chain and written to %s", id, out)
		if res.Output.Summary != "" {
			s.g.say("  %s", res.Output.Summary)
		}
		return nil
	})
	cmd.Flags().StringVar(&out, "out", "", "file to write the decoded result to")
	return cmd
}
