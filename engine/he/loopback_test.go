package he

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/wire"
)

// loopNet runs the engine's jobs over the real transport on 127.0.0.1:
// one wire.Server for the aggregator, one wire.Link per owner, driven the
// way node/aggregator.go and node/owner.go drive them (receipts are not
// chain-signed here).
type loopNet struct {
	srv      *wire.Server
	lis      net.Listener
	agg      wire.Identity
	reg      keyRegistry
	counters []*wire.Counters // per owner: bytes on its connection
}

type keyRegistry map[common.Address]ed25519.PublicKey

func (r keyRegistry) NodeKey(_ context.Context, a common.Address) (ed25519.PublicKey, error) {
	if k, ok := r[a]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("no node %s", a.Hex())
}

func newLoopNet(t testing.TB, m *market) *loopNet {
	t.Helper()
	_, key, err := ed25519.GenerateKey(seeded(77))
	if err != nil {
		t.Fatal(err)
	}
	l := &loopNet{agg: wire.Identity{Address: common.HexToAddress("0xa99"), Key: key}, reg: keyRegistry{}}
	l.reg[l.agg.Address] = key.Public().(ed25519.PublicKey)
	for _, o := range m.owners {
		l.reg[o.Address] = o.NodeKey
	}
	if l.srv, err = wire.NewServer(wire.ServerConfig{Identity: l.agg, Registry: l.reg}); err != nil {
		t.Fatal(err)
	}
	if l.lis, err = net.Listen("tcp", "127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	go l.srv.Serve(l.lis)
	t.Cleanup(func() { l.srv.Stop(); l.lis.Close() })
	return l
}

// run runs job over the loopback; who maps the job's owners to market owners.
func (l *loopNet) run(ctx context.Context, m *market, job *engine.Job, who []int) (*outcome, error) {
	owners := make([]wire.Owner, len(job.Owners))
	for k, o := range job.Owners {
		owners[k] = wire.Owner{Address: o.Address, DatasetDigest: o.DatasetDigest}
	}
	hub := l.srv.OpenJob(wire.HubConfig{Job: job.ID, Owners: owners, MaxMessage: job.Plan.MaxMessage,
		Receipt: func(common.Address, uint32) ([]byte, error) { return []byte("receipt"), nil }})
	defer l.srv.CloseJob(job.ID)
	agg, err := m.eng.NewAggregator(job, m.aggregatorEnv())
	if err != nil {
		return nil, err
	}
	out := &outcome{payloads: make([][]byte, len(who)), ownerErr: make([]error, len(who))}
	l.counters = make([]*wire.Counters, len(who))
	var wg sync.WaitGroup
	for k, i := range who {
		l.counters[k] = &wire.Counters{}
		run, err := m.eng.NewOwner(job, k, m.tables[i], m.ownerEnv(i, job.ID*100+uint64(k)))
		if err != nil {
			return nil, err
		}
		wg.Go(func() { out.payloads[k], out.ownerErr[k] = l.own(ctx, job, k, m.keys[i], run) })
	}
	hub.WaitLive(ctx, len(who), time.Now().Add(time.Minute))
	out.result, out.aggErr = l.aggregate(ctx, hub, agg)
	wg.Wait()
	return out, nil
}

func (l *loopNet) aggregate(ctx context.Context, hub *wire.Hub, agg engine.AggregatorRun) (*engine.Result, error) {
	hr := hub.Round(1)
	live := hub.Live()
	ann, err := agg.Announce(1, live)
	if err != nil {
		return nil, err
	}
	hr.Start(ctx, live, ann)
	if err := agg.Round(ctx, 1, hr); err != nil {
		return nil, err
	}
	return agg.Result(ctx)
}

func (l *loopNet) own(ctx context.Context, job *engine.Job, k int, key ed25519.PrivateKey, run engine.OwnerRun) ([]byte, error) {
	o := job.Owners[k]
	link, err := wire.Dial(ctx, wire.LinkConfig{Identity: wire.Identity{Address: o.Address, Key: key}, Registry: l.reg,
		Server: l.agg.Address, Endpoint: l.lis.Addr().String(), Job: job.ID, DatasetDigest: o.DatasetDigest,
		MaxMessage: job.Plan.MaxMessage, Receipt: func(uint32, []byte) error { return nil }, Counters: l.counters[k]})
	if err != nil {
		return nil, err
	}
	defer link.Close()
	r, ann, err := link.NextRound(ctx, 0)
	if err != nil {
		return nil, err
	}
	lr := link.Round(r)
	if err := run.Round(ctx, r, ann, lr); err != nil {
		return nil, err
	}
	if err := lr.AwaitReceipt(ctx); err != nil {
		return nil, err
	}
	return run.Payload(ctx)
}

// bytesPerOwner is the mean of the bytes each owner sent and received.
func (l *loopNet) bytesPerOwner() (sent, received float64) {
	for _, c := range l.counters {
		sent += float64(c.BytesOut.Load())
		received += float64(c.BytesIn.Load())
	}
	n := float64(len(l.counters))
	return sent / n, received / n
}

// TestEngineOverLoopback runs two jobs of the same owners over real gRPC:
// each with its own secure aggregation (fresh masks, fresh noise).
func TestEngineOverLoopback(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 40)
	l := newLoopNet(t, m)
	var payloads [][]byte
	for range 2 {
		job := m.job(statsTask, jobPrivacy, 0, 1, 2)
		o, err := l.run(t.Context(), m, job, all(3))
		if err != nil {
			t.Fatal(err)
		}
		checkSame(t, o)
		st, _ := m.finalize(job, o)
		if st.Count != 442 {
			t.Errorf("count %d, want 442", st.Count)
		}
		payloads = append(payloads, o.result.Payload)
	}
	if bytes.Equal(payloads[0], payloads[1]) {
		t.Error("two jobs delivered the same payload")
	}
}
