package wire

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/internal/hostile"
)

// tightLimits make the attacks below cheap to run: the same code paths as the
// defaults, at a tenth of the size.
var tightLimits = Limits{MaxConns: 16, MaxConnsPerPeer: 6, MaxStreamsPerConn: 4, MaxUnproven: 8, MaxUnprovenPerPeer: 4,
	HelloTimeout: Duration(300 * time.Millisecond), IdleTimeout: Duration(400 * time.Millisecond),
	HandshakeTimeout: Duration(time.Second), LogInterval: Duration(time.Hour)}

// TestStreamFloodIsBounded: one connection opens 500 Join streams and never
// sends a hello. The server keeps at most MaxStreamsPerConn of them, resets
// the rest, ends every one at the hello timeout, closes the connection once
// idle, and writes one log line for the whole flood; an owner of a running
// job exchanges messages throughout.
func TestStreamFloodIsBounded(t *testing.T) {
	n := newLimitedNet(t, tightLimits)
	owners := n.owners(1)
	hub := n.openJob(7, owners, 1<<20)
	good := n.dial(hub, owners[0], 7, 1<<20)
	res, err := hostile.FloodStreams(context.Background(), n.endpoint, hostile.Loopbacks(2, 1), 500, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if res.Resets < int64(res.Opened-tightLimits.MaxStreamsPerConn) || !res.Closed {
		t.Fatalf("flood %+v: want ≥ %d streams reset and the connection closed", res, res.Opened-tightLimits.MaxStreamsPerConn)
	}
	if lines := strings.Count(n.log.String(), "\n"); lines > 1 {
		t.Fatalf("%d log lines for one flood in one interval, want 1:\n%s", lines, n.log)
	}
	if got := n.srv.Refusals()[refusedNoHello]; got < 1 || got > uint64(tightLimits.MaxStreamsPerConn) {
		t.Fatalf("%d streams timed out waiting for a hello, want 1..%d (the others were reset)", got, tightLimits.MaxStreamsPerConn)
	}
	checkOthersUnaffected(t, hub, good, 1)
}

// TestIdleConnectionsAreClosed: connections that never open a stream are
// closed after the idle timeout.
func TestIdleConnectionsAreClosed(t *testing.T) {
	n := newLimitedNet(t, tightLimits)
	res := hostile.IdleConns(context.Background(), n.endpoint, hostile.Loopbacks(3, 2), 10, 10*time.Second)
	if res.Opened != 10 || res.Closed != 10 {
		t.Fatalf("idle connections %+v, want all 10 opened and closed by the server", res)
	}
	n.waitFor("no connection left", func() bool { return n.srv.Conns() == 0 })
}

// TestConnectionFloodKeepsOwners: bare connections from 20 addresses exceed
// both caps. The server never holds more than MaxConns (nor more than
// MaxConnsPerPeer from one address), an owner connected before the flood keeps
// its session, and an owner dialing during the flood still gets in (it takes
// the place of an unproven connection).
func TestConnectionFloodKeepsOwners(t *testing.T) {
	n := newLimitedNet(t, tightLimits)
	owners := n.owners(2)
	hub := n.openJob(7, owners, 1<<20)
	good := n.dial(hub, owners[0], 7, 1<<20)
	done := make(chan hostile.FloodResult)
	go func() {
		done <- hostile.FloodConns(context.Background(), n.endpoint, hostile.Loopbacks(10, 20), 300, 3*time.Second)
	}()
	n.waitFor("the flood to fill the server", func() bool { return n.srv.Conns() >= tightLimits.MaxConns })
	time.Sleep(tightLimits.HelloTimeout.D()) // the flood's connections are now old enough to evict
	late := n.dial(hub, owners[1], 7, 1<<20)
	res := <-done
	if max := n.srv.Conns(); max > tightLimits.MaxConns {
		t.Fatalf("%d connections open, cap %d", max, tightLimits.MaxConns)
	}
	if res.Held > tightLimits.MaxConns {
		t.Fatalf("the flood held %d connections, cap %d", res.Held, tightLimits.MaxConns)
	}
	checkExchange(t, hub, 0, good, 1)
	checkExchange(t, hub, 1, late, 2)
}

// TestConnsPerPeerCountsEachSource: the per-address cap counts connections by
// the address they come from. Eight owners of one job dialing from one
// address get MaxConnsPerPeer (6) connections and the last two are refused,
// as in-process daemons all dialing from 127.0.0.1 were at 33 owners and more
// (issue 15); dialing each from its own address (Identity.Source), all eight
// join.
func TestConnsPerPeerCountsEachSource(t *testing.T) {
	for _, tc := range []struct {
		name    string
		sources func(i int) net.IP
		joined  int
	}{
		{"one address", func(int) net.IP { return net.IPv4(127, 0, 2, 1) }, tightLimits.MaxConnsPerPeer},
		{"an address each", func(i int) net.IP { return net.IPv4(127, 0, 2, byte(1+i)) }, 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newLimitedNet(t, tightLimits)
			owners := n.owners(8)
			hub := n.openJob(7, owners, 1<<20)
			joined := 0
			for i, o := range owners {
				o.Source = tc.sources(i)
				l, err := Dial(context.Background(), n.linkConfig(o, 7, 1<<20))
				if err != nil {
					continue
				}
				t.Cleanup(func() { l.Close() })
				joined++
				n.waitFor("the owner to be live", func() bool { return hasLive(hub, i) })
			}
			if joined != tc.joined || len(hub.Live()) != tc.joined {
				t.Fatalf("%d owners joined (%d live), want %d", joined, len(hub.Live()), tc.joined)
			}
			if refused := n.srv.Refusals()[refusedConnPerPeer]; refused != uint64(8-tc.joined) {
				t.Fatalf("%d connections refused over max_conns_per_peer, want %d", refused, 8-tc.joined)
			}
		})
	}
}
