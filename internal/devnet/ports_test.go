package devnet

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veil-market/veil/home"
)

// TestDevnetPorts: two devnets on one machine get disjoint free daemon ports
// (the old fixed 7101…/7201… made a second market fail), every home's config
// listens where the JSON line says, a restart keeps them, and --port-base
// places owner i on base+i and compute i on base+100+i.
func TestDevnetPorts(t *testing.T) {
	ctx := context.Background()
	start := func(dir string, base int) *Devnet {
		t.Helper()
		d, err := Start(ctx, Options{Dir: dir, RPCAddr: "127.0.0.1:0", Owners: 2, Compute: 1, PortBase: base})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	dirA, dirB := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	a, b := start(dirA, 0), start(dirB, 0)
	seen := map[int]string{}
	for _, d := range []*Devnet{a, b} {
		if len(d.Info.Ports) != 3 {
			t.Fatalf("%s: ports %v, want owner1, owner2, compute1", d.Dir(), d.Info.Ports)
		}
		for name, port := range d.Info.Ports {
			if other, ok := seen[port]; ok {
				t.Fatalf("port %d given to %s and %s", port, other, name)
			}
			seen[port] = name
			checkListen(t, d.Info.Homes[name], port)
		}
	}
	b.Close()
	portsA := fmt.Sprint(a.Info.Ports)
	a.Close()
	a = start(dirA, 0)
	defer a.Close()
	if got := fmt.Sprint(a.Info.Ports); got != portsA {
		t.Fatalf("ports changed across restart: %s then %s", portsA, got)
	}

	c := start(filepath.Join(t.TempDir(), "c"), 17000)
	defer c.Close()
	if got := fmt.Sprint(c.Info.Ports); got != "map[compute1:17101 owner1:17001 owner2:17002]" {
		t.Fatalf("--port-base 17000: ports %s", got)
	}
	if _, err := Start(ctx, Options{Dir: filepath.Join(t.TempDir(), "d"), PortBase: 65500}); err == nil || !strings.Contains(err.Error(), "port base 65500") {
		t.Fatalf("port base 65500: err %v, want it refused", err)
	}
}

func checkListen(t *testing.T, dir string, port int) {
	t.Helper()
	h, err := home.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("127.0.0.1:%d", port); h.Config.Node.Listen != want || h.Config.Node.Advertise != want {
		t.Fatalf("%s listens on %q, advertises %q; want %s", dir, h.Config.Node.Listen, h.Config.Node.Advertise, want)
	}
}

// Free daemon ports come from below the kernel's ephemeral range, where an
// outgoing connection never takes them as its source port.
func TestFreePortsAvoidTheEphemeralRange(t *testing.T) {
	lo, hi := portPool()
	if lo < 1024 || hi <= lo {
		t.Fatalf("port pool [%d, %d)", lo, hi)
	}
	ports, err := freePorts(20)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for _, p := range ports {
		if p < lo || p >= hi {
			t.Errorf("port %d outside [%d, %d)", p, lo, hi)
		}
		if seen[p] {
			t.Errorf("port %d given twice", p)
		}
		seen[p] = true
	}
}
