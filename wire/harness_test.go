package wire

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/internal/procstat"
)

// testRegistry is the chain's node registry for tests: address → Ed25519 key.
type testRegistry struct {
	mu   sync.Mutex
	keys map[common.Address]ed25519.PublicKey
}

func (r *testRegistry) NodeKey(_ context.Context, addr common.Address) (ed25519.PublicKey, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if k, ok := r.keys[addr]; ok {
		return k, nil
	}
	return nil, fmt.Errorf("test registry: %s is not registered", addr.Hex())
}

func (r *testRegistry) set(addr common.Address, key ed25519.PublicKey) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.keys[addr] = key
}

// testNet is an aggregator's server on 127.0.0.1 with a registry of nodes.
type testNet struct {
	t         *testing.T
	reg       *testRegistry
	agg       Identity
	srv       *Server
	endpoint  string
	endpoints map[common.Address]string // compute nodes' endpoints (pairOfNodes)
	log       *procstat.LockedBuffer
}

func newTestNet(t *testing.T, blobs BlobService) *testNet {
	t.Helper()
	return newNet(t, blobs, Limits{LogInterval: Duration(time.Millisecond)})
}

// newLimitedNet is a test net whose server runs with lim.
func newLimitedNet(t *testing.T, lim Limits) *testNet {
	t.Helper()
	return newNet(t, nil, lim)
}

func newNet(t *testing.T, blobs BlobService, lim Limits) *testNet {
	t.Helper()
	n := &testNet{t: t, reg: &testRegistry{keys: map[common.Address]ed25519.PublicKey{}}, log: &procstat.LockedBuffer{}}
	n.agg = n.register()
	srv, err := NewServer(ServerConfig{Identity: n.agg, Registry: n.reg, Blobs: blobs,
		Log: slog.New(slog.NewTextHandler(n.log, nil)), Limits: lim})
	if err != nil {
		t.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(lis)
	t.Cleanup(srv.Stop)
	n.srv, n.endpoint = srv, lis.Addr().String()
	return n
}

// identity makes a node identity that is not registered.
func (n *testNet) identity() Identity {
	n.t.Helper()
	id, err := newIdentity(rand.Reader)
	if err != nil {
		n.t.Fatal(err)
	}
	return id
}

// register makes a node identity and registers its key.
func (n *testNet) register() Identity {
	id := n.identity()
	n.reg.set(id.Address, id.Key.Public().(ed25519.PublicKey))
	return id
}

// owner is a registered owner of a test job and what it has been sent.
type owner struct {
	Identity
	dataset  [32]byte
	receipts chan receipt
}

type receipt struct {
	rounds uint32
	sig    []byte
}

func (n *testNet) owners(count int) []*owner {
	out := make([]*owner, count)
	for i := range out {
		out[i] = &owner{Identity: n.register(), receipts: make(chan receipt, 16)}
		out[i].dataset[0] = byte(i + 1)
	}
	return out
}

// receiptSig is what the test aggregator signs as a receipt.
func receiptSig(o common.Address, rounds uint32) []byte {
	return []byte(fmt.Sprintf("receipt for %s: %d rounds", o.Hex(), rounds))
}

// openJob makes the server aggregate job for owners; edit may change the config.
func (n *testNet) openJob(job uint64, owners []*owner, maxMessage uint64, edit ...func(*JobConfig)) *Job {
	cfg := JobConfig{Job: job, MaxMessage: maxMessage,
		Receipt: func(o common.Address, rounds uint32) ([]byte, error) { return receiptSig(o, rounds), nil }}
	for _, o := range owners {
		cfg.Owners = append(cfg.Owners, Owner{Address: o.Address, DatasetDigest: o.dataset})
	}
	for _, e := range edit {
		e(&cfg)
	}
	return n.srv.OpenJob(cfg)
}

// linkConfig is how owner o dials job on this net.
func (n *testNet) linkConfig(o *owner, job uint64, maxMessage uint64) UplinkConfig {
	return UplinkConfig{Identity: o.Identity, Registry: n.reg, Server: n.agg.Address, Endpoint: n.endpoint,
		Job: job, DatasetDigest: o.dataset, MaxMessage: maxMessage,
		Receipt: func(rounds uint32, sig []byte) error {
			o.receipts <- receipt{rounds, sig}
			return nil
		}}
}

// dial connects owner o to job and waits until the hub has it live.
func (n *testNet) dial(hub *Job, o *owner, job uint64, maxMessage uint64) *Uplink {
	n.t.Helper()
	l, err := Dial(context.Background(), n.linkConfig(o, job, maxMessage))
	if err != nil {
		n.t.Fatal(err)
	}
	n.t.Cleanup(func() { l.Close() })
	idx := hub.index(o.Address)
	n.waitFor("owner "+o.Address.Hex()+" to join", func() bool { return hasLive(hub, idx) })
	return l
}

func hasLive(h *Job, idx int) bool {
	for _, i := range h.Live() {
		if i == idx {
			return true
		}
	}
	return false
}

// waitFor polls cond; it fails the test after a generous bound (a hang, not a timing assertion).
func (n *testNet) waitFor(what string, cond func() bool) {
	n.t.Helper()
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(2 * time.Millisecond) {
		if cond() {
			return
		}
	}
	n.t.Fatalf("timed out waiting for %s", what)
}

// waitLog waits until the server's log has every part: refusals past the
// first of an interval appear in the interval's summary line.
func (n *testNet) waitLog(t *testing.T, parts ...string) {
	t.Helper()
	has := func() bool {
		log := n.log.String()
		for _, p := range parts {
			if !strings.Contains(log, p) {
				return false
			}
		}
		return true
	}
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(2 * time.Millisecond) {
		if has() {
			return
		}
	}
	t.Fatalf("the server's log does not have %q:\n%s", parts, n.log)
}

// linkFailure waits for l to end and returns why.
func linkFailure(t *testing.T, l *Uplink) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	_, _, err := l.NextRound(ctx, 1<<31)
	if err == nil || ctx.Err() != nil {
		t.Fatalf("the link did not fail: %v", err)
	}
	return err
}

// mustContain fails unless err's text has every part.
func mustContain(t *testing.T, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error; want one containing %q", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Fatalf("error %q does not contain %q", err, p)
		}
	}
}

// pattern is a deterministic payload of n bytes.
func pattern(n int, seed byte) []byte {
	p := make([]byte, n)
	for i := range p {
		p[i] = byte(i*7) ^ seed
	}
	return p
}

// newIdentity makes a node identity with a random address and key.
func newIdentity(rnd io.Reader) (Identity, error) {
	var addr common.Address
	if _, err := io.ReadFull(rnd, addr[:]); err != nil {
		return Identity{}, fmt.Errorf("wire: new identity: %w", err)
	}
	_, key, err := ed25519.GenerateKey(rnd)
	if err != nil {
		return Identity{}, fmt.Errorf("wire: new identity: %w", err)
	}
	return Identity{Address: addr, Key: key}, nil
}
