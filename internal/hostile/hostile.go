// Package hostile attacks a node's gRPC port from outside, with no key and no
// stake, the way the operators' review did: many streams on one connection
// without a hello, idle HTTP/2 connections, and a flood of bare connections.
// The tests of the daemon's limits and `veil bench hostile` use it; it speaks
// raw HTTP/2 (golang.org/x/net/http2) so that it can ignore what a polite
// client would respect (SETTINGS_MAX_CONCURRENT_STREAMS, timeouts).
package hostile

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// Sources are the local addresses attacks connect from, in turn: several
// loopback addresses stand for several attacking hosts (Linux routes all of
// 127/8 to the loopback interface).
type Sources []net.IP

// Loopbacks is 127.0.0.first .. 127.0.0.(first+n-1).
func Loopbacks(first, n int) Sources {
	s := make(Sources, n)
	for i := range s {
		s[i] = net.IPv4(127, 0, 0, byte(first+i))
	}
	return s
}

func (s Sources) dialer(i int) *net.Dialer {
	d := &net.Dialer{Timeout: 10 * time.Second}
	if len(s) > 0 {
		d.LocalAddr = &net.TCPAddr{IP: s[i%len(s)]}
	}
	return d
}

// h2conn is one TLS connection speaking HTTP/2 as a client.
type h2conn struct {
	raw    net.Conn
	fr     *http2.Framer
	wmu    sync.Mutex    // the framer's writes are not safe from two goroutines
	closed chan struct{} // closed when the server ends the connection
	resets atomic.Int64  // RST_STREAM frames received
	goaway atomic.Bool
}

// dialH2 connects, completes TLS (any certificate: the attacker has no key
// registered) and the HTTP/2 preface, and reads the server's frames in the
// background until the connection ends.
func dialH2(ctx context.Context, d *net.Dialer, addr string) (*h2conn, error) {
	raw, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, err
	}
	tc := tls.Client(raw, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"h2"}, MinVersion: tls.VersionTLS13})
	if err := tc.HandshakeContext(ctx); err != nil {
		raw.Close()
		return nil, fmt.Errorf("hostile: TLS handshake: %w", err)
	}
	if _, err := tc.Write([]byte(http2.ClientPreface)); err != nil {
		raw.Close()
		return nil, err
	}
	c := &h2conn{raw: tc, fr: http2.NewFramer(tc, tc), closed: make(chan struct{})}
	if err := c.fr.WriteSettings(); err != nil {
		raw.Close()
		return nil, err
	}
	go c.readLoop()
	return c, nil
}

func (c *h2conn) readLoop() {
	defer close(c.closed)
	for {
		f, err := c.fr.ReadFrame()
		if err != nil {
			return
		}
		switch f := f.(type) {
		case *http2.SettingsFrame:
			if !f.IsAck() {
				c.write(func() error { return c.fr.WriteSettingsAck() })
			}
		case *http2.PingFrame:
			if !f.IsAck() {
				c.write(func() error { return c.fr.WritePing(true, f.Data) })
			}
		case *http2.RSTStreamFrame:
			c.resets.Add(1)
		case *http2.GoAwayFrame:
			c.goaway.Store(true)
		}
	}
}

// write runs one frame write at a time.
func (c *h2conn) write(w func() error) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return w()
}

// joinHeaders is the header block of a Veil Join call.
func joinHeaders() []byte {
	var buf bytes.Buffer
	enc := hpack.NewEncoder(&buf)
	for _, f := range [][2]string{{":method", "POST"}, {":scheme", "https"}, {":path", "/veil.v1.Node/Join"},
		{":authority", "veil"}, {"content-type", "application/grpc+veil"}, {"te", "trailers"}} {
		enc.WriteField(hpack.HeaderField{Name: f[0], Value: f[1]})
	}
	return buf.Bytes()
}

// isClosed reports whether the server has ended the connection.
func (c *h2conn) isClosed() bool {
	select {
	case <-c.closed:
		return true
	default:
		return false
	}
}

// StreamFlood is what a stream flood saw.
type StreamFlood struct {
	Opened int   // Join streams opened (HEADERS sent), none of them ever sends a hello
	Resets int64 // streams the server reset
	Closed bool  // the server ended the connection
}

// FloodStreams opens n Join streams on one connection without ever sending a
// hello, as fast as the connection takes them, then holds the connection for
// `hold` (or until the server closes it).
func FloodStreams(ctx context.Context, addr string, from Sources, n int, hold time.Duration) (StreamFlood, error) {
	c, err := dialH2(ctx, from.dialer(0), addr)
	if err != nil {
		return StreamFlood{}, err
	}
	defer c.raw.Close()
	block := joinHeaders()
	var out StreamFlood
	for i := 0; i < n && !c.isClosed(); i++ {
		err := c.write(func() error {
			return c.fr.WriteHeaders(http2.HeadersFrameParam{StreamID: uint32(2*i + 1), BlockFragment: block, EndHeaders: true})
		})
		if err != nil {
			break
		}
		out.Opened++
	}
	select {
	case <-c.closed:
	case <-time.After(hold):
	case <-ctx.Done():
	}
	out.Resets, out.Closed = c.resets.Load(), c.isClosed()
	return out, nil
}

// IdleResult is what the idle connections saw.
type IdleResult struct {
	Opened int // connections that completed TLS and the HTTP/2 preface
	Closed int // of those, ended by the server within the hold time
	Failed int // connections the server refused before the preface completed
}

// IdleConns opens n HTTP/2 connections that never open a stream, and holds
// them for `hold` or until the server has closed all of them.
func IdleConns(ctx context.Context, addr string, from Sources, n int, hold time.Duration) IdleResult {
	conns := dialMany(ctx, n, func(i int) (*h2conn, error) { return dialH2(ctx, from.dialer(i), addr) })
	defer func() {
		for _, c := range conns {
			c.raw.Close()
		}
	}()
	res := IdleResult{Opened: len(conns), Failed: n - len(conns)}
	deadline := time.After(hold)
	for _, c := range conns {
		select {
		case <-c.closed:
			res.Closed++
		case <-deadline:
			return countClosed(res, conns)
		case <-ctx.Done():
			return countClosed(res, conns)
		}
	}
	return res
}

func countClosed(res IdleResult, conns []*h2conn) IdleResult {
	res.Closed = 0
	for _, c := range conns {
		if c.isClosed() {
			res.Closed++
		}
	}
	return res
}

// dialMany dials n connections, 64 at a time, and returns those that succeeded.
func dialMany[C any](ctx context.Context, n int, dial func(i int) (C, error)) []C {
	var mu sync.Mutex
	var out []C
	sem := make(chan struct{}, 64)
	var wg sync.WaitGroup
	for i := range n {
		if ctx.Err() != nil {
			break
		}
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if c, err := dial(i); err == nil {
				mu.Lock()
				out = append(out, c)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return out
}

// FloodResult is what a connection flood saw.
type FloodResult struct {
	Attempted int // TCP connections opened
	Held      int // still open at the end (the server neither refused nor evicted them)
}

// FloodConns opens n bare TCP connections (no TLS) and keeps every one the
// server does not close, for `hold`. Sockets the server closes are released
// at once, so the attacker itself stays within its file-descriptor limit.
func FloodConns(ctx context.Context, addr string, from Sources, n int, hold time.Duration) FloodResult {
	var held sync.Map
	var live atomic.Int64
	conns := dialMany(ctx, n, func(i int) (net.Conn, error) {
		c, err := from.dialer(i).DialContext(ctx, "tcp", addr)
		if err != nil {
			return nil, err
		}
		held.Store(c, true)
		live.Add(1)
		go func() { // a refused or evicted connection reads EOF: let it go
			var b [1]byte
			c.Read(b[:])
			if _, ok := held.LoadAndDelete(c); ok {
				live.Add(-1)
				c.Close()
			}
		}()
		return c, nil
	})
	select {
	case <-time.After(hold):
	case <-ctx.Done():
	}
	res := FloodResult{Attempted: len(conns), Held: int(live.Load())}
	held.Range(func(k, _ any) bool {
		if _, ok := held.LoadAndDelete(k); ok {
			k.(net.Conn).Close()
		}
		return true
	})
	return res
}
