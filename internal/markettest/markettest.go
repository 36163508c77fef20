// Package markettest runs a whole local market for tests: an embedded devnet,
// homes unlocked and connected, datasets published by the owners, node daemons
// in-process, and the buyer's submissions. Tests of the daemon and of every
// engine use it, so they exercise the code paths users run.
package markettest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/internal/devnet"
	"github.com/veil-market/veil/internal/testfixture"
	"github.com/veil-market/veil/node"
	"github.com/veil-market/veil/publish"
	"github.com/veil-market/veil/spec"
)

// Member is a devnet home, unlocked and connected.
type Member struct {
	Name    string
	Home    *home.Home
	Secrets *home.Secrets
	Market  *chain.Market
	// Host is the loopback address the member's daemon listens on and dials
	// from: every member is its own host, as operators are, so a node's
	// per-address connection cap (wire.Limits.MaxConnsPerPeer) counts each
	// member apart instead of all of them as 127.0.0.1.
	Host net.IP
}

// Market is a running devnet with its members.
type Market struct {
	T       testing.TB
	Net     *devnet.Devnet
	Members map[string]*Member
	IDs     []uint64 // published datasets, in owner order
	wg      sync.WaitGroup
	stops   map[string]context.CancelFunc
	Quiet   bool // do not copy the daemons' logs into the test log
	LogDir  string
	Daemons map[string]*node.Daemon
	logs    []*os.File // LogDir's files, closed after the daemons stop
}

// Start runs a devnet with `owners` owner homes, a buyer and one compute node.
func Start(t testing.TB, owners int, acceptWindow time.Duration) *Market {
	return StartWith(t, Options{Owners: owners, AcceptWindow: acceptWindow})
}

// Options shape a test market.
type Options struct {
	Owners       int
	Compute      int // compute homes compute1.. (default 1)
	AcceptWindow time.Duration
	BlockPeriod  time.Duration // 0: a block per transaction
	Quiet        bool
	// LogDir, when set, receives each daemon's log, debug lines included,
	// as <name>.log (appended to across restarts) instead of the test log:
	// timestamps of a many-owner job to read side by side.
	LogDir string
}

// StartWith runs a devnet as opts say.
func StartWith(t testing.TB, opts Options) *Market {
	t.Helper()
	cfg := chain.DevMarketConfig()
	cfg.AcceptWindow = opts.AcceptWindow
	cfg.MinJobDuration = max(time.Minute, 3*opts.AcceptWindow, cfg.MinDuration())
	dn, err := devnet.Start(context.Background(), devnet.Options{Dir: filepath.Join(t.TempDir(), "net"), RPCAddr: "127.0.0.1:0",
		Owners: opts.Owners, Compute: max(opts.Compute, 1), Market: cfg, BlockPeriod: opts.BlockPeriod})
	if err != nil {
		t.Fatal(err)
	}
	m := &Market{T: t, Net: dn, Members: map[string]*Member{}, stops: map[string]context.CancelFunc{}, Quiet: opts.Quiet,
		LogDir: opts.LogDir, Daemons: map[string]*node.Daemon{}}
	t.Cleanup(func() {
		m.StopAll()
		dn.Close()
		for _, f := range m.logs {
			f.Close()
		}
	})
	for i, name := range slices.Sorted(maps.Keys(dn.Info.Homes)) {
		m.Members[name] = m.open(name, dn.Info.Homes[name])
		m.Members[name].Host = loopback(i)
	}
	return m
}

// loopback is the i-th member's own address: 127.0.1.1, 127.0.1.2, ...
// (Linux routes all of 127/8 to the loopback interface).
func loopback(i int) net.IP {
	return net.IPv4(127, 0, byte(1+i/250), byte(1+i%250))
}

func (m *Market) open(name, dir string) *Member {
	h, err := home.Open(dir)
	if err != nil {
		m.T.Fatal(err)
	}
	s, err := h.Unlock("")
	if err != nil {
		m.T.Fatal(err)
	}
	client, err := m.chainClient()
	if err != nil {
		m.T.Fatal(err)
	}
	m.T.Cleanup(client.Close)
	sender, err := chain.NewSender(context.Background(), client, s.Account, 0)
	if err != nil {
		m.T.Fatal(err)
	}
	mk := chain.NewMarket(client, common.HexToAddress(m.Net.Info.Marketplace), sender, 0)
	return &Member{Name: name, Home: h, Secrets: s, Market: mk}
}

// chainClient is a member's own client of the devnet's RPC, with its own
// HTTP connection pool as a daemon in its own process has: on the process's
// shared default transport (2 idle connections per host), a hundred daemons
// polling the chain opened and closed a TCP connection for most requests.
func (m *Market) chainClient() (*ethclient.Client, error) {
	hc := &http.Client{Transport: http.DefaultTransport.(*http.Transport).Clone()}
	rc, err := rpc.DialOptions(context.Background(), m.Net.Info.RPC, rpc.WithHTTPClient(hc))
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(rc), nil
}

// Owners lists owner1, owner2, ... in order.
func (m *Market) Owners() []*Member {
	var out []*Member
	for i := 1; ; i++ {
		o, ok := m.Members[fmt.Sprintf("owner%d", i)]
		if !ok {
			return out
		}
		out = append(out, o)
	}
}

// Publish has owner i publish parts[i] with the declared bounds, allowing `engines`.
func (m *Market) Publish(parts []*dataset.Table, bounds map[string]dataset.Bounds, engines uint8, price *big.Int) {
	m.T.Helper()
	for i, part := range parts {
		o := m.Owners()[i]
		file := filepath.Join(m.T.TempDir(), "part.csv")
		var buf bytes.Buffer
		if err := part.WriteCSV(&buf); err != nil {
			m.T.Fatal(err)
		}
		if err := os.WriteFile(file, buf.Bytes(), 0o600); err != nil {
			m.T.Fatal(err)
		}
		pub := publish.Owner{Home: o.Home, Secrets: o.Secrets, Market: o.Market, ChainID: chain.DevChainID}
		res, err := pub.Dataset(context.Background(), &publish.Request{File: file, Title: fmt.Sprintf("part %d", i+1), Price: price,
			Engines: engines, Budget: 100_000_000, MaxDelta: 1e13, DeltaBudget: 1e15, MinOwners: 1, Bounds: bounds,
			AcceptSuggestedTypes: true})
		if err != nil {
			m.T.Fatal(err)
		}
		m.IDs = append(m.IDs, res.ID)
	}
}

// Start runs the named members' daemons until Stop or the end of the test.
func (m *Market) Run(names ...string) {
	for _, name := range names {
		m.runDaemon(name)
	}
}

// RunWith runs one member's daemon with a changed configuration.
func (m *Market) RunWith(name string, change func(*node.Config)) {
	m.runDaemonWith(name, change)
}

func (m *Market) runDaemon(name string) { m.runDaemonWith(name, nil) }

func (m *Market) runDaemonWith(name string, change func(*node.Config)) {
	mem := m.Members[name]
	ctx, cancel := context.WithCancel(context.Background())
	log := m.daemonLog(name)
	cfg := node.Config{Home: mem.Home, Secrets: mem.Secrets, Market: mem.Market, Listen: net.JoinHostPort(mem.Host.String(), "0"),
		Source: mem.Host, Poll: 200 * time.Millisecond, Log: log}
	if change != nil {
		change(&cfg)
	}
	d, err := node.New(ctx, cfg)
	if err != nil {
		cancel()
		m.T.Fatal(err)
	}
	m.Daemons[name] = d
	done := make(chan struct{})
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		defer close(done)
		if err := d.Run(ctx); err != nil {
			m.T.Errorf("%s daemon: %v", name, err)
		}
	}()
	m.stops[name] = func() { cancel(); <-done }
}

// daemonLog is where member name's daemon logs: LogDir, the test log, or
// nowhere (Quiet).
func (m *Market) daemonLog(name string) *slog.Logger {
	switch {
	case m.LogDir != "":
		f, err := os.OpenFile(filepath.Join(m.LogDir, name+".log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			m.T.Fatal(err)
		}
		m.logs = append(m.logs, f)
		return slog.New(slog.NewTextHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug}))
	case m.Quiet:
		return slog.New(slog.DiscardHandler)
	default:
		return slog.New(slog.NewTextHandler(testWriter{m.T, name}, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
}

// Stop stops one daemon and waits for it to finish.
func (m *Market) Stop(name string) {
	if stop, ok := m.stops[name]; ok {
		stop()
		delete(m.stops, name)
	}
}

// StopAll stops every daemon.
func (m *Market) StopAll() {
	for name := range m.stops {
		m.Stop(name)
	}
	m.wg.Wait()
}

type testWriter struct {
	t    testing.TB
	name string
}

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Logf("%s: %s", w.name, bytes.TrimSpace(p))
	return len(p), nil
}

// Spec builds a spec over the published datasets with every compute home
// (compute1 first: it leads).
func (m *Market) Spec(engineName, task, privacy string) *spec.Spec {
	m.T.Helper()
	var compute []string
	for i := 1; m.Members[fmt.Sprintf("compute%d", i)] != nil; i++ {
		compute = append(compute, m.Members[fmt.Sprintf("compute%d", i)].Home.Address().Hex())
	}
	ids, _ := json.Marshal(m.IDs)
	cs, _ := json.Marshal(compute)
	raw := fmt.Sprintf(`{"engine":%q,"datasets":%s,"task":%s,"privacy":%s,"compute":%s}`, engineName, ids, task, privacy, cs)
	s, err := spec.Parse([]byte(raw))
	if err != nil {
		m.T.Fatal(err)
	}
	return s
}

// Submit submits s as the buyer and returns the job id.
func (m *Market) Submit(s *spec.Spec) uint64 {
	m.T.Helper()
	b := m.Members["buyer"]
	res, err := buyer.Submit(context.Background(), buyer.Submission{Market: b.Market, Registry: chain.NewRegistry(b.Market), Home: b.Home, Secrets: b.Secrets, Spec: s})
	if err != nil {
		m.T.Fatal(err)
	}
	return res.ID
}

// WaitState waits until job id reaches state want.
func (m *Market) WaitState(id uint64, want uint8, timeout time.Duration) *chain.Job {
	m.T.Helper()
	deadline := time.Now().Add(timeout)
	for {
		j, err := m.Members["buyer"].Market.Job(context.Background(), id)
		if err != nil {
			m.T.Fatal(err)
		}
		if j.State == want {
			return j
		}
		if time.Now().After(deadline) {
			m.T.Fatalf("job %d is %s after %s, want %s", id, chain.JobStateName(j.State), timeout, chain.JobStateName(want))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Credits is what a member can withdraw.
func (m *Market) Credits(name string) *big.Int {
	m.T.Helper()
	mem := m.Members[name]
	c, err := mem.Market.Credits(context.Background(), mem.Home.Address())
	if err != nil {
		m.T.Fatal(err)
	}
	return c
}

// WaitCredits waits until a member's credits reach want.
func (m *Market) WaitCredits(name string, want *big.Int, timeout time.Duration) {
	m.T.Helper()
	deadline := time.Now().Add(timeout)
	for {
		got := m.Credits(name)
		if got.Cmp(want) == 0 {
			return
		}
		if time.Now().After(deadline) {
			m.T.Fatalf("%s credited %s, want %s", name, chain.FormatCoins(got), chain.FormatCoins(want))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Result downloads and decodes job id's result as the buyer.
func (m *Market) Result(id uint64) *buyer.Result {
	m.T.Helper()
	b := m.Members["buyer"]
	res, err := buyer.Fetch(context.Background(), b.Market, chain.NewRegistry(b.Market), b.Home, b.Secrets, id)
	if err != nil {
		m.T.Fatal(err)
	}
	return res
}

// Table reads a CSV from the repository's testdata.
func Table(t testing.TB, path string) *dataset.Table { t.Helper(); return testfixture.Table(t, path) }

// Bounds reads a bounds file.
func Bounds(t testing.TB, path string) map[string]dataset.Bounds {
	t.Helper()
	return testfixture.Bounds(t, path)
}

// WaitServing waits until a member's daemon has registered the endpoint it
// listens on and accepts connections there (a buyer may upload keys to the
// aggregator as soon as it submits).
func (m *Market) WaitServing(name string) {
	m.T.Helper()
	d := m.Daemons[name]
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		n, err := m.Members["buyer"].Market.Node(context.Background(), m.Members[name].Home.Address())
		if err != nil || d == nil || n.Endpoint != d.Addr() {
			continue
		}
		if c, err := net.DialTimeout("tcp", n.Endpoint, time.Second); err == nil {
			c.Close()
			return
		}
	}
	m.T.Fatalf("%s never served at its registered endpoint", name)
}
