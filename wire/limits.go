package wire

import (
	"fmt"
	"time"
)

// Limits bound what peers can make a server hold before they have proved who
// they are: connections, streams, time and log lines. A zero field takes its
// default (DefaultLimits); docs/wire.md has the table and how operators change
// them (node.limits in a home's config.json).
type Limits struct {
	// MaxConns bounds open connections from all peers. It is lowered, if need
	// be, to the process's file-descriptor limit less ReserveFDs.
	MaxConns int `json:"max_conns,omitempty"`
	// MaxConnsPerPeer bounds open connections from one network address (an
	// IPv4 address, or an IPv6 /64).
	MaxConnsPerPeer int `json:"max_conns_per_peer,omitempty"`
	// MaxStreamsPerConn bounds concurrent streams on one connection (HTTP/2
	// SETTINGS_MAX_CONCURRENT_STREAMS; streams beyond it are reset).
	MaxStreamsPerConn int `json:"max_streams_per_conn,omitempty"`
	// MaxUnproven bounds the streams, from all peers, whose first frame has not
	// been checked yet (hello, or signed blob request).
	MaxUnproven int `json:"max_unproven,omitempty"`
	// MaxUnprovenPerPeer is the same bound for one network address.
	MaxUnprovenPerPeer int `json:"max_unproven_per_peer,omitempty"`
	// HelloTimeout is how long a stream may take to send its first frame.
	HelloTimeout Duration `json:"hello_timeout,omitempty"`
	// HandshakeTimeout bounds the TLS handshake and HTTP/2 setup.
	HandshakeTimeout Duration `json:"handshake_timeout,omitempty"`
	// IdleTimeout closes a connection that has had no stream for this long.
	IdleTimeout Duration `json:"idle_timeout,omitempty"`
	// UploadTimeout bounds a whole blob upload or download.
	UploadTimeout Duration `json:"upload_timeout,omitempty"`
	// LogInterval: the first refusal of an interval is logged in full, the
	// others are counted into one summary line at its end.
	LogInterval Duration `json:"log_interval,omitempty"`
	// ReserveFDs file descriptors are kept free of peers' connections, for
	// /healthz and /metrics, the chain client, the database and blob files.
	ReserveFDs int `json:"reserve_fds,omitempty"`
}

// DefaultLimits are the limits a node runs with unless its configuration
// changes them.
var DefaultLimits = Limits{
	MaxConns:           512,
	MaxConnsPerPeer:    32,
	MaxStreamsPerConn:  16,
	MaxUnproven:        256,
	MaxUnprovenPerPeer: 16,
	HelloTimeout:       Duration(10 * time.Second),
	HandshakeTimeout:   Duration(10 * time.Second),
	IdleTimeout:        Duration(2 * time.Minute),
	UploadTimeout:      Duration(10 * time.Minute),
	LogInterval:        Duration(time.Minute),
	ReserveFDs:         256,
}

// withDefaults fills every zero field from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	pick := func(v, def int) int {
		if v > 0 {
			return v
		}
		return def
	}
	pickD := func(v, def Duration) Duration {
		if v > 0 {
			return v
		}
		return def
	}
	return Limits{
		MaxConns:           pick(l.MaxConns, d.MaxConns),
		MaxConnsPerPeer:    pick(l.MaxConnsPerPeer, d.MaxConnsPerPeer),
		MaxStreamsPerConn:  pick(l.MaxStreamsPerConn, d.MaxStreamsPerConn),
		MaxUnproven:        pick(l.MaxUnproven, d.MaxUnproven),
		MaxUnprovenPerPeer: pick(l.MaxUnprovenPerPeer, d.MaxUnprovenPerPeer),
		HelloTimeout:       pickD(l.HelloTimeout, d.HelloTimeout),
		HandshakeTimeout:   pickD(l.HandshakeTimeout, d.HandshakeTimeout),
		IdleTimeout:        pickD(l.IdleTimeout, d.IdleTimeout),
		UploadTimeout:      pickD(l.UploadTimeout, d.UploadTimeout),
		LogInterval:        pickD(l.LogInterval, d.LogInterval),
		ReserveFDs:         pick(l.ReserveFDs, d.ReserveFDs),
	}
}

// connCap is MaxConns lowered to fit in the file-descriptor limit (nofile)
// with ReserveFDs to spare; at least 1.
func (l Limits) connCap(nofile uint64) int {
	if nofile == 0 {
		return l.MaxConns
	}
	room := int64(nofile) - int64(l.ReserveFDs)
	return int(max(1, min(int64(l.MaxConns), room)))
}

// Duration is a time.Duration written in JSON as Go duration text ("10s").
type Duration time.Duration

// D is d as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil || v < 0 {
		return fmt.Errorf("wire: %q is not a duration like 10s", b)
	}
	*d = Duration(v)
	return nil
}
