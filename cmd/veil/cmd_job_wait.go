package main

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/internal/display"
)

func newWaitCmd(g *globals) *cobra.Command {
	var timeout time.Duration
	cmd := jobCmd(g, "wait ID", "Wait until a job settles, fails or is cancelled", false, func(cmd *cobra.Command, s *session, id uint64) error {
		return s.waitJob(cmd, id, timeout)
	})
	cmd.Flags().DurationVar(&timeout, "timeout", 0, "give up after this long (0: until the job ends)")
	return cmd
}

// waitJob follows a job until it ends, then prints it. On a terminal it
// shows each change of state and a live line (what the job waits for, its
// confirmations, the time waited); in a pipe or with --json, only the end.
func (s *session) waitJob(cmd *cobra.Command, id uint64, timeout time.Duration) error {
	ctx := cmd.Context()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	bar, start, last := s.g.progress(), time.Now(), ""
	defer bar.done()
	for {
		v, err := s.jobView(ctx, id)
		if err != nil {
			return err
		}
		if v.State != last && bar.on {
			bar.done()
			s.g.note("job %d: %s%s", id, v.State, confirmationsNote(v))
		}
		last = v.State
		bar.show(true, "job %d: %s (%s waited)", id, display.Line(v.Why, 100), time.Since(start).Round(time.Second))
		if v.Ended() {
			bar.done()
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
