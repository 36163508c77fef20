package wire

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Each refusal must name the peer and leave the job's other owners working: in
// every case below, owner 0 connects properly first, the bad peer is refused,
// and owner 0 then still exchanges a message with the aggregator.

// checkOthersUnaffected runs one exchange with a well-behaved owner, owner 0.
func checkOthersUnaffected(t *testing.T, hub *Job, good *Uplink, round uint32) {
	t.Helper()
	checkExchange(t, hub, 0, good, round)
}

// checkExchange has owner i send one message in round and the hub get it.
func checkExchange(t *testing.T, hub *Job, i int, l *Uplink, round uint32) {
	t.Helper()
	ctx := context.Background()
	if err := l.Round(round).Send(ctx, "after", []byte("still here")); err != nil {
		t.Fatal(err)
	}
	got, failed := hub.Round(round).Gather(ctx, "after", []int{i}, 64, time.Now().Add(20*time.Second))
	if len(failed) != 0 || !bytes.Equal(got[i], []byte("still here")) {
		t.Fatalf("the well-behaved owner %d was affected: got %q, failed %v", i, got[i], failed)
	}
}

func TestJoinRefusals(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(2)
	hub := n.openJob(7, owners, 1<<20)
	good := n.dial(hub, owners[0], 7, 1<<20)
	stranger := &owner{Identity: n.register(), receipts: make(chan receipt, 1)}
	impostor := &owner{Identity: Identity{Address: owners[1].Address, Key: n.identity().Key}, receipts: make(chan receipt, 1)}
	unregistered := &owner{Identity: n.identity(), receipts: make(chan receipt, 1)}
	cases := []struct {
		name string
		who  *owner
		job  uint64
		want []string
	}{
		{"impostor: an owner's address with another key", impostor, 7, []string{impostor.Address.Hex(), "not in the registry under this key"}},
		{"registered, but not an owner of the job", stranger, 7, []string{stranger.Address.Hex(), "not an owner of job 7"}},
		{"not in the registry at all", unregistered, 7, []string{unregistered.Address.Hex()}},
		{"an owner asking for a job this node does not run", owners[1], 8, []string{owners[1].Address.Hex(), "job 8", "does not run (yet)"}},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l, err := Dial(context.Background(), n.linkConfig(c.who, c.job, 1<<20))
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			mustContain(t, linkFailure(t, l), append([]string{"refused"}, c.want...)...)
			n.waitLog(t, c.who.Address.Hex())
			if live := hub.Live(); len(live) != 1 || live[0] != 0 {
				t.Fatalf("Live() = %v, want only owner 0", live)
			}
			checkOthersUnaffected(t, hub, good, uint32(i+1))
		})
	}
}

// TestSessionRefusals covers owners that joined properly and then send what
// they must not; the aggregator ends their connection with a reason naming them.
func TestSessionRefusals(t *testing.T) {
	cases := []struct {
		name string
		send func(l *Uplink, o, victim *owner) error
		want string
	}{
		{"a frame of another job (replay)", func(l *Uplink, o, _ *owner) error {
			return l.conn.send(&Frame{Kind: KindData, Job: 8, Round: 1, Step: "x", Total: 1, Payload: []byte{1}, Last: true})
		}, "sent a frame of job 8 on job 7"},
		{"the same round and step twice (replay)", func(l *Uplink, o, _ *owner) error {
			lr := l.Round(1)
			if err := lr.Send(context.Background(), "x", []byte("once")); err != nil {
				return err
			}
			// The aggregator may end the stream at the replay's first chunk,
			// before its last is sent: the refusal is what counts.
			_ = lr.Send(context.Background(), "x", []byte("once"))
			return nil
		}, `round 1 step "x" was already received`},
		{"a message of another job, signed for it, replayed whole", func(l *Uplink, o, _ *owner) error {
			return l.conn.sendMessage(KindData, 8, 1, "x", []byte("payload"), func(sum [32]byte) []byte {
				return signContribution(o.Key, 8, 1, "x", o.dataset, sum)
			})
		}, "sent a frame of job 8 on job 7"},
		{"another owner's message with that owner's signature (impostor)", func(l *Uplink, _, victim *owner) error {
			return sendSigned(l, victim, 7, 1, victim.dataset)
		}, "without a valid signature over its dataset"},
		{"signature over another dataset", func(l *Uplink, o, _ *owner) error {
			return sendSigned(l, o, 7, 1, [32]byte{0xee})
		}, "without a valid signature over its dataset"},
		{"signature made for another job", func(l *Uplink, o, _ *owner) error {
			return sendSigned(l, o, 8, 1, o.dataset)
		}, "without a valid signature over its dataset"},
		{"signature made for another round", func(l *Uplink, o, _ *owner) error {
			return sendSigned(l, o, 7, 2, o.dataset)
		}, "without a valid signature over its dataset"},
		{"no signature", func(l *Uplink, o, _ *owner) error {
			return l.conn.sendMessage(KindData, 7, 1, "x", []byte("unsigned"), nil)
		}, "without a valid signature over its dataset"},
		{"a message larger than the job allows", func(l *Uplink, o, _ *owner) error {
			return l.conn.send(&Frame{Kind: KindData, Job: 7, Round: 1, Step: "x", Total: 1 << 40, Payload: []byte{1}})
		}, "declares 1099511627776 bytes, more than the 1048576 allowed"},
		{"a hello in the middle of a session", func(l *Uplink, o, _ *owner) error {
			return l.conn.send(&Frame{Kind: KindHello, Job: 7})
		}, "unexpected frame kind 1"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := newTestNet(t, nil)
			owners := n.owners(2)
			hub := n.openJob(7, owners, 1<<20)
			good := n.dial(hub, owners[0], 7, 1<<20)
			bad := n.dial(hub, owners[1], 7, 1<<20)
			if err := c.send(bad, owners[1], owners[0]); err != nil {
				t.Fatal(err)
			}
			mustContain(t, linkFailure(t, bad), "refused", owners[1].Address.Hex(), c.want)
			n.waitFor("the refused owner to be dropped", func() bool { return !hasLive(hub, 1) })
			checkOthersUnaffected(t, hub, good, 3)
		})
	}
}

// sendSigned sends a message for job 7, round 1 whose signature covers (job,
// round, dataset) instead.
func sendSigned(l *Uplink, o *owner, job uint64, round uint32, dataset [32]byte) error {
	return l.conn.sendMessage(KindData, 7, 1, "x", []byte("payload"), func(sum [32]byte) []byte {
		return signContribution(o.Key, job, round, "x", dataset, sum)
	})
}

func TestReplayAfterReconnectIsRefused(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 1<<10)
	ctx := context.Background()
	first := n.dial(hub, owners[0], 7, 1<<10)
	if err := first.Round(1).Send(ctx, "x", []byte("once")); err != nil {
		t.Fatal(err)
	}
	n.waitFor("the message", func() bool { return delivered(hub, 0, 1, "x") })
	first.Close()
	n.waitFor("the owner to drop", func() bool { return !hasLive(hub, 0) })
	second := n.dial(hub, owners[0], 7, 1<<10)
	if err := second.Round(1).Send(ctx, "x", []byte("once")); err != nil {
		t.Fatal(err)
	}
	mustContain(t, linkFailure(t, second), owners[0].Address.Hex(), "already received")
}

func TestLateMessagesOfAFinishedRoundAreRefused(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 1<<10)
	link := n.dial(hub, owners[0], 7, 1<<10)
	hub.Round(3)
	if err := link.Round(2).Send(context.Background(), "x", []byte("late")); err != nil {
		t.Fatal(err)
	}
	mustContain(t, linkFailure(t, link), owners[0].Address.Hex(), "finished round")
}

func TestClientRefusesAServerWithAnotherKey(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	n.openJob(7, owners, 1<<10)
	cases := []struct {
		name string
		edit func(*UplinkConfig)
		want []string
	}{
		{"the registry holds another key for the aggregator", func(c *UplinkConfig) {
			reg := &testRegistry{keys: map[common.Address]ed25519.PublicKey{}}
			reg.set(n.agg.Address, n.identity().Key.Public().(ed25519.PublicKey))
			c.Registry = reg
		}, []string{n.agg.Address.Hex(), "not in the registry under this key"}},
		{"the server is not the aggregator the chain names", func(c *UplinkConfig) {
			c.Server = owners[0].Address
		}, []string{owners[0].Address.Hex(), n.agg.Address.Hex(), "the server says it is"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := n.linkConfig(owners[0], 7, 1<<10)
			c.edit(&cfg)
			l, err := Dial(context.Background(), cfg)
			if err == nil {
				l.Close()
			}
			mustContain(t, err, c.want...)
		})
	}
}
