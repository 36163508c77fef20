package he

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/spec"
)

// memKV is an engine.KV in memory (a missing key reads as nil).
type memKV struct {
	mu sync.Mutex
	m  map[string][]byte
}

func newMemKV() *memKV { return &memKV{m: map[string][]byte{}} }

func (k *memKV) Get(key string) ([]byte, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.m[key]
	if !ok {
		return nil, nil
	}
	return append([]byte(nil), v...), nil
}

func (k *memKV) Put(key string, v []byte) error {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.m[key] = append([]byte(nil), v...)
	return nil
}

// market is a set of owners (with their persistent stores), a buyer and an
// aggregator, able to make jobs over splits of a table.
type market struct {
	t      tester
	eng    Engine
	owners []engine.Owner
	keys   []ed25519.PrivateKey
	stores []*memKV
	tables []*dataset.Table
	buyer  *memKV
	blobs  map[[32]byte][]byte
	rng    io.Reader
	nextID uint64
}

func newMarket(t tester, eng Engine, tab *dataset.Table, bounds map[string]dataset.Bounds, n int, seed uint64) *market {
	t.Helper()
	m := &market{t: t, eng: eng, buyer: newMemKV(), blobs: map[[32]byte][]byte{}, rng: seeded(seed), nextID: 1}
	for i, part := range split(tab, n, seed) {
		pub, priv, err := ed25519.GenerateKey(m.rng)
		if err != nil {
			t.Fatal(err)
		}
		meta, err := dataset.NewMetadata(fmt.Sprintf("part %d", i+1), "", part.Schema(), bounds)
		if err != nil {
			t.Fatal(err)
		}
		var addr common.Address
		io.ReadFull(m.rng, addr[:])
		digest := sha256.Sum256(addr[:])
		m.owners = append(m.owners, engine.Owner{Address: addr, NodeKey: pub, DatasetID: uint64(i + 1), DatasetDigest: digest, Metadata: meta})
		m.keys, m.stores, m.tables = append(m.keys, priv), append(m.stores, newMemKV()), append(m.tables, part)
	}
	return m
}

func diabetesMarket(t tester, eng Engine, n int, seed uint64) *market {
	tab, meta := loadDataset(t, "diabetes")
	bounds := map[string]dataset.Bounds{}
	for _, c := range meta.Columns {
		if c.Bounds != nil {
			bounds[c.Name] = *c.Bounds
		}
	}
	return newMarket(t, eng, tab, bounds, n, seed)
}

// job makes a job over the owners `who` (indices), the buyer's key prepared
// and uploaded, its plan computed as a node does.
func (m *market) job(task string, privacy spec.Privacy, who ...int) *engine.Job {
	m.t.Helper()
	s := &spec.Spec{Engine: "he", Task: json.RawMessage(task), Privacy: privacy,
		Compute: []string{"0x00000000000000000000000000000000000000aa"}, Buyer: &spec.Buyer{Address: "0xb", AgeRecipient: "age1x"}}
	job := &engine.Job{ID: m.nextID, Spec: s, Buyer: common.HexToAddress("0x0b")}
	m.nextID++
	var metas []*dataset.Metadata
	for _, i := range who {
		s.Datasets = append(s.Datasets, m.owners[i].DatasetID)
		metas = append(metas, m.owners[i].Metadata)
		job.Owners = append(job.Owners, m.owners[i])
	}
	if err := m.eng.PrepareBuyer(context.Background(), s, m.buyerEnv()); err != nil {
		m.t.Fatal(err)
	}
	plan, err := m.eng.Plan(s, metas)
	if err != nil {
		m.t.Fatal(err)
	}
	job.Plan = plan
	return job
}

func (m *market) buyerEnv() engine.BuyerEnv {
	return engine.BuyerEnv{Store: m.buyer, Rand: m.rng, Upload: func(ctx context.Context, b []byte) (string, [32]byte, error) {
		d := sha256.Sum256(b)
		m.blobs[d] = append([]byte(nil), b...)
		return fmt.Sprintf("veil-node://agg/%x", d), d, nil
	}}
}

func (m *market) ownerEnv(i int, seed uint64) engine.Env {
	return engine.Env{Store: m.stores[i], Rand: seeded(seed), NodeKey: m.keys[i]}
}

func (m *market) aggregatorEnv() engine.Env {
	return engine.Env{Store: newMemKV(), Rand: seeded(7), Blob: func(ctx context.Context, d [32]byte) ([]byte, error) {
		b, ok := m.blobs[d]
		if !ok {
			return nil, fmt.Errorf("no blob %x", d[:8])
		}
		return b, nil
	}}
}

// outcome is what one run of a job produced on every side.
type outcome struct {
	result   *engine.Result
	aggErr   error
	aggLog   *bytes.Buffer
	payloads [][]byte
	ownerErr []error
	net      *memNet
}

// run runs job through memNet; who maps the job's owners to market owners.
func (m *market) run(job *engine.Job, who []int, net *memNet) *outcome {
	m.t.Helper()
	if net == nil {
		net = newMemNet(len(job.Owners))
	}
	env := m.aggregatorEnv()
	var logBuf bytes.Buffer
	env.Log = slog.New(slog.NewTextHandler(&syncWriter{w: &logBuf}, nil))
	agg, err := m.eng.NewAggregator(job, env)
	if err != nil {
		m.t.Fatal(err)
	}
	runs := make([]engine.OwnerRun, len(who))
	for k, i := range who {
		if runs[k], err = m.eng.NewOwner(job, k, m.tables[i], m.ownerEnv(i, job.ID*100+uint64(k))); err != nil {
			m.t.Fatal(err)
		}
	}
	live := make([]int, len(who))
	for k := range live {
		live[k] = k
	}
	o := runRound(agg, runs, net, live)
	o.aggLog = &logBuf
	return o
}

// syncWriter serialises writes of concurrent loggers.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// runRound runs the aggregator and the owners in `live` concurrently.
func runRound(agg engine.AggregatorRun, runs []engine.OwnerRun, net *memNet, live []int) *outcome {
	ctx := context.Background()
	out := &outcome{payloads: make([][]byte, len(runs)), ownerErr: make([]error, len(runs)), net: net}
	ann, err := agg.Announce(1, live)
	if err != nil {
		out.aggErr = err
		return out
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		if out.aggErr = agg.Round(ctx, 1, net.hub(live)); out.aggErr == nil {
			out.result, out.aggErr = agg.Result(ctx)
		}
	})
	for _, k := range live {
		wg.Go(func() {
			if out.ownerErr[k] = runs[k].Round(ctx, 1, ann, net.link(k)); out.ownerErr[k] == nil {
				out.payloads[k], out.ownerErr[k] = runs[k].Payload(ctx)
			}
		})
	}
	wg.Wait()
	return out
}

// finalize decodes the aggregator's payload as the buyer.
func (m *market) finalize(job *engine.Job, o *outcome) (*Statistics, *engine.Output) {
	m.t.Helper()
	out, err := m.eng.Finalize(context.Background(), job, o.result.Payload, m.buyerEnv())
	if err != nil {
		m.t.Fatal(err)
	}
	var st Statistics
	if err := json.Unmarshal(out.Data, &st); err != nil {
		m.t.Fatal(err)
	}
	return &st, out
}

func testEngine(t tester, logN int) Engine {
	t.Helper()
	p, err := InsecureTestParams(logN)
	if err != nil {
		t.Fatal(err)
	}
	return Engine{params: &p}
}

func all(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}
