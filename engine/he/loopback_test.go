package he

import (
	"bytes"
	"context"
	"testing"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
)

// loopNet runs the engine's jobs over the real transport on 127.0.0.1
// (enginetest.Loopback): the market's owners and one compute node.
type loopNet struct {
	*enginetest.Loopback
	m *market
}

func newLoopNet(t testing.TB, m *market) *loopNet {
	t.Helper()
	owners := make([]enginetest.Party, len(m.owners))
	for i, o := range m.owners {
		owners[i] = enginetest.Party{Address: o.Address, Key: m.keys[i]}
	}
	lead, err := enginetest.NewParty(77, "he lead", 0)
	if err != nil {
		t.Fatal(err)
	}
	lb, err := enginetest.NewLoopback(owners, []enginetest.Party{lead})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(lb.Close)
	m.lead = lead.Address
	return &loopNet{Loopback: lb, m: m}
}

// run runs job over the loopback; who maps the job's owners to market owners.
func (l *loopNet) run(ctx context.Context, job *engine.Job, who []int) *outcome {
	return l.m.drive(job, who, all(len(who)), l.Loopback)
}

// bytesPerOwner is the mean of the bytes each owner sent and received.
func (l *loopNet) bytesPerOwner() (sent, received float64) {
	for _, c := range l.OwnerCounters {
		sent += float64(c.BytesOut.Load())
		received += float64(c.BytesIn.Load())
	}
	n := float64(len(l.OwnerCounters))
	return sent / n, received / n
}

// TestEngineOverLoopback runs two jobs of the same owners over real gRPC:
// each with its own secure aggregation (fresh masks, fresh noise).
func TestEngineOverLoopback(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 40)
	l := newLoopNet(t, m)
	var payloads [][]byte
	for range 2 {
		job := m.job(statsTask, jobPrivacy, 0, 1, 2)
		o := l.run(t.Context(), job, all(3))
		checkSame(t, o)
		st, _ := m.finalize(job, o)
		if st.Count != 442 {
			t.Errorf("count %d, want 442", st.Count)
		}
		payloads = append(payloads, o.result.Payload)
	}
	if bytes.Equal(payloads[0], payloads[1]) {
		t.Error("two jobs delivered the same payload")
	}
}
