package wire

import (
	"container/list"
	"fmt"
	"net"
	"sync"
	"time"
)

// limitListener caps the connections peers hold: MaxConnsPerPeer from one
// network address, and connCap in total. When the total is reached, a new
// connection takes the place of the oldest one that has not proved itself
// (no stream on it passed admission) and is older than the hello timeout; if
// there is none, the newcomer is closed at once. A peer that has joined a job
// or been authorised for a blob is never evicted, so a flood from many
// addresses cannot cut off the owners of a running job.
type limitListener struct {
	net.Listener
	perPeer int
	total   int
	grace   time.Duration
	refuse  *refusalLog
	now     func() time.Time

	mu     sync.Mutex
	order  *list.List // *trackedConn, oldest first
	byAddr map[string]*trackedConn
	peers  map[string]int
}

func newLimitListener(l net.Listener, perPeer, total int, grace time.Duration, refuse *refusalLog) *limitListener {
	return &limitListener{Listener: l, perPeer: perPeer, total: total, grace: grace, refuse: refuse, now: time.Now,
		order: list.New(), byAddr: map[string]*trackedConn{}, peers: map[string]int{}}
}

// Accept returns the next connection within the caps; connections over them
// are closed here and never reach gRPC.
func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if tc := l.admit(c); tc != nil {
			return tc, nil
		}
	}
}

func (l *limitListener) admit(c net.Conn) *trackedConn {
	key := peerKey(c.RemoteAddr())
	l.mu.Lock()
	if l.peers[key] >= l.perPeer {
		l.mu.Unlock()
		c.Close()
		l.refuse.note(refusedConnPerPeer, "refused a connection", "peer", c.RemoteAddr().String(),
			"reason", fmt.Sprintf("%d connections from %s already (max_conns_per_peer)", l.perPeer, key))
		return nil
	}
	var victim *trackedConn
	if l.order.Len() >= l.total {
		if victim = l.oldestUnprovenLocked(); victim == nil {
			l.mu.Unlock()
			c.Close()
			l.refuse.note(refusedConns, "refused a connection", "peer", c.RemoteAddr().String(),
				"reason", fmt.Sprintf("%d connections open (max_conns), none evictable", l.total))
			return nil
		}
		l.forgetLocked(victim)
	}
	tc := &trackedConn{Conn: c, l: l, key: key, addr: c.RemoteAddr().String(), since: l.now()}
	tc.elem = l.order.PushBack(tc)
	l.byAddr[tc.addr] = tc
	l.peers[key]++
	l.mu.Unlock()
	if victim != nil {
		victim.Conn.Close()
		l.refuse.note(evictedConn, "closed an unproven connection for a newcomer", "peer", victim.addr)
	}
	return tc
}

// oldestUnprovenLocked is the oldest connection past its grace period that
// has not proved itself, or nil.
func (l *limitListener) oldestUnprovenLocked() *trackedConn {
	cutoff := l.now().Add(-l.grace)
	for e := l.order.Front(); e != nil; e = e.Next() {
		tc := e.Value.(*trackedConn)
		if tc.since.After(cutoff) {
			return nil // the rest are younger still
		}
		if !tc.proven {
			return tc
		}
	}
	return nil
}

func (l *limitListener) forgetLocked(tc *trackedConn) {
	if tc.elem == nil {
		return
	}
	l.order.Remove(tc.elem)
	tc.elem = nil
	delete(l.byAddr, tc.addr)
	if l.peers[tc.key]--; l.peers[tc.key] <= 0 {
		delete(l.peers, tc.key)
	}
}

// prove marks the connection from addr (a peer's remote address) as carrying
// an admitted peer: it is no longer evicted for newcomers.
func (l *limitListener) prove(addr string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if tc := l.byAddr[addr]; tc != nil {
		tc.proven = true
	}
}

// open is the number of connections held now.
func (l *limitListener) open() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.order.Len()
}

// trackedConn leaves the listener's count when closed.
type trackedConn struct {
	net.Conn
	l      *limitListener
	key    string
	addr   string
	since  time.Time
	proven bool
	elem   *list.Element
	once   sync.Once
}

func (c *trackedConn) Close() error {
	c.once.Do(func() {
		c.l.mu.Lock()
		c.l.forgetLocked(c)
		c.l.mu.Unlock()
	})
	return c.Conn.Close()
}

// peerKey groups addresses that one party plausibly controls together: an
// IPv4 address, or an IPv6 /64.
func peerKey(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok {
		return a.String()
	}
	if ip4 := tcp.IP.To4(); ip4 != nil {
		return ip4.String()
	}
	return (&net.IPNet{IP: tcp.IP.Mask(net.CIDRMask(64, 128)), Mask: net.CIDRMask(64, 128)}).String()
}
