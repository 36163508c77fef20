package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
)

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
