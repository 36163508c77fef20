package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/veil-market/veil/internal/devnet"
	"github.com/veil-market/veil/internal/procstat"
)

// procMarket is a whole market of real processes: `veil devnet` and one
// `veil node` per owner and compute home, driven through the CLI.
type procMarket struct {
	t     *testing.T
	dir   string
	info  devnet.Info
	mu    sync.Mutex
	nodes map[string]*exec.Cmd
	logs  map[string]*lockedBuffer
	addrs map[string]string // where each node listens
	// publishArgs adds flags to one owner's `dataset publish`.
	publishArgs map[string][]string
	// deadline is the jobs' deadline (default 2m: the devnet's shortest).
	deadline string
}

// lockedBuffer collects a process's output while the test reads it.
type lockedBuffer = procstat.LockedBuffer

func startProcMarket(t *testing.T, owners int, extra ...string) *procMarket {
	t.Helper()
	p, _ := startProcMarketLine(t, owners, extra...)
	return p
}

// startProcMarketLine is startProcMarket with more devnet flags; it also
// returns the devnet's JSON line.
func startProcMarketLine(t *testing.T, owners int, extra ...string) (*procMarket, devnetLine) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "net")
	devnetProc, line := startDevnetProcLine(t, dir, freeAddr(t), append([]string{"--owners", fmt.Sprint(owners), "--accept-window", "10s"}, extra...)...)
	info := line.Info
	p := &procMarket{t: t, dir: dir, info: info, nodes: map[string]*exec.Cmd{}, logs: map[string]*lockedBuffer{}, addrs: map[string]string{}}
	t.Cleanup(func() {
		for name := range p.nodes {
			p.kill(name)
		}
		stopProc(t, devnetProc)
		if t.Failed() {
			for name, l := range p.logs {
				t.Logf("--- %s log:\n%s", name, l.String())
			}
		}
	})
	return p, line
}

func (p *procMarket) home(name string) string { return p.info.Homes[name] }

func (p *procMarket) veil(name string, args ...string) string {
	p.t.Helper()
	return veilRun(p.t, append([]string{"--home", p.home(name)}, args...)...)
}

// publishDiabetes splits diabetes.csv in row order across the owners.
func (p *procMarket) publishDiabetes(owners int, engines string) {
	p.t.Helper()
	raw, err := os.ReadFile("../../testdata/diabetes.csv")
	if err != nil {
		p.t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	header, rows := lines[0], lines[1:]
	for i := range owners {
		part := rows[i*len(rows)/owners : (i+1)*len(rows)/owners]
		file := filepath.Join(p.t.TempDir(), fmt.Sprintf("part%d.csv", i+1))
		if err := os.WriteFile(file, []byte(header+"\n"+strings.Join(part, "\n")+"\n"), 0o600); err != nil {
			p.t.Fatal(err)
		}
		owner := fmt.Sprintf("owner%d", i+1)
		args := []string{"dataset", "publish", file, "--title", fmt.Sprintf("part %d", i+1), "--price", "0.1", "--engines", engines, "--epsilon", "10", "--accept-suggested-types"}
		p.veil(owner, append(args, p.publishArgs[owner]...)...)
	}
}

// startNode runs `veil node` for a home as a child process.
func (p *procMarket) startNode(name string, extra ...string) {
	p.t.Helper()
	listen := freeAddr(p.t)
	cmd := veilCmd(p.t, append([]string{"--home", p.home(name), "node", "--listen", listen, "--poll", "200ms"}, extra...)...)
	p.mu.Lock()
	defer p.mu.Unlock()
	p.addrs[name] = listen
	if p.logs[name] == nil {
		p.logs[name] = &lockedBuffer{}
	}
	cmd.Stdout, cmd.Stderr = p.logs[name], p.logs[name]
	if err := cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	p.nodes[name] = cmd
}

// endpoint is where a node started by startNode listens.
func (p *procMarket) endpoint(name string) string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.addrs[name]
}

// kill ends a node process at once (SIGKILL: no clean shutdown).
func (p *procMarket) kill(name string) {
	p.mu.Lock()
	cmd := p.nodes[name]
	delete(p.nodes, name)
	p.mu.Unlock()
	if cmd != nil {
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}
}

func (p *procMarket) submit(engine, task, privacy string) uint64 {
	p.t.Helper()
	ids := make([]string, 0)
	for i := 1; ; i++ {
		if p.home(fmt.Sprintf("owner%d", i)) == "" {
			break
		}
		ids = append(ids, fmt.Sprint(i))
	}
	compute := p.address("compute1")
	deadline := cmp.Or(p.deadline, "2m")
	spec := fmt.Sprintf(`{"engine":%q,"datasets":[%s],"task":%s,"privacy":%s,"compute":[%q],"deadline":%q}`,
		engine, strings.Join(ids, ","), task, privacy, compute, deadline)
	return p.submitSpec(spec)
}

// submitSpec writes a job spec and submits it as the buyer, returning the job id.
func (p *procMarket) submitSpec(spec string) uint64 {
	p.t.Helper()
	file := filepath.Join(p.t.TempDir(), "spec.json")
	if err := os.WriteFile(file, []byte(spec), 0o600); err != nil {
		p.t.Fatal(err)
	}
	var res struct{ ID uint64 }
	if err := json.Unmarshal([]byte(p.veil("buyer", "job", "submit", file, "--json")), &res); err != nil {
		p.t.Fatal(err)
	}
	return res.ID
}

func (p *procMarket) address(name string) string {
	var a struct{ Address string }
	if err := json.Unmarshal([]byte(p.veil(name, "account", "--json")), &a); err != nil {
		p.t.Fatal(err)
	}
	return a.Address
}

func (p *procMarket) status(id uint64) jobView {
	p.t.Helper()
	var v jobView
	if err := json.Unmarshal([]byte(p.veil("buyer", "job", "status", fmt.Sprint(id), "--json")), &v); err != nil {
		p.t.Fatal(err)
	}
	return v
}

func (p *procMarket) waitState(id uint64, want string, timeout time.Duration) jobView {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		v := p.status(id)
		if v.State == want {
			return v
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("job %d is %s after %s, want %s", id, v.State, timeout, want)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// withdrawable is what an account can withdraw, in coins.
func (p *procMarket) withdrawable(name string) string {
	var a struct{ Withdrawable, Staked string }
	if err := json.Unmarshal([]byte(p.veil(name, "account", "--json")), &a); err != nil {
		p.t.Fatal(err)
	}
	return a.Withdrawable
}

func (p *procMarket) staked(name string) string {
	var a struct{ Staked string }
	if err := json.Unmarshal([]byte(p.veil(name, "account", "--json")), &a); err != nil {
		p.t.Fatal(err)
	}
	return a.Staked
}

func (p *procMarket) waitWithdrawable(name, want string, timeout time.Duration) {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		got := p.withdrawable(name)
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s can withdraw %s, want %s", name, got, want)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

func (p *procMarket) warp(d time.Duration) {
	p.t.Helper()
	veilRun(p.t, "devnet", "warp", d.String(), "--rpc", p.info.RPC)
}
