package he

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/veil-market/veil/engine"
)

// aggregatorRun is the aggregator's side of an he job
// (engine.AggregatorRun). It relays and checks; it holds no secret and
// sees only ciphertexts, commitments and signatures.
type aggregatorRun struct {
	e       Engine
	run     *jobRun
	env     engine.Env
	live    []int
	setup   string // "reused" or "generated": how the collective key came about
	agg     *Aggregate
	out     *Output
	payload []byte
}

var _ engine.AggregatorRun = (*aggregatorRun)(nil)

// Announce implements engine.AggregatorRun: the committee, the parameter
// set, the buyer key's hash and the owners taking part.
func (a *aggregatorRun) Announce(r uint32, live []int) ([]byte, error) {
	a.live = slices.Sorted(slices.Values(live))
	a.live = slices.Compact(a.live)
	c := a.run.committee
	return announcement{committee: c.ID(), params: c.params.ID(), buyerKey: a.run.buyerKey, participants: a.live}.encode(), nil
}

// Round implements engine.AggregatorRun.
func (a *aggregatorRun) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	if r != 1 || a.payload != nil {
		return fmt.Errorf("he: round %d: the he engine runs one round, once", r)
	}
	if missing := a.run.missing(a.live); len(missing) > 0 {
		return fmt.Errorf("he: owners %q are not connected; the key switch needs every accepted owner (N-of-N)", missing)
	}
	buyer, err := a.sendBuyerKey(ctx, hub)
	if err != nil {
		return err
	}
	if err := a.setupKeys(ctx, hub); err != nil {
		return err
	}
	agg, err := a.collectInputs(ctx, hub)
	if err != nil {
		return err
	}
	return a.keySwitch(ctx, hub, agg, buyer)
}

// sendBuyerKey reads the key the buyer uploaded here, checks it against
// the spec's hash and parameter set, and passes it to the owners.
func (a *aggregatorRun) sendBuyerKey(ctx context.Context, hub engine.Hub) (*BuyerPublicKey, error) {
	b, err := a.env.Blob(ctx, a.run.buyerKey)
	if err != nil {
		err = fmt.Errorf("he: reading the buyer's uploaded key %x: %w", a.run.buyerKey[:8], err)
		return nil, a.abort(ctx, hub, stepBuyerKey, err)
	}
	buyer, err := ParseBuyerPublicKey(a.run.params, b, a.run.buyerKey)
	if err != nil {
		return nil, a.abort(ctx, hub, stepBuyerKey, err)
	}
	return buyer, a.broadcast(ctx, hub, stepBuyerKey, b, stepSetup)
}

// keySwitch gathers every member's key-switch share (N-of-N), combines
// them and sends them to every owner, who recombines them itself.
func (a *aggregatorRun) keySwitch(ctx context.Context, hub engine.Hub, agg *Aggregate, buyer *BuyerPublicKey) error {
	c := a.run.committee
	shares, err := a.gatherSigned(ctx, hub, stepPCKS, a.run.maxMessage(), func(s Signed) error {
		if err := c.verifyFrom(s, tagPCKS, c.pcksContext(agg, buyer)...); err != nil {
			return err
		}
		return a.run.checkCiphertexts(kindPCKSShare, s, agg.Ciphertexts())
	})
	if err != nil {
		return a.abort(ctx, hub, stepPCKSAll, err)
	}
	out, err := AggregatePCKS(c, agg, buyer, shares)
	if err != nil {
		return a.abort(ctx, hub, stepPCKSAll, err)
	}
	if err := a.broadcast(ctx, hub, stepPCKSAll, encodeSignedList(shares), ""); err != nil {
		return err
	}
	a.agg, a.out = agg, out
	a.payload = resultPayload{contributors: agg.Owners(), output: out.Bytes()}.encode()
	return nil
}

// report is the document the buyer gets beside the payload.
type report struct {
	Engine       string     `json:"engine"`
	Params       string     `json:"params"`
	Committee    string     `json:"committee"`
	Key          string     `json:"collective_key"` // "reused" or "generated"
	Contributors []string   `json:"contributors"`
	Aggregate    string     `json:"aggregate_sha256"`
	Output       string     `json:"output_sha256"`
	Plan         PlanDetail `json:"plan"`
}

// Result implements engine.AggregatorRun.
func (a *aggregatorRun) Result(ctx context.Context) (*engine.Result, error) {
	if a.payload == nil {
		return nil, errors.New("he: the round did not complete")
	}
	ah, oh := a.agg.Hash(), a.out.Hash()
	doc, err := json.Marshal(report{Engine: "he", Params: a.run.params.Name(), Committee: a.run.committee.IDHex(), Key: a.setup,
		Contributors: a.agg.Owners(), Aggregate: hex.EncodeToString(ah[:]), Output: hex.EncodeToString(oh[:]),
		Plan: a.run.plan.detail(a.run.params)})
	if err != nil {
		return nil, fmt.Errorf("he: report: %w", err)
	}
	return &engine.Result{Payload: append([]byte(nil), a.payload...), Report: doc}, nil
}

// checkCiphertexts decodes a signed vector of ciphertexts (an input or a
// key-switch share) and checks it has k of them.
func (r *jobRun) checkCiphertexts(k kind, s Signed, want int) error {
	cts, err := r.params.decodeCiphertexts(k, s.Payload)
	if err != nil {
		return err
	}
	if len(cts) != want {
		return fmt.Errorf("%w: %d ciphertexts, the job needs %d", ErrShapeMismatch, len(cts), want)
	}
	return nil
}

// checkInput is the aggregator's check of one input before summing: a
// member's signature for this job, well-formed ciphertexts, the job's shape,
// and the object its owner committed to.
func (r *jobRun) checkInput(s Signed, commit commitment) error {
	id := r.committee.ID()
	if err := r.committee.verifyFrom(s, tagInput, id[:], r.jobID); err != nil {
		return err
	}
	if sha256.Sum256(s.Payload) != commit.object {
		return ErrCommitment
	}
	return r.checkCiphertexts(kindInput, s, r.ciphertexts())
}
