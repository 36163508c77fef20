package he_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/devnet"
	"github.com/veil-market/veil/engine/he"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/node"
	"github.com/veil-market/veil/publish"
	"github.com/veil-market/veil/spec"
)

// The whole he engine through real daemons on the embedded chain, at the
// production parameters (N = 2^14): three owners publish splits of
// diabetes.csv with declared bounds, the buyer submits a stats job and a
// linreg job, both settle, and the buyer's decoded figures are within a few
// noise stds of the plaintext answers over the full table. The harness
// follows node/e2e_test.go.

type member struct {
	home    *home.Home
	secrets *home.Secrets
	market  *chain.Market
}

type devMarket struct {
	t       *testing.T
	net     *devnet.Devnet
	members map[string]*member
	ids     []uint64
	table   *dataset.Table
}

func startDevMarket(t *testing.T) *devMarket {
	t.Helper()
	cfg := chain.DevMarketConfig()
	cfg.AcceptWindow, cfg.MinJobDuration = 10*time.Second, time.Minute
	net, err := devnet.Start(context.Background(), devnet.Options{Dir: filepath.Join(t.TempDir(), "net"), RPCAddr: "127.0.0.1:0",
		Owners: 3, Compute: 1, Market: cfg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Close() })
	m := &devMarket{t: t, net: net, members: map[string]*member{}}
	for name, dir := range net.Info.Homes {
		m.members[name] = m.open(dir)
	}
	return m
}

func (m *devMarket) open(dir string) *member {
	h, err := home.Open(dir)
	if err != nil {
		m.t.Fatal(err)
	}
	s, err := h.Unlock("")
	if err != nil {
		m.t.Fatal(err)
	}
	client, err := ethclient.Dial(m.net.Info.RPC)
	if err != nil {
		m.t.Fatal(err)
	}
	m.t.Cleanup(client.Close)
	sender, err := chain.NewSender(context.Background(), client, s.Account, 0)
	if err != nil {
		m.t.Fatal(err)
	}
	return &member{home: h, secrets: s, market: chain.NewMarket(client, common.HexToAddress(m.net.Info.Marketplace), sender, 0)}
}

// publish splits diabetes.csv over the three owners, with the declared
// bounds of testdata/diabetes.bounds.json, for engine he.
func (m *devMarket) publish() {
	raw, err := os.ReadFile("../../testdata/diabetes.csv")
	if err != nil {
		m.t.Fatal(err)
	}
	if m.table, err = dataset.Read(bytes.NewReader(raw)); err != nil {
		m.t.Fatal(err)
	}
	bf, err := os.Open("../../testdata/diabetes.bounds.json")
	if err != nil {
		m.t.Fatal(err)
	}
	defer bf.Close()
	bounds, err := dataset.ReadBoundsFile(bf)
	if err != nil {
		m.t.Fatal(err)
	}
	for i, part := range m.table.SplitIID(3, rand.New(rand.NewPCG(1, 2))) {
		o := m.members[fmt.Sprintf("owner%d", i+1)]
		var buf bytes.Buffer
		if err := part.WriteCSV(&buf); err != nil {
			m.t.Fatal(err)
		}
		file := filepath.Join(m.t.TempDir(), "part.csv")
		if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
			m.t.Fatal(err)
		}
		pub := publish.Owner{Home: o.home, Secrets: o.secrets, Market: o.market, ChainID: chain.DevChainID}
		res, err := pub.Dataset(context.Background(), &publish.Request{File: file, Title: fmt.Sprintf("diabetes part %d", i+1),
			Price: big.NewInt(1e17), Engines: chain.EngineHE, Budget: 10_000_000, MaxDelta: 1e13, MinOwners: 1, Bounds: bounds})
		if err != nil {
			m.t.Fatal(err)
		}
		m.ids = append(m.ids, res.ID)
	}
}

// daemons runs every member's daemon until the test ends.
func (m *devMarket) daemons() {
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(context.Background())
	m.t.Cleanup(func() { cancel(); wg.Wait() })
	for name, mem := range m.members {
		if name == "buyer" {
			continue
		}
		log := slog.New(slog.NewTextHandler(testWriter{m.t, name}, &slog.HandlerOptions{Level: slog.LevelInfo}))
		d, err := node.New(ctx, node.Config{Home: mem.home, Secrets: mem.secrets, Market: mem.market, Listen: "127.0.0.1:0",
			Poll: 200 * time.Millisecond, Log: log})
		if err != nil {
			m.t.Fatal(err)
		}
		wg.Go(func() {
			if err := d.Run(ctx); err != nil {
				m.t.Errorf("%s daemon: %v", name, err)
			}
		})
	}
}

// waitEndpoint waits until the compute node's daemon has registered the
// endpoint it listens on and accepts connections there (the buyer uploads
// its he key to it at submission).
func (m *devMarket) waitEndpoint(name string, before string) {
	m.t.Helper()
	addr := m.members[name].home.Address()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		n, err := m.members["buyer"].market.Node(context.Background(), addr)
		if err != nil || n.Endpoint == before {
			continue
		}
		if c, err := net.DialTimeout("tcp", n.Endpoint, time.Second); err == nil {
			c.Close()
			return
		}
	}
	m.t.Fatalf("%s never registered a reachable endpoint", name)
}

func (m *devMarket) endpoint(name string) string {
	n, err := m.members["buyer"].market.Node(context.Background(), m.members[name].home.Address())
	if err != nil {
		m.t.Fatal(err)
	}
	return n.Endpoint
}

type testWriter struct {
	t    *testing.T
	name string
}

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Logf("%s: %s", w.name, bytes.TrimSpace(p))
	return len(p), nil
}

func (m *devMarket) submit(task string, epsilon float64) uint64 {
	b := m.members["buyer"]
	ids, _ := json.Marshal(m.ids)
	raw := fmt.Sprintf(`{"engine":"he","datasets":%s,"task":%s,"privacy":{"epsilon":%g,"delta":1e-6},"compute":[%q]}`,
		ids, task, epsilon, m.members["compute1"].home.Address().Hex())
	s, err := spec.Parse([]byte(raw))
	if err != nil {
		m.t.Fatal(err)
	}
	res, err := buyer.Submit(context.Background(), buyer.Submission{Market: b.market, Registry: node.NewRegistry(b.market),
		Home: b.home, Secrets: b.secrets, Spec: s})
	if err != nil {
		m.t.Fatal(err)
	}
	return res.ID
}

func (m *devMarket) waitSettled(id uint64, timeout time.Duration) {
	m.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		j, err := m.members["buyer"].market.Job(context.Background(), id)
		if err != nil {
			m.t.Fatal(err)
		}
		if j.State == chain.JobSettled {
			return
		}
		if time.Now().After(deadline) {
			m.t.Fatalf("job %d is %s after %s, want settled", id, chain.JobStateName(j.State), timeout)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// fetch downloads and decodes job id's result, and computes the same
// figures in plaintext over the full table (with the released ridge λ).
func (m *devMarket) fetch(id uint64) (got, want *he.Result, key string) {
	m.t.Helper()
	b := m.members["buyer"]
	ctx := context.Background()
	res, err := buyer.Fetch(ctx, b.market, node.NewRegistry(b.market), b.home, b.secrets, id)
	if err != nil {
		m.t.Fatal(err)
	}
	var st he.Statistics
	if err := json.Unmarshal(res.Output.Data, &st); err != nil {
		m.t.Fatal(err)
	}
	m.t.Logf("job %d: %s", id, res.Output.Summary)
	var rep struct {
		Key string `json:"collective_key"`
	}
	if err := json.Unmarshal(res.Document.Report, &rep); err != nil {
		m.t.Fatal(err)
	}
	job, err := buyer.LoadJob(ctx, b.market, b.home.Config.DeployBlock, id)
	if err != nil {
		m.t.Fatal(err)
	}
	var ridge *float64
	if st.Linreg != nil {
		ridge = &st.Linreg.Ridge
	}
	want, err = he.PlaintextForTest(job, []*dataset.Table{m.table}, ridge)
	if err != nil {
		m.t.Fatal(err)
	}
	return &st.Result, want, rep.Key
}

func near(t *testing.T, what string, got he.Estimate, want float64) {
	t.Helper()
	if math.Abs(got.Value-want) > 4*got.NoiseStd+1e-9 {
		t.Errorf("%s = %.6g ± %.3g, plaintext over the full table %.6g", what, got.Value, got.NoiseStd, want)
	}
}

func TestDaemonsRunHEJobs(t *testing.T) {
	if testing.Short() {
		t.Skip("runs four daemons on the embedded chain")
	}
	m := startDevMarket(t)
	m.publish()
	before := m.endpoint("compute1")
	m.daemons()
	m.waitEndpoint("compute1", before)
	stats := m.submit(`{"type":"stats","columns":["age","bmi","bp","s5"],"stats":["count","mean","std"]}`, 2)
	m.waitSettled(stats, 3*time.Minute)
	linreg := m.submit(`{"type":"linreg","label":"progression","features":["bmi","bp","s5"]}`, 6)
	m.waitSettled(linreg, 3*time.Minute)

	got, want, key := m.fetch(stats)
	if got.Count != 442 || got.Owners != 3 || key != "generated" {
		t.Fatalf("stats: %d rows from %d owners, collective key %s; want 442 from 3, generated", got.Count, got.Owners, key)
	}
	for j, c := range got.Columns {
		near(t, c.Name+" mean", *c.Mean, want.Columns[j].Mean.Value)
		near(t, c.Name+" std", *c.Std, want.Columns[j].Std.Value)
	}
	got, want, key = m.fetch(linreg)
	if got.Linreg == nil || got.Count != 442 || key != "reused" {
		t.Fatalf("linreg: %+v over %d rows, collective key %s (want reused: same committee)", got.Linreg, got.Count, key)
	}
	for j, c := range got.Linreg.Coefficients {
		near(t, "coefficient of "+got.Linreg.Features[j], c, want.Linreg.Coefficients[j].Value)
	}
	near(t, "intercept", got.Linreg.Intercept, want.Linreg.Intercept.Value)
}
