package he

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/dp"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/mhe"
)

// Engine is Veil's he engine: the network-free core of this package wired
// to the job machinery (engine.Engine). Its zero value, registered under
// "he", runs mhe.DefaultParams; no spec can select another parameter set.
type Engine struct {
	// params overrides mhe.DefaultParams in this package's tests (small, insecure
	// rings for speed). It is never reachable from a spec.
	params *mhe.Params
	// now is the clock for gather deadlines (time.Now when nil).
	now func() time.Time
	// tamper, in this package's attack tests only, replaces an owner's
	// ciphertexts before they are masked: a dishonest owner.
	tamper func(self int, residues []uint64) []uint64
}

var _ engine.Engine = Engine{}

func init() { engine.Register(Engine{}) }

var defaultParams = sync.OnceValue(mhe.DefaultParams)

// Name implements engine.Engine.
func (Engine) Name() string { return Name }

// Name is the engine's name in specs, on-chain and in spec.Buyer.Keys.
const Name = "he"

func (e Engine) hp() mhe.Params {
	if e.params != nil {
		return *e.params
	}
	return defaultParams()
}

func (e Engine) clock() time.Time {
	if e.now != nil {
		return e.now()
	}
	return time.Now()
}

// NewOwner implements engine.Engine: it derives the plan, checks that
// env's node key is the one the chain holds for this owner and that the
// table matches the public metadata (columns, row count), and encodes the
// owner's noised statistics at once: the noise is drawn here, before the
// round, so its sampling time is not observable in the protocol, and no
// value of the table can make it fail.
func (e Engine) NewOwner(job *engine.Job, self int, data *dataset.Table, env engine.Env) (engine.OwnerRun, error) {
	r, err := newJobRun(job, e.hp())
	if err != nil {
		return nil, err
	}
	if self < 0 || self >= len(job.Owners) {
		return nil, fmt.Errorf("he: owner index %d outside the job's %d owners", self, len(job.Owners))
	}
	if err := checkNodeKey(env.NodeKey, job.Owners[self]); err != nil {
		return nil, err
	}
	if meta := job.Owners[self].Metadata; data != nil && len(data.Rows) != meta.Rows {
		return nil, fmt.Errorf("he: the dataset has %d rows, its public metadata says %d", len(data.Rows), meta.Rows)
	}
	contrib, err := r.plan.EncodeContribution(data, dp.NewSampler(env.Rand))
	if err != nil {
		return nil, err
	}
	if env.Secrets == nil {
		return nil, errors.New("he: the node gives the engine no secrets store (engine.Env.Secrets)")
	}
	return &ownerRun{e: e, run: r, self: self, contrib: contrib, store: env.Secrets, env: env}, nil
}

func checkNodeKey(key ed25519.PrivateKey, o engine.Owner) error {
	if len(key) != ed25519.PrivateKeySize {
		return errors.New("he: the node has no signing key")
	}
	if !key.Public().(ed25519.PublicKey).Equal(o.NodeKey) {
		return fmt.Errorf("he: this node's key is not the one the registry holds for owner %s", o.Address.Hex())
	}
	return nil
}

// NewAggregator implements engine.Engine.
func (e Engine) NewAggregator(job *engine.Job, env engine.Env) (engine.AggregatorRun, error) {
	r, err := newJobRun(job, e.hp())
	if err != nil {
		return nil, err
	}
	if env.Blob == nil {
		return nil, errors.New("he: the aggregator cannot read the buyer's uploaded key (no blob store)")
	}
	log := env.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &aggregatorRun{e: e, run: r, env: env, log: log}, nil
}
