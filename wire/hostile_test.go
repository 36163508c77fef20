package wire

import (
	"context"
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
