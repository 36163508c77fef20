package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"
)

func newWaitCmd(g *globals) *cobra.Command {
	var timeout time.Duration
	cmd := jobCmd(g, "wait ID", "Wait until a job settles, fails or is cancelled", false, func(cmd *cobra.Command, s *session, id uint64) error {
		return s.waitJob(cmd, id, timeout)
	})
	cmd.Flags().DurationVar(&timeout, "timeout", 0, "give up after this long (0: until the job ends)")
	return cmd
}

// waitJob follows a job, printing each change of state, until it ends.
func (s *session) waitJob(cmd *cobra.Command, id uint64, timeout time.Duration) error {
	ctx := cmd.Context()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	last := ""
	for {
		v, err := s.jobView(ctx, id)
		if err != nil {
			return err
		}
		if now := v.State + "/" + v.Confirmations; now != last {
			last = now
			s.g.note("job %d: %s%s", id, v.State, confirmationsNote(v))
		}
		if v.State == "settled" || v.State == "failed" || v.State == "cancelled" {
			if s.g.json {
				return s.g.printJSON(v)
			}
			s.g.printJob(v)
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("job %d is still %s: %w", id, v.State, ctx.Err())
		case <-time.After(time.Second):
		}
	}
}

func confirmationsNote(v *jobView) string {
	if v.Confirmations == "" {
		return ""
	}
	return ", result committed, " + v.Confirmations + " confirmations"
}
