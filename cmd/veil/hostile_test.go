package main

import (
	"context"
	"flag"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/internal/hostile"
	"github.com/veil-market/veil/wire"
)

var hostileFull = flag.Bool("hostile.full", false, "run TestHostilePeersThroughProcesses at the size of the operators' review (50,000 streams, 2,000 idle connections, 20,000 connections)")

// attackSizes are the default suite's attacks, a tenth of the review's or less.
type attackSizes struct{ streams, idle, conns int }

func hostileSizes() attackSizes {
	if *hostileFull {
		return attackSizes{streams: 50_000, idle: 2_000, conns: 20_000}
	}
	return attackSizes{streams: 5_000, idle: 300, conns: 2_000}
}

// TestHostilePeersThroughProcesses attacks a running aggregator (`veil node`,
// its own process) from outside, with no key and no stake, while a job runs
// through it: one connection opening thousands of Join streams without a
// hello, hundreds of idle HTTP/2 connections, and thousands of bare
// connections from 40 addresses. The job settles, /healthz answers throughout,
// the idle connections are closed, the refusals take a few summary lines, and
// the daemon's peak RSS stays within 100 MB of its idle figure.
func TestHostilePeersThroughProcesses(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("attacks come from 127.0.0.2-127.0.0.60 and RSS is read from /proc: Linux only")
	}
	sizes := hostileSizes()
	p := startProcMarket(t, 3)
	p.publishDiabetes(3, "toy")
	setLimits(t, p.home("compute1"), wire.Limits{HelloTimeout: wire.Duration(2 * time.Second), IdleTimeout: wire.Duration(2 * time.Second),
		LogInterval: wire.Duration(10 * time.Second)})
	metrics := freeAddr(t)
	p.startNode("compute1", "--metrics", metrics)
	for _, n := range []string{"owner1", "owner2", "owner3"} {
		p.startNode(n)
	}
	target := p.endpoint("compute1")
	pid := p.nodes["compute1"].Process.Pid
	waitHealthy(t, metrics)
	idle := memory(t, pid).RSS

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	var wg sync.WaitGroup
	var flood hostile.StreamFlood
	var idleRes hostile.IdleResult
	var conns hostile.FloodResult
	wg.Add(3)
	go func() {
		defer wg.Done()
		flood, _ = hostile.FloodStreams(ctx, target, hostile.Loopbacks(2, 1), sizes.streams, 20*time.Second)
	}()
	go func() {
		defer wg.Done()
		idleRes = hostile.IdleConns(ctx, target, hostile.Loopbacks(3, 10), sizes.idle, 30*time.Second)
	}()
	go func() {
		defer wg.Done()
		conns = hostile.FloodConns(ctx, target, hostile.Loopbacks(20, 40), sizes.conns, 10*time.Second)
	}()
	healthy := watchHealth(ctx, metrics)
	id := p.submit("toy", `{"rounds":3}`, `{"epsilon":1,"delta":1e-6}`)
	p.waitState(id, "settled", 2*time.Minute)
	wg.Wait()
	stop()
	if failures := <-healthy; failures != 0 {
		t.Errorf("/healthz failed %d times during the attacks", failures)
	}
	peak := memory(t, pid).Peak
	t.Logf("streams %+v; idle %+v; flood %+v; RSS idle %d MB, peak %d MB", flood, idleRes, conns, idle>>20, peak>>20)
	if peak-idle > 100<<20 {
		t.Errorf("the aggregator's RSS peaked at %d MB, %d MB above its idle %d MB (limit 100 MB)", peak>>20, (peak-idle)>>20, idle>>20)
	}
	if flood.Resets < int64(flood.Opened-wire.DefaultLimits.MaxStreamsPerConn) {
		t.Errorf("stream flood %+v: streams beyond the per-connection cap were not reset", flood)
	}
	if idleRes.Opened == 0 || idleRes.Closed != idleRes.Opened {
		t.Errorf("idle connections %+v: the server must close every idle connection", idleRes)
	}
	if lines := strings.Count(p.logs["compute1"].String(), "refused"); lines > 40 {
		t.Errorf("%d refusal lines in the aggregator's log; refusals must be summarised per interval", lines)
	}
}

// setLimits writes node.limits into a home's config.json.
func setLimits(t *testing.T, dir string, lim wire.Limits) {
	h, err := home.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	h.Config.Node.Limits.Limits = lim
	if err := h.SaveConfig(); err != nil {
		t.Fatal(err)
	}
}

func waitHealthy(t *testing.T, addr string) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if hostile.Healthy(addr) {
			return
		}
	}
	t.Fatalf("http://%s/healthz never answered", addr)
}

// watchHealth polls /healthz every 200 ms until ctx ends, then sends how many
// polls failed.
func watchHealth(ctx context.Context, addr string) <-chan int {
	out := make(chan int, 1)
	go func() {
		failures := 0
		for ctx.Err() == nil {
			if !hostile.Healthy(addr) && ctx.Err() == nil {
				failures++
			}
			select {
			case <-ctx.Done():
			case <-time.After(200 * time.Millisecond):
			}
		}
		out <- failures
	}()
	return out
}

func memory(t *testing.T, pid int) hostile.Memory {
	t.Helper()
	m, err := hostile.ReadMemory(pid)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
