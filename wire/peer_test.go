package wire

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/engine"
)

// second starts another compute node on this net's registry.
func (n *testNet) second() (Identity, *Server, string) {
	n.t.Helper()
	id := n.register()
	srv, err := NewServer(ServerConfig{Identity: id, Registry: n.reg, Log: slog.New(slog.NewTextHandler(n.log, nil))})
	if err != nil {
		n.t.Fatal(err)
	}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		n.t.Fatal(err)
	}
	go srv.Serve(lis)
	n.t.Cleanup(srv.Stop)
	return id, srv, lis.Addr().String()
}

// pairOfNodes is a job's lead (this net's server) and a helper, each with
// its hub open, the helper dialling the lead; edit changes each node's config.
func (n *testNet) pairOfNodes(job uint64, owners []*owner, edit func(self int, c *JobConfig)) (lead, helper *Job) {
	n.t.Helper()
	id, srv, ep := n.second()
	compute := []common.Address{n.agg.Address, id.Address}
	n.endpoints = map[common.Address]string{n.agg.Address: n.endpoint, id.Address: ep}
	find := n.find
	open := func(s *Server, self int) *Job {
		cfg := JobConfig{Job: job, MaxMessage: 1 << 10, Compute: compute, Self: self, Peers: []int{1 - self}, Endpoint: find}
		for _, o := range owners {
			cfg.Owners = append(cfg.Owners, Owner{Address: o.Address, DatasetDigest: o.dataset})
		}
		if edit != nil {
			edit(self, &cfg)
		}
		h := s.OpenJob(cfg)
		n.t.Cleanup(func() { s.CloseJob(job) })
		return h
	}
	return open(n.srv, 0), open(srv, 1)
}

func (n *testNet) find(_ context.Context, a common.Address) (string, error) {
	if ep, ok := n.endpoints[a]; ok {
		return ep, nil
	}
	return "", fmt.Errorf("%s serves nothing", a.Hex())
}

// TestPeerChannel: two compute nodes of a job exchange messages in both
// directions over the channel the helper dials, bound to their round.
func TestPeerChannel(t *testing.T) {
	n := newTestNet(t, nil)
	lead, helper := n.pairOfNodes(7, n.owners(2), nil)
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	lr, hr := lead.Round(1), helper.Round(1)
	if err := hr.Peer(0).Send(ctx, "up", []byte("from the helper")); err != nil {
		t.Fatal(err)
	}
	if got, err := lr.Peer(1).Recv(ctx, "up", 100); err != nil || string(got) != "from the helper" {
		t.Fatalf("the lead got %q, %v", got, err)
	}
	if err := lr.Peer(1).Send(ctx, "down", []byte("from the lead")); err != nil {
		t.Fatal(err)
	}
	if got, err := hr.Peer(0).Recv(ctx, "down", 100); err != nil || string(got) != "from the lead" {
		t.Fatalf("the helper got %q, %v", got, err)
	}
	own, stopOwn := context.WithTimeout(ctx, 100*time.Millisecond)
	defer stopOwn()
	if _, err := lr.Peer(1).Recv(own, "down", 100); err == nil {
		t.Fatal("the lead received its own message")
	}
	if err := lr.Peer(3).Send(ctx, "x", nil); !errors.Is(err, engine.ErrNoChannel) {
		t.Fatalf("a channel to a node outside the plan: %v", err)
	}
	// A late message of round 1, once the helper is in round 2, is dropped
	// (peers run at their own pace), not taken as round 2's.
	hr2 := helper.Round(2)
	if err := lr.Peer(1).Send(ctx, "late", []byte("r1")); err != nil {
		t.Fatal(err)
	}
	short, stop := context.WithTimeout(ctx, 200*time.Millisecond)
	defer stop()
	if got, err := hr2.Peer(0).Recv(short, "late", 100); err == nil {
		t.Fatalf("round 2 got round 1's message %q", got)
	}
	if n := len(helper.Peers()); n != 1 {
		t.Errorf("the helper counts %d peers connected, want 1", n)
	}
}

// TestPeerRefusals: only the job's compute nodes that take part, with a
// higher index than the node's own, may join it as a compute peer.
func TestPeerRefusals(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(2)
	stranger := n.register()
	lower := n.register()
	n.openJob(9, owners, 1<<10, func(c *JobConfig) {
		c.Compute, c.Self, c.Peers = []common.Address{lower.Address, n.agg.Address}, 1, []int{0}
	})
	for _, tc := range []struct {
		name string
		id   Identity
		want string
	}{
		{"a node not in the job", stranger, "is not a compute node of job 9"},
		{"an owner of the job", owners[0].Identity, "is not a compute node of job 9"},
		{"a peer with a lower index (it is dialled, it does not dial)", lower, "is not a compute node of job 9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Dial(t.Context(), UplinkConfig{Identity: tc.id, Registry: n.reg, Server: n.agg.Address, Endpoint: n.endpoint,
				Job: 9, MaxMessage: 1 << 10, Peer: true})
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.id.Address.Hex()) {
				t.Fatalf("joining as a compute peer: %v, want a refusal naming %s: %q", err, tc.id.Address.Hex(), tc.want)
			}
		})
	}
}

// attestLog records what the attestation halves saw.
type attestLog struct {
	mu     sync.Mutex
	proved []engine.Challenge
	seen   []engine.Challenge
}

func (a *attestLog) prove(evidence string) Prove {
	return func(_ context.Context, c engine.Challenge) ([]byte, error) {
		a.mu.Lock()
		defer a.mu.Unlock()
		a.proved = append(a.proved, c)
		return fmt.Appendf(nil, "%s:%x", evidence, c.ReportData(nil)), nil
	}
}

// verify accepts exactly evidence `want` bound to the challenge it issued.
func (a *attestLog) verify(want string) Verify {
	return func(_ context.Context, c engine.Challenge, ev []byte) error {
		a.mu.Lock()
		a.seen = append(a.seen, c)
		a.mu.Unlock()
		if !bytes.Equal(ev, fmt.Appendf(nil, "%s:%x", want, c.ReportData(nil))) {
			return fmt.Errorf("evidence %q is not %s's for this challenge", ev, want)
		}
		return nil
	}
}

// TestAttestationBeforeAnyMessage: an owner that checks the node gets its
// evidence for a fresh challenge naming the job and both ends, before Dial
// returns; evidence that fails its check ends the connection at once, so
// the hub never has the owner live and no message of the job moves.
func TestAttestationBeforeAnyMessage(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	node := &attestLog{}
	hub := n.openJob(11, owners, 1<<10, func(c *JobConfig) { c.Prove = node.prove("enclave") })
	check := &attestLog{}
	var evidence [][]byte
	for range 2 {
		cfg := n.linkConfig(owners[0], 11, 1<<10)
		cfg.Verify = check.verify("enclave")
		l, err := Dial(t.Context(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		evidence = append(evidence, l.Evidence())
		l.Close()
	}
	if len(check.seen) != 2 || check.seen[0].Nonce == check.seen[1].Nonce {
		t.Fatalf("challenges %+v: want two, with fresh nonces", check.seen)
	}
	c := check.seen[0]
	if c.Job != 11 || c.Prover != n.agg.Address || c.Verifier != owners[0].Address || node.proved[0] != c {
		t.Errorf("the challenge %+v does not name the job and both ends, or is not the one proved (%+v)", c, node.proved[0])
	}
	if bytes.Equal(evidence[0], evidence[1]) || len(evidence[0]) == 0 {
		t.Errorf("evidence %q and %q: want it per challenge", evidence[0], evidence[1])
	}
	cfg := n.linkConfig(owners[0], 11, 1<<10)
	cfg.Verify = check.verify("another enclave")
	if _, err := Dial(t.Context(), cfg); !errors.Is(err, ErrAttestation) || !strings.Contains(err.Error(), n.agg.Address.Hex()) {
		t.Fatalf("evidence that fails its check: %v, want ErrAttestation naming %s", err, n.agg.Address.Hex())
	}
	time.Sleep(50 * time.Millisecond) // the refused owner must not be live even briefly after
	if live := hub.Live(); len(live) != 0 {
		t.Errorf("owners %v are live after a refused attestation", live)
	}
}

// TestPeersAttestEachOther: each compute node checks the other's evidence;
// a helper whose evidence the lead refuses never gets a channel.
func TestPeersAttestEachOther(t *testing.T) {
	n := newTestNet(t, nil)
	logs := []*attestLog{{}, {}}
	lead, helper := n.pairOfNodes(12, nil, func(self int, c *JobConfig) {
		c.Prove, c.Verify = logs[self].prove(fmt.Sprint("node", self)), logs[self].verify(fmt.Sprint("node", 1-self))
	})
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	for k, h := range []*Job{lead, helper} {
		ev, err := h.Round(1).Peer(1 - k).Evidence(ctx)
		if err != nil || !bytes.HasPrefix(ev, fmt.Appendf(nil, "node%d:", 1-k)) {
			t.Errorf("compute node %d holds evidence %q (%v) of its peer", k, ev, err)
		}
	}
	n2 := newTestNet(t, nil)
	lead2, _ := n2.pairOfNodes(13, nil, func(self int, c *JobConfig) {
		c.Prove = (&attestLog{}).prove("impostor")
		if self == 0 {
			c.Verify = (&attestLog{}).verify("the pinned code")
		}
	})
	short, stop := context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer stop()
	if err := lead2.Round(1).Peer(1).Send(short, "x", []byte("data")); err == nil {
		t.Fatal("the lead sent data to a helper whose attestation it refused")
	}
	n2.waitLog(t, "attestation refused")
}

// TestHelpersOfAnOwner: an owner's link to a helper carries its signed
// messages there, round by round, as its link to the lead does, and the
// helper's answers back.
func TestHelpersOfAnOwner(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	_, helper := n.pairOfNodes(14, owners, nil)
	cfg := n.linkConfig(owners[0], 14, 1<<10)
	l, err := Dial(t.Context(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	hs := DialHelpers(cfg, map[int]common.Address{1: helper.cfg.Compute[1]}, n.find)
	defer hs.Close()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	to := hs.With(l.Round(1)).To(1)
	if err := to.Send(ctx, "share", []byte("half")); err != nil {
		t.Fatal(err)
	}
	hr := helper.Round(1)
	got, failed := hr.Gather(ctx, "share", []int{0}, 100, time.Now().Add(5*time.Second))
	if string(got[0]) != "half" {
		t.Fatalf("the helper gathered %v (%v)", got, failed)
	}
	if err := hr.Send(ctx, 0, "ack", []byte("ok")); err != nil {
		t.Fatal(err)
	}
	if b, err := to.Recv(ctx, "ack", 10); err != nil || string(b) != "ok" {
		t.Fatalf("the owner got %q, %v from the helper", b, err)
	}
	if err := hr.Credit(ctx, 0); err == nil {
		t.Error("a helper credited an owner: only the lead does")
	}
	if err := hs.With(l.Round(1)).To(2).Send(ctx, "x", nil); !errors.Is(err, engine.ErrNoChannel) {
		t.Errorf("a channel to a node the owner has no link to: %v", err)
	}
}
