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
	"github.com/veil-market/veil/engine/enginetest"
)

// stampedLink notes when each step was handed to the network.
type stampedLink struct {
	engine.Link
	mu      sync.Mutex
	sent    map[string]time.Time
	started time.Time
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
	var mu sync.Mutex
	links := make([]*stampedLink, 3)
	out, err := enginetest.Drive(context.Background(), enginetest.Job{Engine: Engine{RoundTimeout: 5 * time.Second},
		Net: enginetest.NewMemNet(), Tables: parts, View: func(enginetest.Who) (*engine.Job, error) { return job, nil },
		Env: func(w enginetest.Who) engine.Env {
			if w.Owner < 0 {
				return engine.Env{}
			}
			return engine.Env{Rand: seeded{rand.NewChaCha8([32]byte{byte(w.Owner)})}, NodeKey: keys[w.Owner]}
		},
		// The owner's round starts when its engine gets the round's link,
		// right after the announcement.
		Link: func(i int, l engine.Link, _ func()) engine.Link {
			mu.Lock()
			defer mu.Unlock()
			sl := &stampedLink{Link: l, sent: map[string]time.Time{}, started: time.Now()}
			if l.Round() == 1 {
				links[i] = sl
			}
			return sl
		}})
	if err != nil || out.LeadErr != nil {
		t.Fatal(err, out.LeadErr)
	}
	for i, l := range links {
		if waited := l.sent["advertise"].Sub(l.started); waited < st.ComputeWindow {
			t.Errorf("owner %d sent its first message %v after the announcement, before the %v window closed", i, waited, st.ComputeWindow)
		}
	}
}
