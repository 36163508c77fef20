package node_test

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/node"
)

// TestManualApproval: an owner with manual_approval holds a job until
// `veil job approve` records the approval; then its daemon accepts and the job runs.
func TestManualApproval(t *testing.T) {
	m, _ := toyMarket(t, 3)
	o := m.Members["owner3"]
	o.Home.Config.Policy = home.Policy{ManualApproval: true}
	if err := o.Home.SaveConfig(); err != nil {
		t.Fatal(err)
	}
	m.Run("owner1", "owner2", "owner3", "compute1")
	id := m.Submit(m.Spec("toy", `{"rounds":1}`, `{"epsilon":1,"delta":1e-6}`))
	time.Sleep(3 * time.Second)
	j, err := o.Market.Job(context.Background(), id)
	if err != nil || j.Participant(o.Home.Address()).Accepted {
		t.Fatalf("owner3 accepted without approval (%v)", err)
	}
	if err := node.Approve(o.Home.StateDir(), id); err != nil {
		t.Fatal(err)
	}
	m.WaitState(id, chain.JobSettled, time.Minute)
}

// TestHealthAndMetrics: the daemon's local endpoints answer, and /metrics counts
// jobs by role and phase and the bytes exchanged.
func TestHealthAndMetrics(t *testing.T) {
	m, _ := toyMarket(t, 3)
	addr := freePort(t)
	m.RunWith("owner1", func(c *node.Config) { c.Metrics = addr })
	m.Run("owner2", "owner3", "compute1")
	id := m.Submit(m.Spec("toy", `{"rounds":2}`, `{"epsilon":1,"delta":1e-6}`))
	m.WaitState(id, chain.JobSettled, time.Minute)
	body := get(t, "http://"+addr+"/healthz")
	if strings.TrimSpace(body) != "ok" {
		t.Fatalf("/healthz = %q", body)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		metrics := get(t, "http://"+addr+"/metrics")
		if strings.Contains(metrics, `veil_jobs{role="owner",phase="done"} 1`) && hasPositive(metrics, `veil_bytes_total{direction="out"}`) &&
			strings.Contains(metrics, `veil_round_seconds_count{engine="toy",role="owner"} 2`) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("/metrics lacks the job, bytes or rounds:\n%s", metrics)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func freePort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func get(t *testing.T, url string) string {
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		b.WriteString(sc.Text() + "\n")
	}
	return b.String()
}

func hasPositive(metrics, name string) bool {
	for _, l := range strings.Split(metrics, "\n") {
		if v, ok := strings.CutPrefix(l, name+" "); ok {
			return v != "0"
		}
	}
	return false
}
