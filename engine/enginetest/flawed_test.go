package enginetest

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// flaw is one rule a flawed Toy breaks; the suite must catch each.
type flaw string

const (
	flawGullible      flaw = "gullible"      // counts any 8-byte message, garbage included
	flawNoQuorum      flaw = "no-quorum"     // ignores d: delivers a result however many owners are left
	flawPanicky       flaw = "panicky"       // decodes without checking the length, so short input panics
	flawSilent        flaw = "silent"        // excludes bad owners correctly but never says which
	flawUnconfirmable flaw = "unconfirmable" // owners compute a payload other than the aggregator's
)

// flawedToy is Toy with one flaw.
type flawedToy struct {
	Toy
	flaw flaw
}

func (f flawedToy) NewOwner(job *engine.Job, self int, data *dataset.Table, env engine.Env) (engine.OwnerRun, error) {
	run, err := f.Toy.NewOwner(job, self, data, env)
	if f.flaw == flawUnconfirmable {
		return offByOne{run}, err
	}
	return run, err
}

func (f flawedToy) NewAggregator(job *engine.Job, env engine.Env) (engine.AggregatorRun, error) {
	log := env.Log
	if f.flaw == flawSilent {
		log = slog.New(slog.DiscardHandler)
	}
	return &flawedAggregator{job: job, flaw: f.flaw, log: log, out: map[int]bool{}}, nil
}

type offByOne struct{ engine.OwnerRun }

func (o offByOne) Payload(ctx context.Context) ([]byte, error) {
	p, err := o.OwnerRun.Payload(ctx)
	return binary.BigEndian.AppendUint64(nil, binary.BigEndian.Uint64(p)+1), err
}

type flawedAggregator struct {
	job   *engine.Job
	flaw  flaw
	log   *slog.Logger
	out   map[int]bool
	total uint64
}

func (a *flawedAggregator) Announce(uint32, []int) ([]byte, error) { return nil, nil }

func (a *flawedAggregator) Round(ctx context.Context, r uint32, hub engine.Hub) error {
	live := slices.DeleteFunc(hub.Live(), func(i int) bool { return a.out[i] })
	got, failed := hub.Gather(ctx, "rows", live, 8, time.Now().Add(5*time.Second))
	for i := range failed {
		a.exclude(i)
	}
	a.total = 0
	var from []int
	for i, b := range got {
		if !a.valid(i, b) {
			a.exclude(i)
			continue
		}
		a.total += binary.BigEndian.Uint64(b)
		from = append(from, i)
	}
	if len(from) < len(a.job.Owners)-a.job.D() && a.flaw != flawNoQuorum {
		return fmt.Errorf("flawed toy: only %d owners answered", len(from))
	}
	hub.Broadcast(ctx, from, "total", binary.BigEndian.AppendUint64(nil, a.total))
	for _, i := range from {
		if err := hub.Credit(ctx, i); err != nil {
			return err
		}
	}
	return nil
}

func (a *flawedAggregator) valid(i int, b []byte) bool {
	switch a.flaw {
	case flawPanicky:
		return true
	case flawGullible:
		return len(b) == 8
	}
	return len(b) == 8 && binary.BigEndian.Uint64(b) == uint64(a.job.Owners[i].Metadata.Rows)
}

func (a *flawedAggregator) exclude(i int) {
	a.out[i] = true
	a.log.Warn("flawed toy: owner excluded", "owner", i)
}

func (a *flawedAggregator) Result(context.Context) (*engine.Result, error) {
	return &engine.Result{Payload: binary.BigEndian.AppendUint64(nil, a.total)}, nil
}

// smallFixture runs an engine of the Toy family over four small synthetic tables.
func smallFixture(t *testing.T, e engine.Engine) Fixture {
	return Fixture{
		Engine: e,
		Spec: func(datasets []uint64) *spec.Spec {
			return &spec.Spec{Engine: e.Name(), Datasets: datasets, Task: json.RawMessage(`{"rounds":2}`),
				Privacy: spec.Privacy{Epsilon: 1, Dropouts: 1}}
		},
		Tables: func(n int) []*dataset.Table {
			tables := make([]*dataset.Table, n)
			for i := range tables {
				tables[i] = &dataset.Table{Columns: []string{"x", "y"}}
				for j := range 5 + i {
					tables[i].Rows = append(tables[i].Rows, []float64{float64(j), float64(i)})
				}
			}
			return tables
		},
		Metadata: func(tb *dataset.Table) *dataset.Metadata {
			m, err := dataset.NewMetadata("small", "", tb.Schema(), nil)
			if err != nil {
				t.Fatal(err)
			}
			return m
		},
		Check:       CheckRows,
		MaxDropouts: 1,
	}
}
