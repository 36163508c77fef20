package fl

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"slices"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/secagg"
)

// owner is an owner's side of an fl job.
type owner struct {
	eng     Engine
	job     *engine.Job
	st      *Setup
	self    int
	env     engine.Env
	learner ml.Learner
	rows    []ml.Example
	sampler *dp.Sampler
	hist    history
	maxMsg  int
}

func newOwner(e Engine, job *engine.Job, st *Setup, self int, data *dataset.Table, env engine.Env) (*owner, error) {
	rows, err := st.initial.ExamplesInPlace(data) // the node hands data over: no copy
	if err != nil {
		return nil, fmt.Errorf("fl: the owner's data does not fit the model: %w", err)
	}
	if len(rows) != job.Owners[self].Metadata.Rows {
		return nil, fmt.Errorf("fl: the dataset has %d rows, its public metadata says %d", len(rows), job.Owners[self].Metadata.Rows)
	}
	l, err := st.initial.Learner()
	if err != nil {
		return nil, err
	}
	return &owner{eng: e, job: job, st: st, self: self, env: env, learner: l, rows: rows, sampler: dp.NewSampler(env.Rand),
		maxMsg: int(job.Plan.MaxMessage)}, nil
}

// Round implements engine.OwnerRun.
func (o *owner) Round(ctx context.Context, r uint32, announce []byte, link engine.Link) error {
	a, err := decodeAnnouncement(announce, len(o.job.Owners), o.st.Params, o.st.Config.Rounds)
	if err != nil {
		return fmt.Errorf("fl: the aggregator's announcement of round %d: %w", r, err)
	}
	if err := o.catchUp(a, r); err != nil {
		return err
	}
	pos := slices.Index(a.Participants, o.self)
	if a.Skip || pos < 0 {
		return engine.ErrSitOut
	}
	if err := o.checkThreshold(a); err != nil {
		return err
	}
	input, err := o.contribution()
	if err != nil {
		return err
	}
	if err := o.send(ctx, link, a, pos, input); err != nil {
		return err
	}
	return o.learn(ctx, link, r)
}

// catchUp merges the announced releases with ours; a release that differs from
// one the aggregator already gave us means it is lying to someone.
func (o *owner) catchUp(a *announcement, r uint32) error {
	if a.Round != r {
		return fmt.Errorf("fl: announcement for round %d arrived as round %d", a.Round, r)
	}
	mine := map[uint32]release{}
	for _, rel := range o.hist.releases {
		mine[rel.Round] = rel
	}
	var h history
	for _, rel := range a.History {
		if rel.Round >= r || (len(h.releases) > 0 && rel.Round <= h.known) {
			return fmt.Errorf("fl: the aggregator's history of round %d is out of order", r)
		}
		if m, ok := mine[rel.Round]; ok && (m.Rows != rel.Rows || !slices.Equal(m.Sum, rel.Sum)) {
			return fmt.Errorf("fl: the aggregator now reports round %d differently from what it released to us", rel.Round)
		}
		if err := h.add(rel); err != nil {
			return err
		}
	}
	for round, m := range mine {
		if !slices.ContainsFunc(h.releases, func(x release) bool { return x.Round == round }) {
			return fmt.Errorf("fl: the aggregator's history drops round %d that it released to us (%d rows)", round, m.Rows)
		}
	}
	h.known = r - 1
	o.hist = h
	return nil
}

// checkThreshold refuses a round whose threshold would let the aggregator
// unmask with fewer survivors than the noise was sized for, or below the
// collusion bound of secure aggregation.
func (o *owner) checkThreshold(a *announcement) error {
	n := len(a.Participants)
	need := max(secagg.Threshold(n, o.st.Colluders), o.st.Owners-o.st.Dropouts)
	if a.T < need || a.T > n {
		return fmt.Errorf("fl: round %d: threshold %d for %d participants is unsafe (need %d ≤ t ≤ %d); refusing to take part", a.Round, a.T, n, need, n)
	}
	seen := map[int]bool{}
	for _, p := range a.Participants {
		if seen[p] {
			return fmt.Errorf("fl: round %d names owner %d twice", a.Round, p)
		}
		seen[p] = true
	}
	return nil
}

// contribution is round(γ · Σ clipped gradients) + this owner's noise share, as
// integers modulo 2^k.
func (o *owner) contribution() ([]int64, error) {
	params, err := o.hist.params(o.st)
	if err != nil {
		return nil, err
	}
	cfg := o.st.Config
	sum, err := ml.ClipAndSum(o.learner, params, o.rows, cfg.Clip)
	if err != nil {
		return nil, err
	}
	bound, err := dp.RoundingNormBound(float64(len(o.rows))*cfg.Clip, cfg.Gamma, len(sum), roundingBeta)
	if err != nil {
		return nil, err
	}
	v, err := dp.ScaleAndRound(sum, cfg.Gamma, bound, o.sampler)
	if err != nil {
		return nil, err
	}
	noise, err := o.sampler.DiscreteGaussianVector(o.st.ShareSigma, len(v))
	if err != nil {
		return nil, err
	}
	for i := range v {
		v[i] += noise[i]
	}
	return v, nil
}

func (o *owner) send(ctx context.Context, link engine.Link, a *announcement, pos int, v []int64) error {
	if o.eng.plain {
		return link.Send(ctx, "plain", encodeInts(v))
	}
	input, err := secagg.EncodeSigned(v, o.st.ModBits)
	if err != nil {
		return err
	}
	peers := make([]ed25519.PublicKey, len(a.Participants))
	for i, p := range a.Participants {
		peers[i] = o.job.Owners[p].NodeKey
	}
	p := secagg.Params{N: len(peers), T: a.T, ModBits: o.st.ModBits, VectorLen: o.st.Params}
	c, err := secagg.NewClient(p, secagg.Session{JobID: sessionID(o.job), Round: uint64(a.Round)}, pos, o.env.NodeKey, peers, o.env.Rand)
	if err != nil {
		return err
	}
	return o.mask(ctx, link, c, input)
}

// mask runs the four rounds of secure aggregation and the consistency check.
func (o *owner) mask(ctx context.Context, link engine.Link, c *secagg.Client, input []uint64) error {
	msg, err := c.AdvertiseKeys()
	steps := []struct {
		send, recv string
		next       func([]byte) ([]byte, error)
	}{
		{"advertise", "keys", c.ShareKeys},
		{"shares", "myshares", func(b []byte) ([]byte, error) { return c.MaskInput(b, input) }},
		{"masked", "survivors", c.ConsistencyCheck},
		{"check", "unmask-req", c.Unmask},
	}
	for _, s := range steps {
		if err != nil {
			return err
		}
		if err := link.Send(ctx, s.send, msg); err != nil {
			return err
		}
		in, err := link.Recv(ctx, s.recv, o.maxMsg)
		if err != nil {
			return err
		}
		msg, err = s.next(in)
	}
	if err != nil {
		return err
	}
	return link.Send(ctx, "unmask", msg)
}

// learn takes the round's released sum: the model steps from it.
func (o *owner) learn(ctx context.Context, link engine.Link, r uint32) error {
	b, err := link.Recv(ctx, "outcome", o.maxMsg)
	if err != nil {
		return err
	}
	out, err := decodeOutcome(b, o.st.Params)
	if err != nil {
		return fmt.Errorf("fl: the aggregator's outcome of round %d: %w", r, err)
	}
	if out.Failed {
		o.hist.known = r
		return nil
	}
	if out.Release.Round != r {
		return fmt.Errorf("fl: outcome of round %d arrived as round %d", out.Release.Round, r)
	}
	return o.hist.add(out.Release)
}

// Payload implements engine.OwnerRun: the final model, recomputed here.
func (o *owner) Payload(ctx context.Context) ([]byte, error) { return o.hist.payload(o.st) }
