package fl

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"slices"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/internal/ctxtime"
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
	sendAt := time.Now().Add(o.st.ComputeWindow)
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
	if err := o.waitUntil(ctx, sendAt, r); err != nil {
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

// waitUntil holds the round's first message until the compute window ends,
// so that the aggregator (and anyone watching the wire) sees every owner
// answer at the same offset from the announcement, whatever the time spent
// on its rows and on drawing its noise (the samplers are not constant time).
// A contribution that overran the window is sent at once; the log says so.
func (o *owner) waitUntil(ctx context.Context, at time.Time, r uint32) error {
	wait := time.Until(at)
	if wait <= 0 {
		if o.env.Log != nil {
			o.env.Log.Warn("fl: the contribution took longer than the compute window; its timing is visible", "round", r, "over", -wait)
		}
		return nil
	}
	return ctxtime.Sleep(ctx, wait)
}

// checkThreshold refuses a round whose threshold would let the aggregator
// unmask with fewer survivors than the noise was sized for, or below the
// collusion bound of secure aggregation.
func (o *owner) checkThreshold(a *announcement) error {
	n := len(a.Participants)
	need := secagg.RoundThreshold(n, o.st.Owners, o.st.Dropouts, o.st.Colluders)
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

// contribution is Σ round(γ · clipped gradient), summed exactly in fixed
// point, plus this owner's noise share (int64 arithmetic wraps modulo 2^64,
// which is exact modulo the 2^k secure aggregation works in). No value of a
// row can make it fail: every error here comes from the plan or the
// randomness source.
func (o *owner) contribution() ([]int64, error) {
	params, err := o.hist.params(o.st)
	if err != nil {
		return nil, err
	}
	cfg := o.st.Config
	fs, err := dp.NewFixedPointSum(o.st.Params, cfg.Clip, cfg.Gamma, o.env.Rand)
	if err != nil {
		return nil, err
	}
	add, err := o.sampled(fs.Add)
	if err != nil {
		return nil, err
	}
	if err := ml.ClipEach(o.learner, params, o.rows, cfg.Clip, add); err != nil {
		return nil, err
	}
	v := fs.Sum()
	noise, err := o.sampler.DiscreteGaussianVector(o.st.ShareSigma, len(v))
	if err != nil {
		return nil, err
	}
	for i := range v {
		v[i] += noise[i]
	}
	return v, nil
}

// sampled wraps add for Poisson sampling: each row is kept with the plan's
// rate (exact Bernoulli draws from the owner's randomness), and a row left
// out adds a zero vector through the same code path, so the work, and so the
// time to the (public) compute window, does not depend on the kept count,
// which is secret. Full batch: add itself.
func (o *owner) sampled(add func([]float64)) (func([]float64), error) {
	if o.st.SampleRate == 0 {
		return add, nil
	}
	keep, err := o.sampler.PoissonSample(len(o.rows), o.st.SampleRate)
	if err != nil {
		return nil, err
	}
	zero, i := make([]float64, o.st.Params), 0
	return func(g []float64) {
		if keep[i] {
			add(g)
		} else {
			add(zero)
		}
		i++
	}, nil
}

func (o *owner) send(ctx context.Context, link engine.Link, a *announcement, pos int, v []int64) error {
	if o.eng.plain {
		return link.Send(ctx, "plain", encodeInts(v))
	}
	input, err := secagg.EncodeModular(v, o.st.ModBits)
	if err != nil {
		return err
	}
	peers := make([]ed25519.PublicKey, len(a.Participants))
	for i, p := range a.Participants {
		peers[i] = o.job.Owners[p].NodeKey
	}
	session := secagg.Session{JobID: sessionID(o.job), Round: uint64(a.Round)}
	p, err := o.st.roundParams(len(peers), a.T, session)
	if err != nil {
		return err
	}
	c, err := secagg.NewClient(p, session, pos, o.env.NodeKey, peers, o.env.Rand)
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
