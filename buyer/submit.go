package buyer

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/internal/specuri"
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
	// SpecURI, if set, is where the daemons read the spec (http or https):
	// the document is not put on-chain, only its hash and this URI. It must
	// serve exactly the document Prepare returns (Submit checks).
	SpecURI string
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

// Prepared is a spec ready to submit: checked, with the buyer's keys added,
// and the blobs the aggregator must receive once the job is on-chain.
type Prepared struct {
	Quote   *Quote
	Doc     []byte // the spec document whose hash goes on-chain
	Pay     *big.Int
	uploads []staged
}

// Prepare checks the spec, adds the buyer's keys and checks the result again;
// nothing leaves this machine. The engines' uploads (the he buyer key) are
// staged: they go to the aggregator only once the job naming it is on-chain,
// since a node accepts uploads only from the buyer of such a job.
func Prepare(ctx context.Context, sub Submission) (*Prepared, error) {
	q, err := Check(ctx, sub.Market, sub.Home.Config.DeployBlock, sub.Spec)
	if err != nil {
		return nil, err
	}
	pay, err := payment(sub.Spec, q)
	if err != nil {
		return nil, err
	}
	p := &Prepared{Quote: q, Pay: pay}
	if err := sub.addKeys(ctx, q, p); err != nil {
		return nil, err
	}
	if q.Plan, err = q.Engine.Plan(sub.Spec, q.Metas); err != nil {
		return nil, fmt.Errorf("the spec with the buyer's keys: %w", err)
	}
	if p.Doc, err = sub.Spec.Encode(); err != nil {
		return nil, err
	}
	if len(p.Doc) > spec.MaxSize {
		return nil, fmt.Errorf("the spec with the buyer's keys is %d bytes, more than the %d a node reads", len(p.Doc), spec.MaxSize)
	}
	return p, nil
}

// Submit prepares the spec, escrows the payment and submits, then uploads
// what the engine staged to the aggregator; nothing is sent if a check fails.
func Submit(ctx context.Context, sub Submission) (*Submitted, error) {
	p, err := Prepare(ctx, sub)
	if err != nil {
		return nil, err
	}
	q, doc := p.Quote, p.Doc
	params, err := jobParams(ctx, sub.Market, sub.Spec, q, doc)
	if err != nil {
		return nil, err
	}
	inline := doc
	if sub.SpecURI != "" {
		if err := CheckSpecURI(ctx, sub.SpecURI, doc); err != nil {
			return nil, err
		}
		params.SpecURI, inline = sub.SpecURI, nil
	}
	id, rcpt, err := sub.Market.SubmitJob(ctx, params, inline, p.Pay)
	if err != nil {
		return nil, err
	}
	res := &Submitted{ID: id, Tx: rcpt.TxHash.Hex(), Payment: chain.FormatCoins(p.Pay), Rounds: q.Plan.Rounds,
		Deadline: params.Deadline, SpecHash: fmt.Sprintf("%x", spec.Hash(doc)),
		Defaults: sub.Spec.DefaultsApplied(), Quote: q, Spec: doc}
	if err := sub.upload(ctx, q, id, p.uploads); err != nil {
		return res, fmt.Errorf("job %d is submitted but a compute node did not get the buyer's upload, so it will not accept the job "+
			"(the escrow comes back when the acceptance window closes unaccepted): %w", id, err)
	}
	return res, nil
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
// engine add its own keys (staged for the compute nodes it names).
func (sub *Submission) addKeys(ctx context.Context, q *Quote, p *Prepared) error {
	sub.Spec.Buyer = &spec.Buyer{Address: sub.Home.Address().Hex(), AgeRecipient: sub.Secrets.Identity.Recipient().String()}
	vault, err := sub.Home.Vault(sub.Secrets, "buyer-"+q.Engine.Name())
	if err != nil {
		return err
	}
	return q.Engine.PrepareBuyer(ctx, sub.Spec, engine.BuyerEnv{Secrets: vault, Upload: p.stage(q.Compute)})
}

// staged is a blob for one of the job's compute nodes, uploaded once the job
// is on-chain.
type staged struct {
	to     common.Address
	data   []byte
	digest [32]byte
}

// stage is the engines' Upload: it returns the URI the blob will have on
// compute node `to` (veil-node://<address>/<sha256>) and keeps the bytes.
func (p *Prepared) stage(compute []common.Address) func(ctx context.Context, to int, data []byte) (string, [32]byte, error) {
	return func(ctx context.Context, to int, data []byte) (string, [32]byte, error) {
		if to < 0 || to >= len(compute) {
			return "", [32]byte{}, fmt.Errorf("an upload for compute node %d; the spec names %d", to, len(compute))
		}
		digest := sha256.Sum256(data)
		p.uploads = append(p.uploads, staged{to: compute[to], data: data, digest: digest})
		return fmt.Sprintf("veil-node://%s/%x", compute[to].Hex(), digest), digest, nil
	}
}

// upload sends the staged blobs of job id to their compute nodes.
func (sub *Submission) upload(ctx context.Context, q *Quote, id uint64, blobs []staged) error {
	c := wire.BlobClient{Identity: wire.Identity{Address: sub.Home.Address(), Key: sub.Secrets.NodeKey}, Account: sub.Secrets.Account, Registry: sub.Registry}
	for _, b := range blobs {
		endpoint, err := sub.Registry.Endpoint(ctx, b.to)
		if err != nil {
			return err
		}
		if _, err := c.Put(ctx, endpoint, b.to, id, b.data); err != nil {
			return fmt.Errorf("uploading to compute node %s: %w", b.to.Hex(), err)
		}
	}
	return nil
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

// CheckSpecURI checks that uri serves exactly doc, the spec about to be
// submitted, as the daemons will fetch it (buyers may use local addresses).
func CheckSpecURI(ctx context.Context, uri string, doc []byte) error {
	if _, err := (specuri.Fetcher{AllowPrivate: true}).Fetch(ctx, uri, spec.Hash(doc)); err != nil {
		return fmt.Errorf("%w; publish the spec document (veil job submit --spec-out FILE) at that URI first", err)
	}
	return nil
}
