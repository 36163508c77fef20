package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/devnet"
	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/node"
	"github.com/veil-market/veil/publish"
	"github.com/veil-market/veil/spec"
)

func init() { engine.Register(enginetest.Toy{EngineName: "mpc"}) }

// member is a devnet home, unlocked and connected.
type member struct {
	name    string
	home    *home.Home
	secrets *home.Secrets
	market  *chain.Market
}

type market struct {
	t       *testing.T
	net     *devnet.Devnet
	members map[string]*member
	ids     []uint64
}

func startMarket(t *testing.T, owners int, acceptWindow time.Duration) *market {
	t.Helper()
	cfg := chain.DevMarketConfig()
	cfg.AcceptWindow, cfg.MinJobDuration = acceptWindow, max(time.Minute, 3*acceptWindow)
	net, err := devnet.Start(context.Background(), devnet.Options{Dir: filepath.Join(t.TempDir(), "net"), RPCAddr: "127.0.0.1:0", Owners: owners, Compute: 1, Market: cfg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { net.Close() })
	m := &market{t: t, net: net, members: map[string]*member{}}
	for name, dir := range net.Info.Homes {
		m.members[name] = m.open(name, dir)
	}
	return m
}

func (m *market) open(name, dir string) *member {
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
	mk := chain.NewMarket(client, h.Address(), sender, 0)
	mk = chain.NewMarket(client, mustAddr(m.net.Info.Marketplace), sender, 0)
	return &member{name: name, home: h, secrets: s, market: mk}
}

// publish splits diabetes.csv across the owners, for engine `engines`.
func (m *market) publish(engines uint8, price *big.Int) {
	raw, err := os.ReadFile("../testdata/diabetes.csv")
	if err != nil {
		m.t.Fatal(err)
	}
	table, err := dataset.Read(bytes.NewReader(raw))
	if err != nil {
		m.t.Fatal(err)
	}
	n := len(m.owners())
	for i, part := range table.SplitIID(n, rand.New(rand.NewPCG(1, 2))) {
		o := m.members[fmt.Sprintf("owner%d", i+1)]
		file := filepath.Join(m.t.TempDir(), "part.csv")
		var buf bytes.Buffer
		if err := part.WriteCSV(&buf); err != nil {
			m.t.Fatal(err)
		}
		if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
			m.t.Fatal(err)
		}
		pub := publish.Owner{Home: o.home, Secrets: o.secrets, Market: o.market, ChainID: chain.DevChainID}
		res, err := pub.Dataset(context.Background(), &publish.Request{File: file, Title: fmt.Sprintf("part %d", i+1), Price: price,
			Engines: engines, Budget: 10_000_000, MaxDelta: 1e13, MinOwners: 1})
		if err != nil {
			m.t.Fatal(err)
		}
		m.ids = append(m.ids, res.ID)
	}
}

func (m *market) owners() []*member {
	var out []*member
	for i := 1; ; i++ {
		o, ok := m.members[fmt.Sprintf("owner%d", i)]
		if !ok {
			return out
		}
		out = append(out, o)
	}
}

// daemons runs the given members' daemons until the test ends.
func (m *market) daemons(names ...string) map[string]context.CancelFunc {
	stops := map[string]context.CancelFunc{}
	var wg sync.WaitGroup
	for _, name := range names {
		stops[name] = m.runDaemon(name, &wg)
	}
	m.t.Cleanup(func() {
		for _, stop := range stops {
			stop()
		}
		wg.Wait()
	})
	return stops
}

func (m *market) runDaemon(name string, wg *sync.WaitGroup) context.CancelFunc {
	mem := m.members[name]
	ctx, cancel := context.WithCancel(context.Background())
	log := slog.New(slog.NewTextHandler(testWriter{m.t, name}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	d, err := node.New(ctx, node.Config{Home: mem.home, Secrets: mem.secrets, Market: mem.market, Listen: "127.0.0.1:0", Poll: 200 * time.Millisecond, Log: log})
	if err != nil {
		m.t.Fatal(err)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		if err := d.Run(ctx); err != nil {
			m.t.Errorf("%s daemon: %v", name, err)
		}
	}()
	return cancel
}

type testWriter struct {
	t    *testing.T
	name string
}

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Logf("%s: %s", w.name, bytes.TrimSpace(p))
	return len(p), nil
}

func (m *market) submit(engineName string, task string, extra func(*spec.Spec)) uint64 {
	b := m.members["buyer"]
	c := m.members["compute1"].home.Address().Hex()
	raw := fmt.Sprintf(`{"engine":%q,"datasets":%s,"task":%s,"privacy":{"epsilon":1,"delta":1e-6},"compute":[%q]}`, engineName, mustJSON(m.ids), task, c)
	s, err := spec.Parse([]byte(raw))
	if err != nil {
		m.t.Fatal(err)
	}
	if extra != nil {
		extra(s)
	}
	res, err := buyer.Submit(context.Background(), buyer.Submission{Market: b.market, Registry: node.NewRegistry(b.market), Home: b.home, Secrets: b.secrets, Spec: s})
	if err != nil {
		m.t.Fatal(err)
	}
	return res.ID
}

func (m *market) waitState(id uint64, want uint8, timeout time.Duration) chain.MarketplaceJob {
	m.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		j, err := m.members["buyer"].market.Job(context.Background(), id)
		if err != nil {
			m.t.Fatal(err)
		}
		if j.State == want {
			return j
		}
		if time.Now().After(deadline) {
			m.t.Fatalf("job %d is %s after %s, want %s", id, chain.JobStateName(j.State), timeout, chain.JobStateName(want))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func (m *market) credits(name string) *big.Int {
	c, err := m.members[name].market.Credits(context.Background(), m.members[name].home.Address())
	if err != nil {
		m.t.Fatal(err)
	}
	return c
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
