package fl

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// Engine is the fl engine. Its zero value is the one users run.
type Engine struct {
	// RoundTimeout bounds each waiting step of a round (default 30 s); tests
	// shorten it.
	RoundTimeout time.Duration
	// ComputeWindow replaces the plan's compute window (sized from the job's
	// rows and parameters) when > 0; tests shorten it.
	ComputeWindow time.Duration
	// plain sums the owners' noisy vectors without secure aggregation. It exists
	// only to measure what secure aggregation costs (the overhead benchmark);
	// it is never registered.
	plain bool
}

var _ engine.Engine = Engine{}

func init() { engine.Register(Engine{}) }

// Name implements engine.Engine.
func (Engine) Name() string { return "fl" }

// PrepareBuyer implements engine.Engine: fl results are sealed with the
// buyer's age key only, which the spec already carries.
func (Engine) PrepareBuyer(ctx context.Context, s *spec.Spec, env engine.BuyerEnv) error { return nil }

// NewOwner implements engine.Engine.
func (e Engine) NewOwner(job *engine.Job, self int, data *dataset.Table, env engine.Env) (engine.OwnerRun, error) {
	st, err := setupOf(job)
	if err != nil {
		return nil, err
	}
	return newOwner(e, job, st, self, data, env)
}

// NewAggregator implements engine.Engine.
func (e Engine) NewAggregator(job *engine.Job, env engine.Env) (engine.AggregatorRun, error) {
	st, err := setupOf(job)
	if err != nil {
		return nil, err
	}
	return newAggregator(e, job, st, env), nil
}

// sessionID binds secure aggregation to one job: its id and its buyer.
func sessionID(job *engine.Job) [32]byte {
	h := sha256.New()
	h.Write([]byte("veil/fl/v1"))
	h.Write(binary.BigEndian.AppendUint64(nil, job.ID))
	h.Write(job.Buyer[:])
	var id [32]byte
	h.Sum(id[:0])
	return id
}
