package enginetest

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// Pair is a test engine with two compute parties and an attested peer: the
// shape of mpc (owners split their input between two compute nodes, which
// talk to each other) and of tee (a compute node proves what it runs before
// any data reaches it). Each owner splits its row count into two additive
// shares mod 2⁶⁴ and sends one to the lead (compute node 0) and the other to
// the helper (compute node 1), but only once the helper's attestation checks
// out: a report from the platform the engine pins (Root), of the code it
// pins (Measurement), binding the owner's fresh challenge. The helper sends
// the lead the shares it got; the lead adds each owner's two shares, refuses
// any count that is not the owner's public row count, and goes on as Toy.
// The lead checks the helper's attestation too, and vouches for it in its
// result once it had the helper's shares in every round.
//
// Row counts are public, so the sharing hides nothing: Pair exercises the
// seam (roles, channels, attestation, helper steps), not privacy.
type Pair struct {
	EngineName  string
	Root        ed25519.PublicKey // the platform key reports must chain to
	Measurement [32]byte          // the helper's code
	// RoundTimeout bounds each waiting step of a round (0: 4 s).
	RoundTimeout time.Duration
}

var (
	_ engine.Engine       = Pair{}
	_ engine.HelperEngine = Pair{}
)

// PairMeasurement is the measurement the conformance row pins.
var PairMeasurement = sha256.Sum256([]byte("enginetest pair helper v1"))

// Name implements engine.Engine.
func (p Pair) Name() string { return p.EngineName }

func (p Pair) timeout() time.Duration {
	if p.RoundTimeout > 0 {
		return p.RoundTimeout
	}
	return 4 * time.Second
}

// Plan implements engine.Engine: compute node 0 leads, 1 helps; any further
// compute node idles.
func (p Pair) Plan(s *spec.Spec, metas []*dataset.Metadata) (engine.Plan, error) {
	plan, err := Toy{}.Plan(s, metas)
	if err != nil {
		return plan, err
	}
	if len(s.Compute) < 2 {
		return plan, fmt.Errorf("spec: field \"compute\": %s needs two compute nodes, got %d", p.EngineName, len(s.Compute))
	}
	plan.RoundTimeout, plan.Compute = p.timeout(), []engine.Role{engine.RoleLead, engine.RoleHelper}
	return plan, nil
}

// verify checks that evidence is a report of the pinned code on the pinned
// platform, binding c.
func (p Pair) verify(c engine.Challenge, evidence []byte) error {
	m, data, err := VerifyFakeReport(p.Root, evidence)
	switch {
	case err != nil:
		return err
	case m != p.Measurement:
		return fmt.Errorf("pair: the helper runs code of measurement %x, not the pinned %x", m[:8], p.Measurement[:8])
	case data != c.ReportData(nil):
		return errors.New("pair: the helper's report does not bind this challenge (stale or replayed)")
	}
	return nil
}

// checker is the Verifier of every Pair run: the helper (compute node 1)
// must attest; the lead need not.
type checker struct {
	p     Pair
	ofJob *engine.Job
}

func (c checker) Verify(_ context.Context, ch engine.Challenge, evidence []byte) error {
	if len(c.ofJob.Compute) > 1 && ch.Prover == c.ofJob.Compute[1].Address {
		return c.p.verify(ch, evidence)
	}
	return nil
}

// NewOwner implements engine.Engine.
func (p Pair) NewOwner(job *engine.Job, self int, data *dataset.Table, env engine.Env) (engine.OwnerRun, error) {
	return &pairOwner{checker: checker{p, job}, rows: uint64(data.Len()), rand: env.Rand}, nil
}

type pairOwner struct {
	checker
	rows, total uint64
	rand        io.Reader
}

func (o *pairOwner) Round(ctx context.Context, r uint32, announce []byte, link engine.Link) error {
	helper := link.To(1)
	ectx, cancel := context.WithTimeout(ctx, o.p.timeout())
	defer cancel()
	if ev, err := helper.Evidence(ectx); err != nil || len(ev) == 0 {
		return fmt.Errorf("pair: no link to the helper with a checked attestation: %w", err)
	}
	var b [8]byte
	if _, err := io.ReadFull(o.rand, b[:]); err != nil {
		return err
	}
	lead := binary.BigEndian.Uint64(b[:])
	if err := helper.Send(ctx, "share", binary.BigEndian.AppendUint64(nil, o.rows-lead)); err != nil {
		return err
	}
	if err := link.Send(ctx, "share", b[:]); err != nil {
		return err
	}
	t, err := link.Recv(ctx, "total", 8)
	if err != nil {
		return err
	}
	if len(t) != 8 {
		return errors.New("pair: the lead sent a malformed total")
	}
	o.total = binary.BigEndian.Uint64(t)
	return nil
}

func (o *pairOwner) Payload(context.Context) ([]byte, error) {
	return binary.BigEndian.AppendUint64(nil, o.total), nil
}

// NewHelper implements engine.HelperEngine.
func (p Pair) NewHelper(job *engine.Job, self int, env engine.Env) (engine.HelperRun, error) {
	if self != 1 {
		return nil, fmt.Errorf("pair: compute node %d is not the helper", self)
	}
	return &pairHelper{checker: checker{p, job}, platform: env.Platform, trail: sha256.New()}, nil
}

type pairHelper struct {
	checker
	platform engine.Platform
	trail    interface {
		io.Writer
		Sum([]byte) []byte
	}
}

// Prove implements engine.Prover: a platform report binding the challenge.
func (h *pairHelper) Prove(ctx context.Context, c engine.Challenge) ([]byte, error) {
	if h.platform == nil {
		return nil, errors.New("pair: the helper's node has no attestation platform")
	}
	return h.platform.Report(ctx, c.ReportData(nil))
}

// Round gathers the owners' shares and sends them to the lead.
func (h *pairHelper) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	got, _ := hub.Gather(ctx, "share", hub.Live(), 8, time.Now().Add(h.p.timeout()))
	msg := encodeShares(got)
	h.trail.Write(msg)
	return hub.Peer(0).Send(ctx, "shares", msg)
}

// Step is the hash of every message the helper sent the lead.
func (h *pairHelper) Step(context.Context) (engine.Step, error) {
	return engine.Step{Hash: sha256.Sum256(append([]byte("pair helper step"), h.trail.Sum(nil)...))}, nil
}

// encodeShares is (owner u32, share u64) for each 8-byte share, by owner.
func encodeShares(got map[int][]byte) []byte {
	owners := make([]int, 0, len(got))
	for i, b := range got {
		if len(b) == 8 {
			owners = append(owners, i)
		}
	}
	slices.Sort(owners)
	var out []byte
	for _, i := range owners {
		out = binary.BigEndian.AppendUint32(out, uint32(i))
		out = append(out, got[i]...)
	}
	return out
}

// decodeShares reads encodeShares' output for n owners, refusing anything else.
func decodeShares(b []byte, n int) (map[int]uint64, error) {
	if len(b)%12 != 0 || len(b)/12 > n {
		return nil, fmt.Errorf("pair: the helper sent %d bytes of shares for %d owners", len(b), n)
	}
	out := map[int]uint64{}
	last := -1
	for ; len(b) > 0; b = b[12:] {
		i := int(binary.BigEndian.Uint32(b))
		if i <= last || i >= n {
			return nil, fmt.Errorf("pair: the helper's shares name owner %d out of order or range", i)
		}
		out[i], last = binary.BigEndian.Uint64(b[4:]), i
	}
	return out, nil
}

// NewAggregator implements engine.Engine.
func (p Pair) NewAggregator(job *engine.Job, env engine.Env) (engine.AggregatorRun, error) {
	t, err := Toy{}.NewAggregator(job, env)
	if err != nil {
		return nil, err
	}
	return &pairLead{toyAggregator: t.(*toyAggregator), checker: checker{p, job}}, nil
}

type pairLead struct {
	*toyAggregator
	checker
	helped uint32 // rounds in which the helper's shares arrived
}

// Round adds each owner's share to the helper's, then settles as Toy.
func (a *pairLead) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	hctx, cancel := context.WithTimeout(ctx, 2*a.p.timeout())
	defer cancel()
	helper := hub.Peer(1)
	if ev, err := helper.Evidence(hctx); err != nil || len(ev) == 0 {
		return fmt.Errorf("pair: no channel to the helper with a checked attestation: %w", err)
	}
	got, failed := hub.Gather(ctx, "share", a.participants(r, hub), 8, time.Now().Add(a.p.timeout()))
	a.dropouts(r, failed, hub.Live())
	b, err := helper.Recv(hctx, "shares", 12*len(a.job.Owners))
	if err != nil {
		return fmt.Errorf("pair: round %d: the helper's shares: %w", r, err)
	}
	theirs, err := decodeShares(b, len(a.job.Owners))
	if err != nil {
		return err
	}
	a.helped++
	counts := map[int][]byte{}
	for i, mine := range got {
		share, ok := theirs[i]
		if !ok || len(mine) != 8 {
			a.excluded[i] = true
			a.log.Warn("pair: owner excluded", "round", r, "owner", i, "address", a.job.Owners[i].Address.Hex(),
				"err", fmt.Sprintf("%d bytes for its share; the helper has its other share: %v", len(mine), ok))
			continue
		}
		counts[i] = binary.BigEndian.AppendUint64(nil, binary.BigEndian.Uint64(mine)+share)
	}
	return a.settle(ctx, r, hub, counts)
}

// Result vouches for the helper once its shares came in every round.
func (a *pairLead) Result(ctx context.Context) (*engine.Result, error) {
	res, err := a.toyAggregator.Result(ctx)
	if err == nil && a.helped == uint32(a.job.Plan.Rounds) {
		res.Vouched = []int{1}
	}
	return res, err
}

// PrepareBuyer implements engine.Engine.
func (p Pair) PrepareBuyer(context.Context, *spec.Spec, engine.BuyerEnv) error { return nil }

// Finalize implements engine.Engine.
func (p Pair) Finalize(ctx context.Context, job *engine.Job, payload []byte, env engine.BuyerEnv) (*engine.Output, error) {
	return Toy{}.Finalize(ctx, job, payload, env)
}
