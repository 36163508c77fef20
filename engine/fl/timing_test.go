package fl

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/internal/memnet"
)

// stampedLink notes when each step was handed to the network.
type stampedLink struct {
	engine.Link
	mu   sync.Mutex
	sent map[string]time.Time
}

func (l *stampedLink) Send(ctx context.Context, step string, p []byte) error {
	l.mu.Lock()
	l.sent[step] = time.Now()
	l.mu.Unlock()
	return l.Link.Send(ctx, step, p)
}

// TestFirstMessageWaitsForTheComputeWindow: an owner's first message of a
// round leaves no earlier than the plan's compute window after it got the
// announcement, even though its contribution (rows and noise) took a
// fraction of that: the send time is the window's end, not a measure of the
// time spent on the data or on the noise sampler. (Only the lower bound is
// asserted: a test cannot bound a busy machine's lateness.)
func TestFirstMessageWaitsForTheComputeWindow(t *testing.T) {
	job, parts := breastJob(t, 3, 0, 1, 2)
	st := *job.Plan.Detail.(*Setup)
	st.ComputeWindow = 300 * time.Millisecond
	job.Plan.Detail = &st
	keys := make([]ed25519.PrivateKey, 3)
	for i := range keys {
		keys[i] = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
		job.Owners[i].NodeKey = keys[i].Public().(ed25519.PublicKey)
	}
	e := Engine{RoundTimeout: 5 * time.Second}
	net := memnet.New(3)
	agg, err := e.NewAggregator(job, engine.Env{})
	if err != nil {
		t.Fatal(err)
	}
	announce, err := agg.Announce(1, []int{0, 1, 2})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	links := make([]*stampedLink, 3)
	started := make([]time.Time, 3)
	for i := range 3 {
		o, err := e.NewOwner(job, i, parts[i], engine.Env{Rand: seeded{rand.NewChaCha8([32]byte{byte(i)})}, NodeKey: keys[i]})
		if err != nil {
			t.Fatal(err)
		}
		links[i] = &stampedLink{Link: net.Link(1, i), sent: map[string]time.Time{}}
		started[i] = time.Now()
		wg.Go(func() {
			if err := o.Round(context.Background(), 1, announce, links[i]); err != nil {
				t.Errorf("owner %d: %v", i, err)
			}
		})
	}
	if err := agg.Round(context.Background(), 1, net.Hub(1)); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	for i, l := range links {
		if waited := l.sent["advertise"].Sub(started[i]); waited < st.ComputeWindow {
			t.Errorf("owner %d sent its first message %v after the announcement, before the %v window closed", i, waited, st.ComputeWindow)
		}
	}
}
