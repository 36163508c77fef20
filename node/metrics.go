package node

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sort"
	"sync"
	"time"

	"golang.org/x/net/netutil"

	"github.com/veil-market/veil/wire"
)

// metrics are what /metrics shows, in the Prometheus text format.
type metrics struct {
	counters *wire.Counters
	server   *wire.Server // peer connections and refusals; nil before listen
	mu       sync.Mutex
	phases   map[string]int
	rounds   map[string]*roundStat // by engine and role
	started  time.Time
}

type roundStat struct {
	count   int
	seconds float64
	last    float64
}

func newMetrics() *metrics {
	return &metrics{counters: &wire.Counters{}, phases: map[string]int{}, rounds: map[string]*roundStat{}, started: time.Now()}
}

func (m *metrics) setJobs(recs []*jobRecord) {
	m.mu.Lock()
	defer m.mu.Unlock()
	clear(m.phases)
	for _, r := range recs {
		m.phases[r.Role+"/"+r.Phase]++
	}
}

func (m *metrics) round(engine, role string, d time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := engine + "/" + role
	s := m.rounds[k]
	if s == nil {
		s = &roundStat{}
		m.rounds[k] = s
	}
	s.count++
	s.seconds += d.Seconds()
	s.last = d.Seconds()
}

func (m *metrics) write(w http.ResponseWriter) {
	m.mu.Lock()
	defer m.mu.Unlock()
	fmt.Fprintf(w, "# HELP veil_jobs Jobs this node knows, by role and local phase.\n# TYPE veil_jobs gauge\n")
	for _, k := range sortedKeys(m.phases) {
		role, phase := split(k)
		fmt.Fprintf(w, "veil_jobs{role=%q,phase=%q} %d\n", role, phase, m.phases[k])
	}
	fmt.Fprintf(w, "# HELP veil_bytes_total Bytes exchanged with peers.\n# TYPE veil_bytes_total counter\n")
	fmt.Fprintf(w, "veil_bytes_total{direction=\"in\"} %d\nveil_bytes_total{direction=\"out\"} %d\n", m.counters.BytesIn.Load(), m.counters.BytesOut.Load())
	fmt.Fprintf(w, "# HELP veil_round_seconds Protocol round times.\n# TYPE veil_round_seconds summary\n")
	for _, k := range sortedKeys(m.rounds) {
		eng, role := split(k)
		s := m.rounds[k]
		fmt.Fprintf(w, "veil_round_seconds_sum{engine=%q,role=%q} %g\nveil_round_seconds_count{engine=%q,role=%q} %d\n", eng, role, s.seconds, eng, role, s.count)
		fmt.Fprintf(w, "veil_round_last_seconds{engine=%q,role=%q} %g\n", eng, role, s.last)
	}
	m.writePeers(w)
	fmt.Fprintf(w, "# HELP veil_uptime_seconds Seconds since the daemon started.\n# TYPE veil_uptime_seconds gauge\nveil_uptime_seconds %g\n", time.Since(m.started).Seconds())
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func split(k string) (string, string) {
	for i := range len(k) {
		if k[i] == '/' {
			return k[:i], k[i+1:]
		}
	}
	return k, ""
}

// writePeers writes the peer connections open and the refusals by kind.
func (m *metrics) writePeers(w http.ResponseWriter) {
	if m.server == nil {
		return
	}
	fmt.Fprintf(w, "# HELP veil_peer_connections Peer connections open.\n# TYPE veil_peer_connections gauge\nveil_peer_connections %d\n", m.server.Conns())
	fmt.Fprintf(w, "# HELP veil_refusals_total Connections, streams and requests refused, by reason.\n# TYPE veil_refusals_total counter\n")
	r := m.server.Refusals()
	for _, k := range sortedKeys(r) {
		fmt.Fprintf(w, "veil_refusals_total{kind=%q} %d\n", k, r[k])
	}
}

// metricsConns bounds the connections /healthz and /metrics serve at once.
const metricsConns = 64

// serveMetrics serves /healthz and /metrics on the configured address. Its
// listener has its own connection cap, and the gRPC server keeps
// file descriptors in reserve, so health stays answerable under a flood.
func (d *Daemon) serveMetrics() (func(), error) {
	if d.cfg.Metrics == "" {
		return func() {}, nil
	}
	l, err := net.Listen("tcp", d.cfg.Metrics)
	if err != nil {
		return nil, fmt.Errorf("node: metrics address %s: %w", d.cfg.Metrics, err)
	}
	if !isLoopback(l.Addr()) {
		d.log.Warn("metrics listen beyond loopback: anyone who can reach this address sees the node's jobs and peers; "+
			"bind them to 127.0.0.1 or firewall the port", "metrics", l.Addr().String())
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", d.healthz)
	mux.HandleFunc("/metrics", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		d.metrics.write(w)
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second,
		WriteTimeout: 10 * time.Second, IdleTimeout: 30 * time.Second, MaxHeaderBytes: 8 << 10}
	go srv.Serve(netutil.LimitListener(l, metricsConns))
	return func() { srv.Close() }, nil
}

// healthz answers 200 "ok" when the chain answers. Otherwise it says only
// "chain unreachable": the chain URL (which may hold an API key) and the
// error stay in the node's log.
func (d *Daemon) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if _, err := d.cfg.Market.Backend().BlockNumber(ctx); err != nil {
		d.log.Warn("health check: the chain does not answer", "err", err)
		http.Error(w, "chain unreachable", http.StatusServiceUnavailable)
		return
	}
	fmt.Fprintln(w, "ok")
}

func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// Traffic is the bytes this daemon exchanged with peers so far.
func (d *Daemon) Traffic() (in, out uint64) {
	return d.metrics.counters.BytesIn.Load(), d.metrics.counters.BytesOut.Load()
}

// RoundsDone is how many protocol rounds this daemon has completed, in every
// job and role (what /metrics counts in veil_round_seconds_count).
func (d *Daemon) RoundsDone() int {
	d.metrics.mu.Lock()
	defer d.metrics.mu.Unlock()
	n := 0
	for _, s := range d.metrics.rounds {
		n += s.count
	}
	return n
}
