package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/veil-market/veil/internal/hostile"
)

type hostileFlags struct {
	target, health       string
	pid                  int
	streams, idle, conns int
	hold                 time.Duration
}

func newBenchHostileCmd(g *globals) *cobra.Command {
	var f hostileFlags
	cmd := &cobra.Command{
		Use:   "hostile --target HOST:PORT [--pid PID] [--health ADDR]",
		Short: "Attack a node's gRPC port as the operators' review did, and report what it held and its memory",
		Long: "Runs three attacks at once from 127.0.0.2.. (several loopback addresses stand for several hosts, so\n" +
			"aim it at a node on this machine): one connection opening --streams Join streams without a hello,\n" +
			"--idle HTTP/2 connections that never open a stream, and --conns bare TCP connections. With --pid it\n" +
			"reads the node's resident memory before and at its peak (Linux), with --health it polls /healthz\n" +
			"every 200 ms throughout. Defaults are the review's sizes. See docs/benchmarks.md.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return benchHostile(cmd.Context(), g, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.target, "target", "", "the node's gRPC address (host:port)")
	fl.IntVar(&f.pid, "pid", 0, "the node's process id, to read its memory")
	fl.StringVar(&f.health, "health", "", "the node's metrics address, to poll /healthz")
	fl.IntVar(&f.streams, "streams", 50_000, "Join streams opened on one connection without a hello (0: not this attack)")
	fl.IntVar(&f.idle, "idle", 2_000, "idle HTTP/2 connections, from 10 addresses (0: not this attack)")
	fl.IntVar(&f.conns, "conns", 20_000, "bare TCP connections, from 40 addresses (0: not this attack)")
	fl.DurationVar(&f.hold, "hold", 30*time.Second, "how long the attacks hold what they opened")
	return cmd
}

// hostileReport is what `veil bench hostile` prints.
type hostileReport struct {
	Streams        hostile.StreamFlood `json:"streams"`
	Idle           hostile.IdleResult  `json:"idle"`
	Conns          hostile.FloodResult `json:"conns"`
	HealthFailures int                 `json:"health_failures"`
	HealthPolls    int                 `json:"health_polls"`
	RSSBeforeMB    int64               `json:"rss_before_mb,omitempty"`
	RSSPeakMB      int64               `json:"rss_peak_mb,omitempty"`
	RSSAfterMB     int64               `json:"rss_after_mb,omitempty"`
}

func benchHostile(ctx context.Context, g *globals, f hostileFlags) error {
	if f.target == "" {
		return errors.New("--target HOST:PORT is required")
	}
	var r hostileReport
	before, err := readMemory(f.pid)
	if err != nil {
		return err
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	polls := pollHealth(ctx, f.health)
	g.note("attacking %s for %s ...", f.target, f.hold)
	var wg sync.WaitGroup
	wg.Add(3)
	go func() {
		defer wg.Done()
		r.Streams, _ = hostile.FloodStreams(ctx, f.target, hostile.Loopbacks(2, 1), f.streams, f.hold)
	}()
	go func() {
		defer wg.Done()
		r.Idle = hostile.IdleConns(ctx, f.target, hostile.Loopbacks(3, 10), f.idle, f.hold)
	}()
	go func() {
		defer wg.Done()
		r.Conns = hostile.FloodConns(ctx, f.target, hostile.Loopbacks(20, 40), f.conns, f.hold)
	}()
	wg.Wait()
	stop()
	p := <-polls
	r.HealthPolls, r.HealthFailures = p[0], p[1]
	after, err := readMemory(f.pid)
	if err != nil {
		return err
	}
	r.RSSBeforeMB, r.RSSPeakMB, r.RSSAfterMB = before.RSS>>20, after.Peak>>20, after.RSS>>20
	if g.json {
		return g.printJSON(r)
	}
	printHostile(g, f, r)
	return nil
}

func readMemory(pid int) (hostile.Memory, error) {
	if pid == 0 {
		return hostile.Memory{}, nil
	}
	return hostile.ReadMemory(pid)
}

// pollHealth polls /healthz until ctx ends and sends [polls, failures].
func pollHealth(ctx context.Context, addr string) <-chan [2]int {
	out := make(chan [2]int, 1)
	go func() {
		var n [2]int
		for addr != "" && ctx.Err() == nil {
			n[0]++
			if !hostile.Healthy(addr) && ctx.Err() == nil {
				n[1]++
			}
			select {
			case <-ctx.Done():
			case <-time.After(200 * time.Millisecond):
			}
		}
		out <- n
	}()
	return out
}

func printHostile(g *globals, f hostileFlags, r hostileReport) {
	var rows [][]string
	if f.streams > 0 {
		rows = append(rows, []string{"streams without a hello, one connection", fmt.Sprint(f.streams),
			fmt.Sprintf("%d opened, %d reset by the node, connection closed: %v", r.Streams.Opened, r.Streams.Resets, r.Streams.Closed)})
	}
	if f.idle > 0 {
		rows = append(rows, []string{"idle HTTP/2 connections, 10 addresses", fmt.Sprint(f.idle),
			fmt.Sprintf("%d opened, %d closed by the node within %s, %d refused", r.Idle.Opened, r.Idle.Closed, f.hold, r.Idle.Failed)})
	}
	if f.conns > 0 {
		rows = append(rows, []string{"bare TCP connections, 40 addresses", fmt.Sprint(f.conns),
			fmt.Sprintf("%d opened, %d still held at the end", r.Conns.Attempted, r.Conns.Held)})
	}
	if f.health != "" {
		rows = append(rows, []string{"/healthz polls", fmt.Sprint(r.HealthPolls), fmt.Sprintf("%d failed", r.HealthFailures)})
	}
	if f.pid != 0 {
		rows = append(rows, []string{"node RSS (MB)", "", fmt.Sprintf("before %d, peak %d, after %d", r.RSSBeforeMB, r.RSSPeakMB, r.RSSAfterMB)})
	}
	printTable(g, "ATTACK\tSIZE\tOUTCOME", rows)
}
