package enclave

import (
	"context"
	"math"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/release"
	"github.com/veil-market/veil/sandbox"
)

// fakeClock starts at a fixed time, follows real elapsed time, and "waits"
// by jumping forward, so tests see the publication time without sleeping.
type fakeClock struct {
	mu     sync.Mutex
	real   time.Time
	offset time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{real: time.Now()} }

func (c *fakeClock) clock() Clock {
	base := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time {
		c.mu.Lock()
		defer c.mu.Unlock()
		return base.Add(time.Since(c.real) + c.offset)
	}
	return Clock{Now: now, WaitUntil: func(_ context.Context, t time.Time) error {
		c.mu.Lock()
		defer c.mu.Unlock()
		if d := t.Sub(base.Add(time.Since(c.real) + c.offset)); d > 0 {
			c.offset += d
		}
		return nil
	}}
}

// exfiltrationPlan calls every hostile export once.
const exfiltrationPlan = `{"releases":[
	{"name":"print","mechanism":"count","function":"print","epsilon":0.1},
	{"name":"exit","mechanism":"sum","function":"exit","epsilon":0.1,"bounds":[0,10]},
	{"name":"panicky","mechanism":"histogram","function":"panicky","epsilon":0.1,"edges":[0,1,2,3,4]},
	{"name":"spin","mechanism":"count","function":"spin","epsilon":0.1},
	{"name":"alloc","mechanism":"vector","function":"alloc","epsilon":0.1,"dim":1,"clip":1},
	{"name":"stateful","mechanism":"vector","function":"stateful","epsilon":0.1,"dim":2,"clip":1},
	{"name":"huge","mechanism":"sum","function":"huge","epsilon":0.1,"bounds":[-1,1]},
	{"name":"ambient","mechanism":"vector","function":"ambient","epsilon":0.1,"dim":3,"clip":1},
	{"name":"overwrite","mechanism":"count","function":"overwrite","epsilon":0.1},
	{"name":"missing","mechanism":"count","function":"stateful","epsilon":0.1}]}`

func hostileJob(t testing.TB, plan string, xs ...float64) *Job {
	t.Helper()
	wasm, err := os.ReadFile("../sandbox/testdata/hostile.wasm")
	if err != nil {
		t.Fatal(err)
	}
	p, err := release.Decode([]byte(plan))
	if err != nil {
		t.Fatal(err)
	}
	tab := &dataset.Table{Columns: []string{"id", "x"}}
	for i, x := range xs {
		tab.Rows = append(tab.Rows, []float64{float64(i), x})
	}
	half := len(tab.Rows) / 2
	owners := []*dataset.Table{{Columns: tab.Columns, Rows: tab.Rows[:half]}, {Columns: tab.Columns, Rows: tab.Rows[half:]}}
	return &Job{Module: wasm, Plan: p, Columns: []string{"x"}, Tables: owners, Epsilon: 1,
		Target: [2]float64{1 * (1 - 0x1p-40), 1e-5}, Limits: sandbox.Limits{MemoryPages: 512, CallTimeout: time.Second}}
}

// transcript is what an observer of the enclave sees: the payload's size and
// the publication time, and the releases' public shape.
type transcript struct {
	size      int
	published time.Duration
	shape     []string
}

func observe(t *testing.T, j *Job, seed byte) (*Result, transcript) {
	t.Helper()
	res, err := Run(context.Background(), j, newFakeClock().clock(), rand.NewChaCha8([32]byte{seed}))
	if err != nil {
		t.Fatal(err)
	}
	tr := transcript{size: len(res.Payload), published: res.Published.Sub(res.Start)}
	for _, r := range res.Releases {
		tr.shape = append(tr.shape, r.Name, r.Mechanism, string(rune('0'+len(r.Values))), string(rune('0'+boolByte(r.Default))))
	}
	if res.Late {
		t.Fatal("published late")
	}
	return res, tr
}

// TestExfiltratingModuleGetsOnlyTheReleases runs a module that prints,
// exits and panics with the row as its code, loops and allocates for as
// long and as much as the row says, keeps state across rows and returns
// values far outside any bound, on two neighbouring datasets (one row
// replaced by an extreme one). The observer's transcripts are identical,
// and with the same randomness each release moves by no more than its
// sensitivity: nothing but the plan's DP releases carries the row.
func TestExfiltratingModuleGetsOnlyTheReleases(t *testing.T) {
	a := []float64{1, 2, 3, 4, 5, 0}
	b := append([]float64(nil), a...)
	b[2] = 1000 // spins forever, exits 1000, allocates 1000 MiB, huge
	ja, jb := hostileJob(t, exfiltrationPlan, a...), hostileJob(t, exfiltrationPlan, b...)
	ra, ta := observe(t, ja, 1)
	rb, tb := observe(t, jb, 1)
	if ta.size != tb.size || ta.published != tb.published || len(ta.shape) != len(tb.shape) {
		t.Fatalf("transcripts differ: %d bytes at %v vs %d bytes at %v", ta.size, ta.published, tb.size, tb.published)
	}
	for i := range ta.shape {
		if ta.shape[i] != tb.shape[i] {
			t.Fatalf("release shapes differ: %v vs %v", ta.shape, tb.shape)
		}
	}
	s, _ := ja.Schedule(len(a))
	if want := PublishAfter(s, ja.Limits); ta.published != want {
		t.Fatalf("published after %v, want the plan's %v", ta.published, want)
	}
	for i, st := range s.Steps {
		var d2 float64
		for k := range ra.Releases[i].Values {
			d := ra.Releases[i].Values[k] - rb.Releases[i].Values[k]
			d2 += d * d
		}
		if math.Sqrt(d2) > sensitivityIn(st)*(1+1e-9) {
			t.Errorf("release %s moved by %v, more than its sensitivity %v", st.Name, math.Sqrt(d2), sensitivityIn(st))
		}
	}
	// The stateful export sees a first call and no previous row on every row:
	// its (clipped) sum is n·(1, 0) up to the noise.
	st := ra.Releases[5].Values
	if math.Abs(st[0]-6/1) > 6*s.Steps[5].NoiseScale || math.Abs(st[1]) > 6*s.Steps[5].NoiseScale {
		t.Errorf("stateful sums %v, want about (6, 0) ± %v", st, s.Steps[5].NoiseScale)
	}
}

// sensitivityIn is a release's L2 sensitivity in its own units: σ = Δ/√(2ρ)
// on the grid, and NoiseScale is σ in the release's units.
func sensitivityIn(st release.Step) float64 { return st.NoiseScale * math.Sqrt(2*st.Rho) }

// TestModuleThatDoesNotLoadPublishesDefaults: same size, same time, every
// release flagged default.
func TestModuleThatDoesNotLoadPublishesDefaults(t *testing.T) {
	good := hostileJob(t, exfiltrationPlan, 1, 2, 3, 4)
	bad := hostileJob(t, exfiltrationPlan, 1, 2, 3, 4)
	bad.Module = []byte("\x00asm\x01\x00\x00\x00garbage")
	_, tg := observe(t, good, 2)
	rb, tbad := observe(t, bad, 2)
	if tg.size != tbad.size || tg.published != tbad.published {
		t.Fatalf("a module that does not load changes the transcript: %+v vs %+v", tg, tbad)
	}
	for _, r := range rb.Releases {
		if !r.Default {
			t.Fatalf("release %s is not flagged default", r.Name)
		}
	}
	if rb.Failure == "" {
		t.Fatal("no failure reported")
	}
}
