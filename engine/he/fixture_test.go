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
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/mhe"
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
	lead   common.Address // the compute node jobs name
}

func newMarket(t tester, eng Engine, tab *dataset.Table, bounds map[string]dataset.Bounds, n int, seed uint64) *market {
	t.Helper()
	m := &market{t: t, eng: eng, buyer: newMemKV(), blobs: map[[32]byte][]byte{}, rng: seeded(seed), nextID: 1,
		lead: common.HexToAddress("0x00000000000000000000000000000000000000aa")}
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
		Compute: []string{m.lead.Hex()}, Buyer: &spec.Buyer{Address: "0xb", AgeRecipient: "age1x"}}
	job := &engine.Job{ID: m.nextID, Spec: s, Buyer: common.HexToAddress("0x0b"), Compute: []engine.ComputeNode{{Address: m.lead}}}
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
	return engine.BuyerEnv{Secrets: m.buyer, Rand: m.rng, Upload: func(ctx context.Context, _ int, b []byte) (string, [32]byte, error) {
		d := sha256.Sum256(b)
		m.blobs[d] = append([]byte(nil), b...)
		return fmt.Sprintf("veil-node://agg/%x", d), d, nil
	}}
}

func (m *market) ownerEnv(i int, seed uint64) engine.Env {
	return engine.Env{Store: newMemKV(), Secrets: m.stores[i], Rand: seeded(seed), NodeKey: m.keys[i]}
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
	payloads [][]byte // by job owner; nil for an owner that computed none
	ownerErr []error  // by job owner: why its round or payload failed
}

// run runs job with enginetest.Drive over net (nil: a fresh MemNet); who
// maps the job's owners to market owners.
func (m *market) run(job *engine.Job, who []int, net enginetest.Network) *outcome {
	m.t.Helper()
	return m.drive(job, who, all(len(who)), net)
}

// drive runs the job owners in `live` (indices in job.Owners) with Drive.
func (m *market) drive(job *engine.Job, who, live []int, net enginetest.Network) *outcome {
	m.t.Helper()
	if net == nil {
		net = enginetest.NewMemNet()
	}
	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&syncWriter{w: &logBuf}, nil))
	tables := make([]*dataset.Table, len(who))
	for k, i := range who {
		tables[k] = m.tables[i]
	}
	d, err := enginetest.Drive(context.Background(), enginetest.Job{Engine: m.eng, Net: net, Tables: tables, Owners: live,
		View: func(enginetest.Who) (*engine.Job, error) { return job, nil },
		Env: func(w enginetest.Who) engine.Env {
			if w.Owner < 0 {
				env := m.aggregatorEnv()
				env.Log = log
				return env
			}
			return m.ownerEnv(who[w.Owner], job.ID*100+uint64(w.Owner))
		}})
	if err != nil {
		m.t.Fatal(err)
	}
	return outcomeOf(d, &logBuf)
}

func outcomeOf(d *enginetest.Outcome, log *bytes.Buffer) *outcome {
	o := &outcome{result: d.Result, aggErr: d.LeadErr, aggLog: log, payloads: make([][]byte, len(d.Owners)), ownerErr: make([]error, len(d.Owners))}
	for k, w := range d.Owners {
		switch {
		case len(w.SatOut) > 0:
			o.ownerErr[k] = w.SatOut[0]
		case w.Done:
			o.payloads[k] = w.Payload
		default:
			o.ownerErr[k] = w.Err
		}
	}
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

// tamper adapts a hook on (direction, owner, step) to MemNet.Tamper.
func tamper(f func(fromAgg bool, owner int, step string, b []byte) []byte) func(enginetest.Message) []byte {
	return func(m enginetest.Message) []byte {
		if m.From.Owner >= 0 {
			return f(false, m.From.Owner, m.Step, m.Payload)
		}
		return f(true, m.To.Owner, m.Step, m.Payload)
	}
}

// runRound runs round 1 by hand: the lead and the owners in `live`
// concurrently, each to its end (no Drive, which stops the owners once the
// lead fails).
func runRound(t tester, job *engine.Job, agg engine.AggregatorRun, runs []engine.OwnerRun, live []int) *outcome {
	ctx := context.Background()
	out := &outcome{payloads: make([][]byte, len(runs)), ownerErr: make([]error, len(runs))}
	hub, links := roundOne(t, enginetest.NewMemNet(), job, live)
	ann, err := agg.Announce(1, live)
	if err != nil {
		out.aggErr = err
		return out
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		if out.aggErr = agg.Round(ctx, 1, hub); out.aggErr == nil {
			out.result, out.aggErr = agg.Result(ctx)
		}
	})
	for _, k := range live {
		wg.Go(func() {
			if out.ownerErr[k] = runs[k].Round(ctx, 1, ann, links[k]); out.ownerErr[k] == nil {
				out.payloads[k], out.ownerErr[k] = runs[k].Payload(ctx)
			}
		})
	}
	wg.Wait()
	return out
}

// roundOne is round 1 of job on net for the lead (hub) and for owners
// (links), outside Drive: for tests that play one side by hand.
func roundOne(t tester, net *enginetest.MemNet, job *engine.Job, owners []int) (engine.Hub, []engine.Link) {
	t.Helper()
	links := make([]engine.Link, len(job.Owners))
	for _, k := range owners {
		c, err := net.DialOwner(context.Background(), job, k, nil)
		if err != nil {
			t.Fatal(err)
		}
		links[k] = c.Round(1)
	}
	h, err := net.OpenCompute(job, 0, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Round(1), links
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
	p, err := mhe.InsecureTestParams(logN)
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
