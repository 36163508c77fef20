package wire

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

// exchangeSizes are the message sizes issue 4 names: empty, one byte, exactly one
// chunk, one byte more, and a message of several chunks.
var exchangeSizes = []int{0, 1, MaxChunk, MaxChunk + 1, 5<<20 + 3}

func TestExchangeBothWays(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	var mu sync.Mutex
	var evidence []Contribution
	hub := n.openJob(7, owners, 6<<20, func(cfg *JobConfig) {
		cfg.Evidence = func(_ int, c Contribution) {
			mu.Lock()
			evidence = append(evidence, c)
			mu.Unlock()
		}
	})
	link := n.dial(hub, owners[0], 7, 6<<20)
	ctx := context.Background()
	hr, lr := hub.Round(1), link.Round(1)
	for i, size := range exchangeSizes {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			up, down := pattern(size, byte(i)), pattern(size, byte(i)+100)
			step := fmt.Sprintf("size-%d", size)
			if err := lr.Send(ctx, step, up); err != nil {
				t.Fatal(err)
			}
			got, failed := hr.Gather(ctx, step, []int{0}, size, time.Now().Add(20*time.Second))
			if len(failed) != 0 || !bytes.Equal(got[0], up) {
				t.Fatalf("owner → aggregator: got %d bytes, failed %v", len(got[0]), failed)
			}
			if err := hr.Send(ctx, 0, step, down); err != nil {
				t.Fatal(err)
			}
			back, err := lr.Recv(ctx, step, size)
			if err != nil || !bytes.Equal(back, down) {
				t.Fatalf("aggregator → owner: got %d bytes, err %v", len(back), err)
			}
			checkEvidence(t, owners[0], evidence, &mu, step, up)
		})
	}
}

// checkEvidence finds the contribution kept for step and checks it is the
// owner's signature over exactly what it sent.
func checkEvidence(t *testing.T, o *owner, evidence []Contribution, mu *sync.Mutex, step string, payload []byte) {
	t.Helper()
	mu.Lock()
	defer mu.Unlock()
	for _, c := range evidence {
		if c.Step != step {
			continue
		}
		if c.PayloadSHA256 != sha256.Sum256(payload) || c.DatasetDigest != o.dataset || c.Job != 7 || c.Round != 1 {
			t.Fatalf("evidence %+v does not describe the message", c)
		}
		if !verifyContribution(o.Key.Public().(ed25519.PublicKey), c.Job, c.Round, c.Step, c.DatasetDigest, c.PayloadSHA256, c.Signature) {
			t.Fatal("the evidence's signature does not verify")
		}
		return
	}
	t.Fatalf("no evidence kept for %q", step)
}

func TestRecvRefusesMoreThanAsked(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 1<<20)
	link := n.dial(hub, owners[0], 7, 1<<20)
	ctx := context.Background()
	hr, lr := hub.Round(1), link.Round(1)
	if err := lr.Send(ctx, "big", make([]byte, 100)); err != nil {
		t.Fatal(err)
	}
	_, failed := hr.Gather(ctx, "big", []int{0}, 99, time.Now().Add(20*time.Second))
	mustContain(t, failed[0], owners[0].Address.Hex(), "100 bytes", "max 99")
	if err := hr.Send(ctx, 0, "big", make([]byte, 100)); err != nil {
		t.Fatal(err)
	}
	_, err := lr.Recv(ctx, "big", 99)
	mustContain(t, err, "100 bytes", "max 99")
}

func TestGatherNamesTheOwnersThatDropped(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(4)
	hub := n.openJob(7, owners, 1<<10)
	ctx := context.Background()
	links := make([]*Uplink, 3) // owner 3 never connects
	for i := range links {
		links[i] = n.dial(hub, owners[i], 7, 1<<10)
	}
	hr := hub.Round(1)
	for i := range 2 { // owners 0 and 1 answer, owner 2 stays silent
		if err := links[i].Round(1).Send(ctx, "share", []byte{byte(i)}); err != nil {
			t.Fatal(err)
		}
		n.waitFor("owner's share", func() bool { return delivered(hub, i, 1, "share") })
	}
	got, failed := hr.Gather(ctx, "share", []int{0, 1, 2, 3}, 1<<10, time.Now().Add(200*time.Millisecond))
	if len(got) != 2 || !bytes.Equal(got[0], []byte{0}) || !bytes.Equal(got[1], []byte{1}) {
		t.Fatalf("got %v, want the shares of owners 0 and 1", got)
	}
	if len(failed) != 2 {
		t.Fatalf("failed = %v, want owners 2 and 3", failed)
	}
	for _, i := range []int{2, 3} {
		if !errors.Is(failed[i], ErrDropped) {
			t.Errorf("owner %d: %v is not ErrDropped", i, failed[i])
		}
		mustContain(t, failed[i], owners[i].Address.Hex(), `step "share"`)
	}
}

// delivered reports whether owner i's message (round, step) waits in its inbox.
func delivered(h *Job, i int, round uint32, step string) bool {
	in := h.owners[i].inbox
	in.mu.Lock()
	defer in.mu.Unlock()
	_, ok := in.done[msgKey{round, step}]
	return ok
}

func TestCreditSendsTheReceipt(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(2)
	hub := n.openJob(7, owners, 1<<10)
	links := []*Uplink{n.dial(hub, owners[0], 7, 1<<10), n.dial(hub, owners[1], 7, 1<<10)}
	ctx := context.Background()
	for round := uint32(1); round <= 2; round++ {
		hr := hub.Round(round)
		lr := links[0].Round(round)
		if err := hr.Credit(ctx, 0); err != nil {
			t.Fatal(err)
		}
		if err := hr.Credit(ctx, 0); err != nil { // crediting twice in a round counts once
			t.Fatal(err)
		}
		wctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		if err := lr.AwaitReceipt(wctx); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		cancel()
		r := <-owners[0].receipts
		if r.rounds != round || !bytes.Equal(r.sig, receiptSig(owners[0].Address, round)) {
			t.Fatalf("round %d: receipt (%d, %q)", round, r.rounds, r.sig)
		}
		<-owners[0].receipts // the second credit's receipt repeats the count
	}
	if got := hub.Rounds(); got[0] != 2 || got[1] != 0 {
		t.Fatalf("Rounds() = %v, want [2 0]", got)
	}
	if links[0].Paid() != 2 {
		t.Fatalf("Paid() = %d, want 2", links[0].Paid())
	}
	// Owner 1 is never credited: its wait for a receipt ends with its deadline.
	wctx, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if err := links[1].Round(1).AwaitReceipt(wctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("AwaitReceipt without credit = %v, want the deadline", err)
	}
}

func TestCreditOfADisconnectedOwner(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 1<<10)
	err := hub.Round(1).Credit(context.Background(), 0)
	if !errors.Is(err, ErrDropped) {
		t.Fatalf("Credit = %v, want ErrDropped", err)
	}
	mustContain(t, err, owners[0].Address.Hex())
	if hub.Rounds()[0] != 1 {
		t.Fatal("the round was not counted for the owner's later receipt")
	}
	if err := hub.Round(1).Credit(context.Background(), 5); err == nil {
		t.Fatal("credit of owner 5 of 1 accepted")
	}
}

func TestRoundsAreAnnounced(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(2)
	hub := n.openJob(7, owners, 1<<10)
	links := []*Uplink{n.dial(hub, owners[0], 7, 1<<10), n.dial(hub, owners[1], 7, 1<<10)}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for _, r := range []uint32{1, 2} {
		if failed := hub.Round(r).Start(ctx, []int{0, 1}, []byte(fmt.Sprint("round ", r))); len(failed) != 0 {
			t.Fatal(failed)
		}
	}
	for i, l := range links {
		r, announce, err := l.NextRound(ctx, 0)
		if err != nil || r != 1 || string(announce) != "round 1" {
			t.Fatalf("owner %d: NextRound(0) = %d %q %v", i, r, announce, err)
		}
		l.Round(r)
		r, announce, err = l.NextRound(ctx, r)
		if err != nil || r != 2 || string(announce) != "round 2" {
			t.Fatalf("owner %d: NextRound(1) = %d %q %v", i, r, announce, err)
		}
	}
}

func TestCloseJobDisconnectsOwners(t *testing.T) {
	n := newTestNet(t, nil)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 1<<10)
	link := n.dial(hub, owners[0], 7, 1<<10)
	n.srv.CloseJob(7)
	if live := hub.Live(); len(live) != 0 {
		t.Fatalf("Live() = %v after CloseJob", live)
	}
	_, failed := hub.Round(1).Gather(context.Background(), "x", []int{0}, 1, time.Now().Add(20*time.Second))
	mustContain(t, failed[0], "closed by the aggregator")
	mustContain(t, linkFailure(t, link), n.agg.Address.Hex(), "closed by the aggregator")
	// Dialling again is refused: the job is gone.
	again, err := Dial(context.Background(), n.linkConfig(owners[0], 7, 1<<10))
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	mustContain(t, linkFailure(t, again), "does not run (yet)")
}
