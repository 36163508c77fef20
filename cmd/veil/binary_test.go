package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/veil-market/veil/internal/devnet"
)

// veilProc runs the test binary as the real veil binary.
func veilCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "VEIL_AS_BINARY=1", "VEIL_HOME="+filepath.Join(t.TempDir(), "none"))
	return cmd
}

func veilRun(t *testing.T, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := veilCmd(t, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("veil %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startDevnetProc starts `veil devnet` as a child process and waits for its JSON line.
func startDevnetProc(t *testing.T, dir, rpc string, extra ...string) (*exec.Cmd, devnet.Info) {
	t.Helper()
	cmd, line := startDevnetProcLine(t, dir, rpc, extra...)
	return cmd, line.Info
}

// startDevnetProcLine is startDevnetProc with the whole line (the catalog's URL with --web).
func startDevnetProcLine(t *testing.T, dir, rpc string, extra ...string) (*exec.Cmd, devnetLine) {
	t.Helper()
	args := append([]string{"devnet", "--dir", dir, "--rpc", rpc, "--owners", "2", "--compute", "1"}, extra...)
	cmd := veilCmd(t, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		if sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	select {
	case line, ok := <-lines:
		if !ok {
			cmd.Wait()
			t.Fatalf("devnet exited before ready: %s", stderr.String())
		}
		var info devnetLine
		if err := json.Unmarshal([]byte(line), &info); err != nil {
			t.Fatalf("devnet printed %q: %v", line, err)
		}
		return cmd, info
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatalf("devnet not ready after 2 minutes: %s", stderr.String())
	}
	return nil, devnetLine{}
}

func stopProc(t *testing.T, cmd *exec.Cmd) {
	t.Helper()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("devnet did not exit cleanly on SIGTERM: %v", err)
		}
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatal("devnet ignored SIGTERM")
	}
}

// TestDevnetRestartKeepsState publishes on a devnet process, stops it with
// SIGTERM, restarts it and finds the dataset and balances unchanged. A second
// devnet on the same port is refused with one clear line.
func TestDevnetRestartKeepsState(t *testing.T) {
	dir, rpc := filepath.Join(t.TempDir(), "net"), freeAddr(t)
	proc, info := startDevnetProc(t, dir, rpc)
	if info.ChainID != 1337 || info.Homes["owner1"] == "" || info.Homes["buyer"] == "" || info.Homes["compute1"] == "" {
		t.Fatalf("devnet info = %+v", info)
	}
	owner := info.Homes["owner1"]
	veilRun(t, "--home", owner, "dataset", "publish", "../../testdata/diabetes.csv", "--title", "Diabetes", "--price", "0.1", "--epsilon", "3", "--accept-suggested-types")

	second := veilCmd(t, "devnet", "--dir", filepath.Join(t.TempDir(), "other"), "--rpc", rpc)
	out, err := second.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "in use") || strings.Count(strings.TrimSpace(string(out)), "\n") > 0 {
		t.Fatalf("second devnet on %s: err %v, output %q; want one line saying the address is in use", rpc, err, out)
	}

	before := veilRun(t, "--home", owner, "account", "--json")
	stopProc(t, proc)
	proc, info2 := startDevnetProc(t, dir, rpc)
	defer stopProc(t, proc)
	if info2.Marketplace != info.Marketplace {
		t.Fatalf("marketplace changed across restart: %s then %s", info.Marketplace, info2.Marketplace)
	}
	if after := veilRun(t, "--home", owner, "account", "--json"); after != before {
		t.Fatalf("account changed across restart:\n%s\n%s", before, after)
	}
	list := veilRun(t, "--home", info.Homes["buyer"], "dataset", "list")
	if !strings.Contains(list, "Diabetes") || !strings.Contains(list, "442") {
		t.Fatalf("dataset lost across restart:\n%s", list)
	}
}
