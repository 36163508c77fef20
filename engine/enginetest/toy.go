package enginetest

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// Toy sums the owners' row counts over a few rounds. It measures the machinery
// (chain, transport, receipts, delivery) without an engine's own costs. It is
// a test engine: tests register it under a name of their own ("toy"), which
// no shipped engine uses.
type Toy struct {
	EngineName string // the name it is registered under
	// Withhold makes the aggregator never credit owners: a cheating aggregator
	// that keeps receipts, for the tests of the fair-exchange rules.
	Withhold bool
}

type toyTask struct {
	Rounds  int `json:"rounds"`
	DelayMS int `json:"delay_ms,omitempty"` // the aggregator waits this long in each round
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
	log := env.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var task toyTask
	if err := job.Spec.DecodeTask(&task); err != nil {
		return nil, err
	}
	return &toyAggregator{job: job, log: log, excluded: map[int]bool{}, withhold: t.Withhold,
		delay: time.Duration(task.DelayMS) * time.Millisecond, store: env.Store}, nil
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
	job       *engine.Job
	log       *slog.Logger
	excluded  map[int]bool // owners that misbehaved or are stuck: not waited for again
	total     uint64
	announced []int         // the owners the round was announced to
	withhold  bool          // never credit owners (a cheating aggregator, for tests)
	delay     time.Duration // wait this long before each round's gathering
	store     engine.KV     // keeps the total after each round, to resume (nil: not kept)
}

// Announce records who heard of the round: only they take part in it (an
// owner connecting later waits for the next announcement).
func (a *toyAggregator) Announce(r uint32, live []int) ([]byte, error) {
	a.announced = slices.Clone(live)
	return nil, nil
}

func (a *toyAggregator) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	if err := a.pause(ctx); err != nil {
		return err
	}
	got, failed := hub.Gather(ctx, "rows", a.participants(r, hub), 8, time.Now().Add(20*time.Second))
	a.dropouts(r, failed, hub.Live())
	return a.settle(ctx, r, hub, got)
}

func (a *toyAggregator) pause(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(a.delay):
		return nil
	}
}

// participants is the owners the round was announced to that are connected
// and not excluded.
func (a *toyAggregator) participants(r uint32, hub engine.Hub) []int {
	connected := slices.DeleteFunc(hub.Live(), func(i int) bool { return !slices.Contains(a.announced, i) })
	return a.live(r, connected)
}

// settle counts the row counts in got (refusing, and excluding, any that is
// not its owner's public row count), checks the quorum, keeps the total,
// credits the counted owners and then tells them the total.
func (a *toyAggregator) settle(ctx context.Context, r uint32, hub engine.Hub, got map[int][]byte) error {
	var total uint64
	var from []int
	for i, b := range got {
		n, err := a.count(i, b)
		if err != nil {
			a.excluded[i] = true // a malformed count is a dropout, for the rest of the job
			a.log.Warn("toy: owner excluded", "round", r, "owner", i, "address", a.job.Owners[i].Address.Hex(), "err", err)
			continue
		}
		total += n
		from = append(from, i)
	}
	slices.Sort(from)
	if len(from) < len(a.job.Owners)-a.job.D() {
		return fmt.Errorf("toy: only %d of %d owners sent their row count in round %d (the job tolerates %d dropouts; missing: %s)",
			len(from), len(a.job.Owners), r, a.job.D(), a.missing(from))
	}
	a.total = total
	if err := a.keep(); err != nil {
		return err
	}
	// Receipts before the total: an owner never holds the round's outcome
	// without its receipt, even if this process dies in between.
	if !a.withhold {
		for _, i := range from {
			if err := hub.Credit(ctx, i); err != nil {
				if !errors.Is(err, engine.ErrDropped) {
					return err
				}
				a.log.Warn("toy: owner left before its receipt", "round", r, "owner", i, "address", a.job.Owners[i].Address.Hex())
			}
		}
	}
	hub.Broadcast(ctx, from, "total", binary.BigEndian.AppendUint64(nil, total))
	return nil
}

// live is the connected owners not excluded; it logs the others.
func (a *toyAggregator) live(r uint32, connected []int) []int {
	var live []int
	for i, o := range a.job.Owners {
		switch {
		case a.excluded[i]:
		case slices.Contains(connected, i):
			live = append(live, i)
		default:
			a.log.Warn("toy: owner not connected when the round started", "round", r, "owner", i, "address", o.Address.Hex())
		}
	}
	return live
}

// dropouts logs the owners that sent no usable count. One that is still
// connected is stuck in this round (it waits for a total it will never get)
// or misbehaved: it is not waited for again. One that disconnected may
// reconnect and take part in a later round.
func (a *toyAggregator) dropouts(r uint32, failed map[int]error, live []int) {
	for i, err := range failed {
		addr := a.job.Owners[i].Address.Hex()
		if slices.Contains(live, i) {
			a.excluded[i] = true
			a.log.Warn("toy: owner excluded", "round", r, "owner", i, "address", addr, "err", err)
			continue
		}
		a.log.Warn("toy: owner dropped out of the round", "round", r, "owner", i, "address", addr, "err", err)
	}
}

// count reads owner i's message: its public row count, 8 bytes big-endian.
// Anything else is refused, so garbage never reaches the total.
func (a *toyAggregator) count(i int, b []byte) (uint64, error) {
	o := a.job.Owners[i]
	if len(b) != 8 {
		return 0, fmt.Errorf("toy: owner %d (%s) sent %d bytes for its row count, not 8", i, o.Address.Hex(), len(b))
	}
	n := binary.BigEndian.Uint64(b)
	if n != uint64(o.Metadata.Rows) {
		return 0, fmt.Errorf("toy: owner %d (%s) claims %d rows; its dataset's metadata says %d", i, o.Address.Hex(), n, o.Metadata.Rows)
	}
	return n, nil
}

// missing names the owners outside `from` (sorted).
func (a *toyAggregator) missing(from []int) string {
	var names []string
	for i, o := range a.job.Owners {
		if _, ok := slices.BinarySearch(from, i); !ok {
			names = append(names, fmt.Sprintf("owner %d (%s)", i, o.Address.Hex()))
		}
	}
	return strings.Join(names, ", ")
}

func (a *toyAggregator) Result(ctx context.Context) (*engine.Result, error) {
	report, _ := json.Marshal(map[string]any{"engine": "toy", "owners": len(a.job.Owners)})
	return &engine.Result{Payload: binary.BigEndian.AppendUint64(nil, a.total), Report: report}, nil
}

// CheckRows is Fixture.Check for Toy and Pair: the result is the total row
// count of exactly these tables.
func CheckRows(t *testing.T, out *engine.Output, tables []*dataset.Table) {
	want := 0
	for _, tb := range tables {
		want += tb.Len()
	}
	var got struct{ Rows int }
	err := json.Unmarshal(out.Data, &got)
	if err != nil || got.Rows != want || out.Extension != ".json" || !strings.Contains(out.Summary, fmt.Sprint(want)) {
		t.Errorf("the result counts %d rows (%v; %q, %q), want %d over %d tables", got.Rows, err, out.Extension, out.Summary, want, len(tables))
	}
}
