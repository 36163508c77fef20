package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/display"
	"github.com/veil-market/veil/internal/fsutil"
	"github.com/veil-market/veil/node"
)

// jobCmd builds a command that takes one job id.
func jobCmd(g *globals, use, short string, unlock bool, run func(cmd *cobra.Command, s *session, id uint64) error) *cobra.Command {
	return &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), unlock, func(s *session) error {
				return run(cmd, s, id)
			})
		},
	}
}

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

func newResultCmd(g *globals) *cobra.Command {
	var out string
	cmd := jobCmd(g, "result ID --out FILE", "Download a job's result, check it against the chain and decrypt it", true, func(cmd *cobra.Command, s *session, id uint64) error {
		if out == "" {
			return errors.New("--out FILE is required")
		}
		res, err := buyer.Fetch(cmd.Context(), s.market, node.NewRegistry(s.market), s.home, s.secrets, id)
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

func newJobListCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the jobs this home submitted",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return g.with(cmd.Context(), false, func(s *session) error {
				ids, err := s.market.BuyerJobs(cmd.Context(), s.home.Address(), s.home.Config.DeployBlock)
				if err != nil {
					return err
				}
				views := []*jobView{} // `--json` prints [] when there is none
				for _, id := range ids {
					v, err := s.jobView(cmd.Context(), id)
					if err != nil {
						return err
					}
					views = append(views, v)
				}
				if g.json {
					return g.printJSON(views)
				}
				rows := make([][]string, len(views))
				for i, v := range views {
					rows[i] = []string{fmt.Sprint(v.ID), v.State, v.Engine, fmt.Sprint(v.Epsilon), v.Payment, v.Deadline}
				}
				printTable(g, "ID\tSTATE\tENGINE\tε\tPAID\tDEADLINE", rows)
				return nil
			})
		},
	}
}

func newCancelCmd(g *globals) *cobra.Command {
	return jobCmd(g, "cancel ID", "Cancel a job nobody accepted (or that can no longer start), with a full refund", true, func(cmd *cobra.Command, s *session, id uint64) error {
		if _, err := s.market.CancelJob(cmd.Context(), id); err != nil {
			return err
		}
		s.g.say("Job %d cancelled; the payment is credited back (veil withdraw)", id)
		return nil
	})
}

func newRefundCmd(g *globals) *cobra.Command {
	return jobCmd(g, "refund ID", "Return what nobody earned: close an expired acceptance window, fail a job past its deadline, or close it after the redeem window", true, func(cmd *cobra.Command, s *session, id uint64) error {
		msg, err := s.refund(cmd.Context(), id)
		if err != nil {
			return err
		}
		s.g.say("Job %d: %s", id, msg)
		return nil
	})
}

// refund takes the next step that returns money to the buyer.
func (s *session) refund(ctx context.Context, id uint64) (string, error) {
	j, err := s.market.Job(ctx, id)
	if err != nil {
		return "", err
	}
	switch j.State {
	case chain.JobOpen:
		if _, err := s.market.CloseAcceptance(ctx, id); err != nil {
			return "", err
		}
		return "acceptance closed; if it could not start, it is refunded in full", nil
	case chain.JobStarted:
		if j.Committed() {
			if _, err := s.market.SettleJob(ctx, id); err != nil {
				return "", err
			}
			return "settled: the result stood (no majority disputed it); unclaimed prices come back with veil job refund after the redeem window", nil
		}
		if _, err := s.market.FailJob(ctx, id); err != nil {
			return "", err
		}
		return "failed (no result by the commit deadline): fees refunded; owners confirm and are paid, the rest comes back with veil job refund after the redeem window", nil
	case chain.JobSettled, chain.JobFailed:
		if _, err := s.market.CloseJob(ctx, id); err != nil {
			return "", err
		}
		return "closed: unclaimed prices refunded (veil withdraw)", nil
	}
	return "", fmt.Errorf("job %d is %s: nothing to refund", id, chain.JobStateName(j.State))
}

func newApproveCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "approve ID",
		Short: "Approve a job that waits for manual approval (policy.manual_approval); the daemon then accepts it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			h, err := openHome(g)
			if err != nil {
				return err
			}
			if err := node.Approve(h.StateDir(), id); err != nil {
				return err
			}
			g.say("Job %d approved; the daemon of %s accepts it on its next look at the chain", id, h.Dir)
			return nil
		},
	}
}
