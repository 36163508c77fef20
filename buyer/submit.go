package buyer

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/spec"
	"github.com/veil-market/veil/wire"
)

// Submission is everything Submit needs.
type Submission struct {
	Market   *chain.Market // with the buyer's sender
	Registry Registry
	Home     *home.Home
	Secrets  *home.Secrets
	Spec     *spec.Spec
}

// Submitted is what a submission did.
type Submitted struct {
	ID       uint64   `json:"id"`
	Tx       string   `json:"tx"`
	Payment  string   `json:"payment"`
	Rounds   int      `json:"rounds"`
	Deadline uint64   `json:"deadline"`
	SpecHash string   `json:"spec_sha256"`
	Defaults []string `json:"defaults,omitempty"` // privacy fields the spec left out, as filled in
	Quote    *Quote   `json:"-"`
	Spec     []byte   `json:"-"`
}

// Submit checks the spec, adds the buyer's keys, escrows the payment and
// submits; nothing is sent if any check fails.
func Submit(ctx context.Context, sub Submission) (*Submitted, error) {
	q, err := Check(ctx, sub.Market, sub.Home.Config.DeployBlock, sub.Spec)
	if err != nil {
		return nil, err
	}
	pay, err := payment(sub.Spec, q)
	if err != nil {
		return nil, err
	}
	if err := sub.addKeys(ctx, q); err != nil {
		return nil, err
	}
	doc, err := sub.Spec.Encode()
	if err != nil {
		return nil, err
	}
	params, err := jobParams(ctx, sub.Market, sub.Spec, q, doc)
	if err != nil {
		return nil, err
	}
	id, rcpt, err := sub.Market.SubmitJob(ctx, params, doc, pay)
	if err != nil {
		return nil, err
	}
	h := spec.Hash(doc)
	return &Submitted{ID: id, Tx: rcpt.TxHash.Hex(), Payment: chain.FormatCoins(pay), Rounds: q.Plan.Rounds,
		Deadline: params.Deadline, SpecHash: fmt.Sprintf("%x", h), Defaults: sub.Spec.DefaultsApplied(), Quote: q, Spec: doc}, nil
}

func payment(s *spec.Spec, q *Quote) (*big.Int, error) {
	if s.Pay == "" {
		return q.Required, nil
	}
	pay, err := chain.ParseCoins(s.Pay)
	if err != nil {
		return nil, fmt.Errorf("field \"pay\": %w", err)
	}
	if pay.Cmp(q.Required) < 0 {
		return nil, fmt.Errorf("field \"pay\": %s coins is below the %s the job costs (prices %s + fees %s + submission fees %s)", s.Pay,
			chain.FormatCoins(q.Required), chain.FormatCoins(q.Prices), chain.FormatCoins(q.Fees), chain.FormatCoins(q.SubmitFees))
	}
	return pay, nil
}

// addKeys puts the buyer's address and age recipient in the spec, and lets the
// engine add its own keys (uploaded to the aggregator).
func (sub *Submission) addKeys(ctx context.Context, q *Quote) error {
	sub.Spec.Buyer = &spec.Buyer{Address: sub.Home.Address().Hex(), AgeRecipient: sub.Secrets.Identity.Recipient().String()}
	env := engine.BuyerEnv{Store: FileKV(sub.Home.StateDir(), "buyer-"+q.Engine.Name(), sub.Secrets.Identity), Upload: sub.uploader(q)}
	return q.Engine.PrepareBuyer(ctx, sub.Spec, env)
}

func (sub *Submission) uploader(q *Quote) func(ctx context.Context, data []byte) (string, [32]byte, error) {
	return func(ctx context.Context, data []byte) (string, [32]byte, error) {
		agg := q.Compute[0]
		endpoint, err := sub.Registry.Endpoint(ctx, agg)
		if err != nil {
			return "", [32]byte{}, err
		}
		c := wire.BlobClient{Identity: wire.Identity{Address: sub.Home.Address(), Key: sub.Secrets.NodeKey}, Account: sub.Secrets.Account, Registry: sub.Registry}
		digest, err := c.Put(ctx, endpoint, agg, data)
		if err != nil {
			return "", digest, fmt.Errorf("uploading to the aggregator %s: %w", agg.Hex(), err)
		}
		return fmt.Sprintf("veil-node://%s/%x", agg.Hex(), digest), digest, nil
	}
}

func jobParams(ctx context.Context, m *chain.Market, s *spec.Spec, q *Quote, doc []byte) (chain.JobParams, error) {
	var p chain.JobParams
	bit, _ := chain.ParseEngine(s.Engine)
	eps, err := chain.EpsilonToMicro(s.Privacy.Epsilon)
	if err != nil {
		return p, fmt.Errorf("field \"privacy.epsilon\": %w", err)
	}
	delta, err := chain.DeltaToFixed(s.Privacy.Delta)
	if err != nil {
		return p, fmt.Errorf("field \"privacy.delta\": %w", err)
	}
	deadline, err := deadlineOf(ctx, m, s)
	if err != nil {
		return p, err
	}
	ds := make([]*big.Int, len(s.Datasets))
	for i, id := range s.Datasets {
		ds[i] = new(big.Int).SetUint64(id)
	}
	// MaxTotal is the quote: an owner or node that raises its price before the
	// submission is mined makes the contract refuse it (PriceAboveMax) instead of
	// taking the raise out of any excess payment.
	return chain.JobParams{SpecHash: spec.Hash(doc), Engine: bit, Datasets: ds, Epsilon: eps, Delta: delta,
		Rounds: uint32(q.Plan.Rounds), Dropouts: uint16(s.Privacy.Dropouts), Colluders: uint16(s.Privacy.C()),
		Compute: q.Compute, Deadline: deadline, MaxTotal: q.Required}, nil
}

// deadlineSlack is added to a deadline at the contract's minimum: the
// submission is mined a few blocks after the head it was computed from.
const deadlineSlack = 30 * time.Second

// deadlineOf turns the spec's duration (default: the contract's minimum, at
// least 30 minutes) into a chain timestamp.
func deadlineOf(ctx context.Context, m *chain.Market, s *spec.Spec) (uint64, error) {
	cfg, err := m.Config(ctx)
	if err != nil {
		return 0, err
	}
	d := max(cfg.MinJobDuration, 30*time.Minute)
	if s.Deadline != "" {
		if d, err = time.ParseDuration(s.Deadline); err != nil || d <= 0 {
			return 0, fmt.Errorf("field \"deadline\": %q is not a duration like 2h", s.Deadline)
		}
	}
	if d < cfg.MinJobDuration || d > cfg.MaxJobDuration {
		return 0, fmt.Errorf("field \"deadline\": %s is outside the contract's bounds [%s, %s]", d, cfg.MinJobDuration, cfg.MaxJobDuration)
	}
	d = min(max(d, cfg.MinJobDuration+deadlineSlack), cfg.MaxJobDuration)
	head, err := m.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, err
	}
	return head.Time + uint64(d/time.Second), nil
}
