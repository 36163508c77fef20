package he

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/secagg"
)

// secureAgg drives the secure-aggregation server over the hub. Indices
// are secure-aggregation positions (into the announced participants);
// the hub speaks job indices. An owner that drops out or whose message is
// refused is out from that step on, named in the log with its address; it
// gets an abort at the step it waits for, so it stops at once. The run
// fails, naming the step, only when fewer than the threshold are left.
type secureAgg struct {
	a   *aggregatorRun
	hub engine.Hub
	srv *secagg.Server
	out map[int]error // why each position is out of the aggregation
}

func (s *secureAgg) parts() []int { return s.a.ann.participants }

func (s *secureAgg) owners(pos []int) []int {
	out := make([]int, len(pos))
	for k, p := range pos {
		out[k] = s.parts()[p]
	}
	return out
}

func (s *secureAgg) name(pos int) string { return s.a.run.names[s.parts()[pos]] }

// run drives the five steps and returns the sum and the survivors (U3).
func (s *secureAgg) run(ctx context.Context) ([]uint64, []int, error) {
	all := make([]int, len(s.parts()))
	for i := range all {
		all[i] = i
	}
	srv := s.srv
	s.gather(ctx, stepAdvertise, all, srv.AddAdvertiseKeys)
	keys, err := srv.CloseAdvertiseKeys()
	if err := s.next(ctx, all, secagg.StepAdvertiseKeys, stepKeys, err); err != nil {
		return nil, nil, err
	}
	s.broadcast(ctx, stepKeys, srv.Completed(secagg.StepAdvertiseKeys), keys)
	s.gather(ctx, stepShares, srv.Completed(secagg.StepAdvertiseKeys), srv.AddShareKeys)
	if err := s.next(ctx, srv.Completed(secagg.StepAdvertiseKeys), secagg.StepShareKeys, stepMyShares, srv.CloseShareKeys()); err != nil {
		return nil, nil, err
	}
	for _, i := range srv.Completed(secagg.StepShareKeys) {
		msg, err := srv.SharesFor(i)
		if err == nil {
			err = s.hub.Send(ctx, s.parts()[i], stepMyShares, reply(msg))
		}
		if err != nil {
			s.a.log.Info("owner unreachable", "step", stepMyShares, "owner", s.parts()[i], "address", s.name(i), "err", err)
		}
	}
	return s.finish(ctx)
}

func (s *secureAgg) finish(ctx context.Context) ([]uint64, []int, error) {
	srv := s.srv
	s.gather(ctx, stepMasked, srv.Completed(secagg.StepShareKeys), srv.AddMaskedInput)
	survivors, err := srv.CloseMaskedInput()
	s.credit(ctx, srv.Completed(secagg.StepMaskedInputCollection)) // they contributed, whatever happens next
	if err := s.next(ctx, srv.Completed(secagg.StepShareKeys), secagg.StepMaskedInputCollection, stepSurvivors, err); err != nil {
		return nil, nil, err
	}
	s.broadcast(ctx, stepSurvivors, srv.Completed(secagg.StepMaskedInputCollection), survivors)
	s.gather(ctx, stepCheck, srv.Completed(secagg.StepMaskedInputCollection), srv.AddConsistencyCheck)
	req, err := srv.CloseConsistencyCheck()
	if err := s.next(ctx, srv.Completed(secagg.StepMaskedInputCollection), secagg.StepConsistencyCheck, stepRequest, err); err != nil {
		return nil, nil, err
	}
	s.broadcast(ctx, stepRequest, srv.Completed(secagg.StepConsistencyCheck), req)
	s.gather(ctx, stepUnmask, srv.Completed(secagg.StepConsistencyCheck), srv.AddUnmasking)
	sum, u3, err := srv.Sum()
	if err := s.next(ctx, srv.Completed(secagg.StepConsistencyCheck), secagg.StepUnmasking, stepOpening, err); err != nil {
		return nil, nil, err
	}
	return sum, u3, nil
}

// open sends the opening to every owner that unmasked: each recomputes the
// sum from it (its payload).
func (s *secureAgg) open(ctx context.Context) error {
	msg, err := s.srv.Opening()
	if err != nil {
		return fmt.Errorf("he: %w", err)
	}
	s.broadcast(ctx, stepOpening, s.srv.Completed(secagg.StepUnmasking), msg)
	return nil
}

// next closes a step's outcome: when closing failed, every owner still
// waiting (prev) gets an abort at step `wait` and the run fails; otherwise
// the owners of prev left out of the step's set get the abort.
func (s *secureAgg) next(ctx context.Context, prev []int, st secagg.Step, wait string, closeErr error) error {
	var out []int
	for _, i := range prev {
		if !slices.Contains(s.srv.Completed(st), i) {
			out = append(out, i)
		}
	}
	if closeErr != nil {
		err := fmt.Errorf("he: secure aggregation, step %v: %w%s", st, closeErr, s.why(out))
		s.hub.Broadcast(ctx, s.owners(prev), wait, abortReply(err.Error()))
		return err
	}
	msg := abortReply(fmt.Sprintf("he: this owner is out of the aggregation from step %v on (dropped or refused)", st))
	s.hub.Broadcast(ctx, s.owners(out), wait, msg)
	return nil
}

// why names the owners at positions out and the reason each is out.
func (s *secureAgg) why(out []int) string {
	var b strings.Builder
	for k, i := range out {
		sep := "; out: "
		if k > 0 {
			sep = ", "
		}
		fmt.Fprintf(&b, "%sowner %s (%v)", sep, s.name(i), s.out[i])
	}
	return b.String()
}

// gather collects step from the owners at positions `from` and adds each
// message; an owner that sent nothing, or whose message is refused, is out.
func (s *secureAgg) gather(ctx context.Context, step string, from []int, add func([]byte) error) {
	got, failed := s.hub.Gather(ctx, step, s.owners(from), s.a.run.maxMessage(), s.a.e.clock().Add(s.a.run.timeout))
	for _, i := range sortedIndexes(failed) {
		s.a.log.Info("owner dropped out", "step", step, "owner", i, "address", s.a.run.names[i], "err", failed[i])
	}
	for _, pos := range from {
		msg, ok := got[s.parts()[pos]]
		if !ok {
			s.out[pos] = fmt.Errorf("dropped out at %q: %w", step, engine.ErrDropped)
			continue
		}
		err := checkSender(msg, pos)
		if err == nil {
			err = add(msg)
		}
		if err != nil {
			s.out[pos] = fmt.Errorf("refused at %q: %w", step, s.blame(err))
			s.a.log.Warn("refused a message; the owner is out of the aggregation", "step", step, "owner", s.parts()[pos],
				"address", s.name(pos), "err", s.blame(err))
		}
	}
}

// checkSender refuses a message whose secure-aggregation sender is not the
// owner whose connection it came on (someone else's message passed off).
func checkSender(msg []byte, pos int) error {
	h, err := secagg.ReadHeader(msg)
	if err != nil {
		return err
	}
	if int(h.Sender) != pos {
		return fmt.Errorf("he: sent a message signed as participant %d", h.Sender)
	}
	return nil
}

// blame names the owner a secure-aggregation error is about.
func (s *secureAgg) blame(err error) error {
	var pe *secagg.PeerError
	if errors.As(err, &pe) && pe.Peer >= 0 && pe.Peer < len(s.parts()) {
		return fmt.Errorf("he: owner %q: %w", s.name(pe.Peer), err)
	}
	return err
}

func (s *secureAgg) broadcast(ctx context.Context, step string, to []int, msg []byte) {
	for i, err := range s.hub.Broadcast(ctx, s.owners(to), step, reply(msg)) {
		s.a.log.Info("owner unreachable", "step", step, "owner", i, "address", s.a.run.names[i], "err", err)
	}
}

// credit sends the receipts of the owners whose masked inputs are in.
func (s *secureAgg) credit(ctx context.Context, pos []int) {
	for _, i := range s.owners(pos) {
		if err := s.hub.Credit(ctx, i); err != nil {
			s.a.log.Warn("could not credit an owner", "owner", i, "address", s.a.run.names[i], "err", err)
		}
	}
}

func sortedIndexes[V any](m map[int]V) []int {
	out := make([]int, 0, len(m))
	for i := range m {
		out = append(out, i)
	}
	slices.Sort(out)
	return out
}
