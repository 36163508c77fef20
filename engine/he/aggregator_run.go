package he

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/secagg"
)

// aggregatorRun is the aggregator's side of an he job
// (engine.AggregatorRun). It runs the secure-aggregation server over the
// owners' masked ciphertexts: it holds no secret and sees only masked
// vectors, their sum (encrypted to the buyer) and signatures.
type aggregatorRun struct {
	e            Engine
	run          *jobRun
	env          engine.Env
	log          *slog.Logger
	ann          announcement
	contributors []string
	out          *mhe.BuyerCiphertexts
	payload      []byte
}

var _ engine.AggregatorRun = (*aggregatorRun)(nil)

// Announce implements engine.AggregatorRun: the parameter set, the buyer
// key's hash, the threshold and the owners taking part (the live ones).
func (a *aggregatorRun) Announce(r uint32, live []int) ([]byte, error) {
	parts := slices.Compact(slices.Sorted(slices.Values(live)))
	a.ann = announcement{params: a.run.params.ID(), buyerKey: a.run.buyerKey, threshold: a.run.threshold(len(parts)), participants: parts}
	return a.ann.encode(), nil
}

// Round implements engine.AggregatorRun.
func (a *aggregatorRun) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	if r != 1 || a.payload != nil {
		return fmt.Errorf("he: round %d: the he engine runs one round, once", r)
	}
	parts := a.ann.participants
	if n := len(parts); n < 2 || n < a.ann.threshold {
		err := fmt.Errorf("he: %d owners connected, the job needs %d (it tolerates %d dropouts); missing: %q",
			n, max(2, a.ann.threshold), a.run.job.Spec.Privacy.Dropouts, a.run.missing(parts))
		hub.Broadcast(ctx, parts, stepBuyerKey, abortReply(err.Error()))
		return err
	}
	if err := a.sendBuyerKey(ctx, hub); err != nil {
		return err
	}
	srv, err := secagg.NewServer(a.run.secaggParams(parts, a.ann.threshold), a.run.session(a.ann), a.run.peers(parts))
	if err != nil {
		return fmt.Errorf("he: secure aggregation: %w", err)
	}
	s := &secureAgg{a: a, hub: hub, srv: srv, out: map[int]error{}}
	sum, survivors, err := s.run(ctx)
	if err != nil {
		return err
	}
	out, payload, err := a.run.outputOf(sum, parts, survivors)
	if err != nil {
		return err
	}
	if err := s.open(ctx); err != nil {
		return err
	}
	a.contributors, a.out, a.payload = a.run.contributorNames(parts, survivors), out, payload
	return nil
}

// sendBuyerKey reads the key the buyer uploaded here, checks it against
// the spec's hash and parameter set, and passes it to the owners.
func (a *aggregatorRun) sendBuyerKey(ctx context.Context, hub engine.Hub) error {
	b, err := a.env.Blob(ctx, a.run.buyerKey)
	if err == nil {
		_, err = mhe.ParseBuyerPublicKey(a.run.params, b, a.run.buyerKey)
	}
	if err != nil {
		err = fmt.Errorf("he: the buyer's uploaded key %x: %w", a.run.buyerKey[:8], err)
		hub.Broadcast(ctx, a.ann.participants, stepBuyerKey, abortReply(err.Error()))
		return err
	}
	for i, err := range hub.Broadcast(ctx, a.ann.participants, stepBuyerKey, reply(b)) {
		a.log.Info("owner unreachable", "step", stepBuyerKey, "owner", i, "address", a.run.names[i], "err", err)
	}
	return nil
}

// report is the document the buyer gets beside the payload.
type report struct {
	Engine       string     `json:"engine"`
	Params       string     `json:"params"`
	Participants []string   `json:"participants"`
	Threshold    int        `json:"threshold"`
	Contributors []string   `json:"contributors"`
	Output       string     `json:"output_sha256"`
	Plan         PlanDetail `json:"plan"`
}

// Result implements engine.AggregatorRun.
func (a *aggregatorRun) Result(ctx context.Context) (*engine.Result, error) {
	if a.payload == nil {
		return nil, errors.New("he: the round did not complete")
	}
	var parts []string
	for _, i := range a.ann.participants {
		parts = append(parts, a.run.names[i])
	}
	oh := a.out.Hash()
	doc, err := json.Marshal(report{Engine: "he", Params: a.run.params.Name(), Participants: parts, Threshold: a.ann.threshold,
		Contributors: a.contributors, Output: hex.EncodeToString(oh[:]), Plan: detail(a.run.plan, a.run.params)})
	if err != nil {
		return nil, fmt.Errorf("he: report: %w", err)
	}
	return &engine.Result{Payload: slices.Clone(a.payload), Report: doc}, nil
}
