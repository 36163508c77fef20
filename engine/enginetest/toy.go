// Package enginetest holds what tests of engines and of the job machinery share:
// Toy, an engine that does almost nothing (each owner sends its row count, the
// aggregator adds them up), and the conformance suite every engine must pass.
package enginetest

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// Toy sums the owners' row counts over a few rounds. It measures the machinery
// (chain, transport, receipts, delivery) without an engine's own costs.
type Toy struct {
	EngineName string // the name it is registered under
}

type toyTask struct {
	Rounds int `json:"rounds"`
}

var _ engine.Engine = Toy{}

// Name implements engine.Engine.
func (t Toy) Name() string { return t.EngineName }

// Plan implements engine.Engine.
func (t Toy) Plan(s *spec.Spec, metas []*dataset.Metadata) (engine.Plan, error) {
	var task toyTask
	if err := s.DecodeTask(&task); err != nil {
		return engine.Plan{}, err
	}
	if task.Rounds < 1 || task.Rounds > 100 {
		return engine.Plan{}, fmt.Errorf("spec: task.rounds must be in [1, 100], got %d", task.Rounds)
	}
	return engine.Plan{Rounds: task.Rounds, MaxMessage: 1 << 10, RoundTimeout: 20 * time.Second, Epsilon: s.Privacy.Epsilon}, nil
}

// NewOwner implements engine.Engine.
func (t Toy) NewOwner(job *engine.Job, self int, data *dataset.Table, env engine.Env) (engine.OwnerRun, error) {
	return &toyOwner{rows: uint64(data.Len())}, nil
}

// NewAggregator implements engine.Engine.
func (t Toy) NewAggregator(job *engine.Job, env engine.Env) (engine.AggregatorRun, error) {
	return &toyAggregator{job: job}, nil
}

// PrepareBuyer implements engine.Engine.
func (t Toy) PrepareBuyer(ctx context.Context, s *spec.Spec, env engine.BuyerEnv) error { return nil }

// Finalize implements engine.Engine.
func (t Toy) Finalize(ctx context.Context, job *engine.Job, payload []byte, env engine.BuyerEnv) (*engine.Output, error) {
	if len(payload) != 8 {
		return nil, errors.New("toy: payload must be 8 bytes")
	}
	total := binary.BigEndian.Uint64(payload)
	data, _ := json.Marshal(map[string]uint64{"rows": total})
	return &engine.Output{Data: data, Extension: ".json", Summary: fmt.Sprintf("%d rows in total", total)}, nil
}

type toyOwner struct {
	rows  uint64
	total uint64
}

func (o *toyOwner) Round(ctx context.Context, r uint32, announce []byte, link engine.Link) error {
	if err := link.Send(ctx, "rows", binary.BigEndian.AppendUint64(nil, o.rows)); err != nil {
		return err
	}
	b, err := link.Recv(ctx, "total", 8)
	if err != nil {
		return err
	}
	if len(b) != 8 {
		return errors.New("toy: aggregator sent a malformed total")
	}
	o.total = binary.BigEndian.Uint64(b)
	return nil
}

func (o *toyOwner) Payload(ctx context.Context) ([]byte, error) {
	return binary.BigEndian.AppendUint64(nil, o.total), nil
}

type toyAggregator struct {
	job   *engine.Job
	total uint64
}

func (a *toyAggregator) Announce(r uint32) ([]byte, error) { return nil, nil }

func (a *toyAggregator) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	live := hub.Live()
	got, _ := hub.Gather(ctx, "rows", live, 8, time.Now().Add(20*time.Second))
	var total uint64
	var from []int
	for i, b := range got {
		if len(b) != 8 {
			continue // a malformed count is a dropout
		}
		total += binary.BigEndian.Uint64(b)
		from = append(from, i)
	}
	if len(from) < len(a.job.Owners)-a.job.D() {
		return fmt.Errorf("toy: only %d of %d owners answered round %d", len(from), len(a.job.Owners), r)
	}
	a.total = total
	hub.Broadcast(ctx, from, "total", binary.BigEndian.AppendUint64(nil, total))
	for _, i := range from {
		if err := hub.Credit(ctx, i); err != nil {
			return err
		}
	}
	return nil
}

func (a *toyAggregator) Result(ctx context.Context) (*engine.Result, error) {
	report, _ := json.Marshal(map[string]any{"engine": "toy", "owners": len(a.job.Owners)})
	return &engine.Result{Payload: binary.BigEndian.AppendUint64(nil, a.total), Report: report}, nil
}
