package main

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
)

// TestDevnetKill9LosesNoBlock: `veil devnet` is killed with SIGKILL (no clean
// shutdown) after N blocks, with a job in escrow; restarted on the same
// directory, its head is at least block N and every job and balance reads the
// same. (go-ethereum's default state scheme keeps the newest blocks' state in
// memory until a clean shutdown: a crash rolled the chain back.)
func TestDevnetKill9LosesNoBlock(t *testing.T) {
	dir, rpc := filepath.Join(t.TempDir(), "net"), freeAddr(t)
	proc, info := startDevnetProc(t, dir, rpc)
	p := &procMarket{t: t, dir: dir, info: info}
	p.publishDiabetes(2, "toy")
	id := p.submit("toy", `{"rounds":3}`, `{"epsilon":1,"delta":1e-6}`)
	p.warp(time.Second) // one more block, empty
	before := p.snapshot(id)
	n := blockNumber(t, info.RPC)
	proc.Process.Signal(syscall.SIGKILL)
	proc.Wait()

	proc, _ = startDevnetProc(t, dir, rpc)
	defer stopProc(t, proc)
	if got := blockNumber(t, info.RPC); got < n {
		t.Fatalf("after kill -9 the head is block %d; block %d had been mined", got, n)
	}
	if after := p.snapshot(id); after != before {
		t.Fatalf("state changed across kill -9:\nbefore %s\nafter  %s", before, after)
	}
}

// snapshot is what every home sees of its account and of job id.
func (p *procMarket) snapshot(id uint64) string {
	s := p.veil("buyer", "job", "status", fmt.Sprint(id), "--json")
	for _, name := range []string{"owner1", "owner2", "buyer", "compute1"} {
		s += p.veil(name, "account", "--json")
	}
	return s
}

func blockNumber(t *testing.T, url string) uint64 {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	n, err := c.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}
