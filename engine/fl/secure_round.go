package fl

import (
	"context"
	"fmt"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/secagg"
)

// secureRound drives the secure-aggregation server through one round over the hub.
type secureRound struct {
	a   *aggregator
	hub engine.Hub
	srv *secagg.Server
}

func (s *secureRound) jobIndices(positions []int) []int {
	out := make([]int, 0, len(positions))
	for _, p := range positions {
		out = append(out, s.a.cur.Participants[p])
	}
	return out
}

// gather collects a step from the participants at `positions` and adds each
// message; a message that is malformed, or sent by one owner under another's
// index (someone else's share), drops its sender, named in the log.
func (s *secureRound) gather(ctx context.Context, step string, positions []int, add func([]byte) error) {
	deadline := s.a.deadline()
	if step == "advertise" {
		deadline = s.a.firstDeadline()
	}
	got, failed := s.hub.Gather(ctx, step, s.jobIndices(positions), s.a.maxMsg, deadline)
	for i, err := range failed {
		s.a.log.Info("owner dropped out", "round", s.a.cur.Round, "step", step, "owner", i, "address", s.a.job.Owners[i].Address.Hex(), "err", err)
	}
	for _, pos := range positions {
		owner := s.a.cur.Participants[pos]
		msg, ok := got[owner]
		if !ok {
			continue
		}
		err := s.check(msg, pos)
		if err == nil {
			err = add(msg)
		}
		if err != nil {
			s.a.log.Warn("refused a message; the owner is out of this round", "round", s.a.cur.Round, "step", step,
				"owner", owner, "address", s.a.job.Owners[owner].Address.Hex(), "err", err)
		}
	}
}

// check refuses a message whose secure-aggregation sender is not the owner whose
// connection it came on.
func (s *secureRound) check(msg []byte, pos int) error {
	h, err := secagg.ReadHeader(msg)
	if err != nil {
		return err
	}
	if int(h.Sender) != pos {
		return fmt.Errorf("fl: owner at position %d sent a message signed as position %d (someone else's share)", pos, h.Sender)
	}
	return nil
}

func (s *secureRound) broadcast(ctx context.Context, step string, positions []int, msg []byte) {
	for i, err := range s.hub.Broadcast(ctx, s.jobIndices(positions), step, msg) {
		s.a.log.Info("owner unreachable", "round", s.a.cur.Round, "step", step, "owner", i, "err", err)
	}
}

func (s *secureRound) run(ctx context.Context) ([]uint64, []int, error) {
	all := make([]int, len(s.a.cur.Participants))
	for i := range all {
		all[i] = i
	}
	srv := s.srv
	s.gather(ctx, "advertise", all, srv.AddAdvertiseKeys)
	keys, err := srv.CloseAdvertiseKeys()
	if err != nil {
		return nil, nil, err
	}
	if p := srv.Params(); p.Graph == nil {
		s.broadcast(ctx, "keys", srv.Completed(secagg.StepAdvertiseKeys), keys)
	} else {
		s.sendEach(ctx, "keys", srv.Completed(secagg.StepAdvertiseKeys), srv.KeysFor) // each owner its neighbourhood's keys
	}
	s.gather(ctx, "shares", srv.Completed(secagg.StepAdvertiseKeys), srv.AddShareKeys)
	if err := srv.CloseShareKeys(); err != nil {
		return nil, nil, err
	}
	s.sendEach(ctx, "myshares", srv.Completed(secagg.StepShareKeys), srv.SharesFor)
	return s.finish(ctx)
}

// sendEach sends each participant at `positions` its own message.
func (s *secureRound) sendEach(ctx context.Context, step string, positions []int, msgFor func(int) ([]byte, error)) {
	for _, pos := range positions {
		msg, err := msgFor(pos)
		if err == nil {
			err = s.hub.Send(ctx, s.a.cur.Participants[pos], step, msg)
		}
		if err != nil {
			s.a.log.Info("owner unreachable", "round", s.a.cur.Round, "step", step, "owner", s.a.cur.Participants[pos], "err", err)
		}
	}
}

func (s *secureRound) finish(ctx context.Context) ([]uint64, []int, error) {
	srv := s.srv
	s.gather(ctx, "masked", srv.Completed(secagg.StepShareKeys), srv.AddMaskedInput)
	survivors, err := srv.CloseMaskedInput()
	if err != nil {
		return nil, nil, err
	}
	s.broadcast(ctx, "survivors", srv.Completed(secagg.StepMaskedInputCollection), survivors)
	s.gather(ctx, "check", srv.Completed(secagg.StepMaskedInputCollection), srv.AddConsistencyCheck)
	req, err := srv.CloseConsistencyCheck()
	if err != nil {
		return nil, nil, err
	}
	s.broadcast(ctx, "unmask-req", srv.Completed(secagg.StepConsistencyCheck), req)
	s.gather(ctx, "unmask", srv.Completed(secagg.StepConsistencyCheck), srv.AddUnmasking)
	return srv.Sum()
}
