package he

import (
	"bytes"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/engine/enginetest"
	"github.com/veil-market/veil/mhe"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/spec"
)

// A malicious aggregator (or owner, or network) alters one message. Owners
// that are shown something other than what the consistency check fixed
// refuse and compute no payload; a refused owner message leaves its sender
// out, named in the aggregator's log, and the job goes on without it when
// the threshold allows (d = 1 here).

// dropoutPrivacy is a job of 4 owners that tolerates one dropout.
var dropoutPrivacy = spec.Privacy{Epsilon: 4, Delta: 1e-6, Dropouts: 1}

type attack struct {
	name    string
	fromAgg bool
	owner   int // -1: every owner
	step    string
	alter   func(m *market, job *engine.Job, b []byte) []byte
	// refusers are the owners that must refuse (no payload), want the
	// sentinel their errors wrap (nil: any).
	refusers []int
	want     error
	// excluded is the owner the aggregator leaves out (named in its log),
	// -1 for none; the job completes without it, and without its data
	// unless inSum (it was left out after its masked input was in).
	excluded int
	inSum    bool
}

func flip(at int) func(*market, *engine.Job, []byte) []byte {
	return func(_ *market, _ *engine.Job, b []byte) []byte {
		b = bytes.Clone(b)
		b[len(b)-at] ^= 1
		return b
	}
}

var attacks = []attack{
	{name: "aggregator relays another buyer key", fromAgg: true, owner: -1, step: stepBuyerKey, refusers: []int{0, 1, 2, 3}, excluded: -1,
		alter: func(m *market, _ *engine.Job, b []byte) []byte {
			_, pk, _ := mhe.GenBuyerKeys(*m.eng.params, seeded(99))
			other, _ := pk.MarshalBinary()
			return reply(other)
		}},
	{name: "aggregator opens another masked sum", fromAgg: true, owner: -1, step: stepOpening, refusers: []int{0, 1, 2, 3},
		want: secagg.ErrInconsistentSurvivors, excluded: -1, alter: flip(2*4 + 2*36 + 100)},
	{name: "aggregator opens another masked sum to one owner", fromAgg: true, owner: 2, step: stepOpening, refusers: []int{2},
		want: secagg.ErrInconsistentSurvivors, excluded: -1, alter: flip(2*4 + 2*36 + 100)},
	{name: "aggregator opens with a wrong self-mask seed", fromAgg: true, owner: 1, step: stepOpening, refusers: []int{1},
		want: secagg.ErrReconstruction, excluded: -1, alter: flip(4 + 1)},
	{name: "aggregator shows an owner another survivor set", fromAgg: true, owner: 3, step: stepSurvivors, refusers: []int{3},
		excluded: 3, inSum: true, alter: flip(1)},
	{name: "owner alters its masked input after signing", owner: 1, step: stepMasked, refusers: []int{1}, excluded: 1, alter: flip(100)},
	{name: "owner passes its message off as another owner's", owner: 2, step: stepAdvertise, refusers: []int{2}, excluded: 2,
		alter: func(_ *market, _ *engine.Job, b []byte) []byte {
			b = bytes.Clone(b)
			b[4+1+32+8+3] ^= 1 // the header's sender index
			return b
		}},
}

func TestEngineRefusesTamperedMessages(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 4, 20)
	for _, a := range attacks {
		t.Run(a.name, func(t *testing.T) {
			job := m.job(statsTask, dropoutPrivacy, 0, 1, 2, 3)
			job.Plan.RoundTimeout = 2 * time.Second // the honest side waits for messages that never come
			net := enginetest.NewMemNet()
			net.Tamper = tamper(func(fromAgg bool, owner int, step string, b []byte) []byte {
				if fromAgg == a.fromAgg && step == a.step && (a.owner < 0 || a.owner == owner) {
					return a.alter(m, job, b)
				}
				return b
			})
			o := m.run(job, all(4), net)
			for _, k := range a.refusers {
				switch err := o.ownerErr[k]; {
				case o.payloads[k] != nil:
					t.Errorf("owner %d computed a payload", k)
				case err == nil:
					t.Errorf("owner %d accepted the altered message", k)
				case a.want != nil && !errors.Is(err, a.want):
					t.Errorf("owner %d: %v does not wrap %v", k, err, a.want)
				}
			}
			if a.excluded < 0 {
				return
			}
			if o.aggErr != nil {
				t.Fatalf("with one owner out the job must complete: %v", o.aggErr)
			}
			if addr := job.Owners[a.excluded].Address.Hex(); !strings.Contains(o.aggLog.String(), addr) {
				t.Errorf("the aggregator's log does not name owner %d (%s):\n%s", a.excluded, addr, o.aggLog)
			}
			st, _ := m.finalize(job, o)
			if in := contains(st.Contributors, job.Owners[a.excluded].Address.Hex()); in != a.inSum || st.Owners != len(st.Contributors) {
				t.Errorf("result from %d owners %v; owner %d in it: %v, want %v", st.Owners, st.Contributors, a.excluded, in, a.inSum)
			}
			for k, p := range o.payloads {
				if k != a.excluded && !bytes.Equal(p, o.result.Payload) {
					t.Errorf("honest owner %d computed another payload: %v", k, o.ownerErr[k])
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestEngineOwnerRestartKeepsPayload: an owner whose node restarts after
// the round (a new OwnerRun that never ran it) still returns the payload
// it computed, so it can confirm it; and it refuses to run the round again
// (one use: a second input with fresh noise would let a coalition
// difference the two results).
func TestEngineOwnerRestartKeepsPayload(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 3, 21)
	job := m.job(statsTask, jobPrivacy, 0, 1, 2)
	o := m.run(job, all(3), nil)
	checkSame(t, o)
	again, err := m.eng.NewOwner(job, 1, m.tables[1], m.ownerEnv(1, 5))
	if err != nil {
		t.Fatal(err)
	}
	p, err := again.Payload(t.Context())
	if err != nil || !bytes.Equal(p, o.result.Payload) {
		t.Fatalf("restarted owner's payload: %v (equal: %v)", err, bytes.Equal(p, o.result.Payload))
	}
	agg, err := m.eng.NewAggregator(job, m.aggregatorEnv())
	if err != nil {
		t.Fatal(err)
	}
	ann, _ := agg.Announce(1, all(3))
	_, links := roundOne(t, enginetest.NewMemNet(), job, []int{1})
	err = again.Round(t.Context(), 1, ann, links[1])
	if err == nil || !strings.Contains(err.Error(), "already sent its input") {
		t.Fatalf("a restarted owner ran the job's aggregation again: %v", err)
	}
	fresh, _ := m.eng.NewOwner(m.job(statsTask, jobPrivacy, 0, 1, 2), 1, m.tables[1], m.ownerEnv(1, 6))
	if _, err := fresh.Payload(t.Context()); err == nil {
		t.Fatal("an owner returned a payload for a job it never ran")
	}
}

// TestEngineSplitAnnouncementIsolatesNoOne: an aggregator that announces a
// different (still valid) threshold to one owner puts it in another
// secure-aggregation session: its messages fail their signatures in the
// aggregation the others run, it is left out (named in the log) and never
// mixed into a sum it did not see the terms of.
func TestEngineSplitAnnouncementIsolatesNoOne(t *testing.T) {
	m := diabetesMarket(t, testEngine(t, 10), 4, 22)
	job := m.job(statsTask, dropoutPrivacy, 0, 1, 2, 3)
	job.Plan.RoundTimeout = time.Second
	env := m.aggregatorEnv()
	var logBuf bytes.Buffer
	env.Log = slog.New(slog.NewTextHandler(&syncWriter{w: &logBuf}, nil))
	agg, err := m.eng.NewAggregator(job, env)
	if err != nil {
		t.Fatal(err)
	}
	ann, _ := agg.Announce(1, all(4))
	a, _ := decodeAnnouncement(ann, 4)
	a.threshold = 4
	other := a.encode()
	hub, links := roundOne(t, enginetest.NewMemNet(), job, all(4))
	var wg sync.WaitGroup
	var aggErr error
	payloads, errs := make([][]byte, 4), make([]error, 4)
	wg.Go(func() { aggErr = agg.Round(t.Context(), 1, hub) })
	for k := range 4 {
		run, err := m.eng.NewOwner(job, k, m.tables[k], m.ownerEnv(k, uint64(k)))
		if err != nil {
			t.Fatal(err)
		}
		shown := ann
		if k == 3 {
			shown = other
		}
		wg.Go(func() {
			if errs[k] = run.Round(t.Context(), 1, shown, links[k]); errs[k] == nil {
				payloads[k], errs[k] = run.Payload(t.Context())
			}
		})
	}
	wg.Wait()
	if aggErr != nil {
		t.Fatalf("aggregator: %v", aggErr)
	}
	if errs[3] == nil || payloads[3] != nil {
		t.Fatal("the owner shown another announcement took part")
	}
	if !strings.Contains(logBuf.String(), job.Owners[3].Address.Hex()) {
		t.Errorf("the log does not name owner 3:\n%s", logBuf.String())
	}
	res, err := agg.Result(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	for k := range 3 {
		if !bytes.Equal(payloads[k], res.Payload) {
			t.Errorf("owner %d: %v", k, errs[k])
		}
	}
}
