package wire

import (
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"
)

// refusalLog keeps a flood of refusals from becoming a flood of log lines: the
// first refusal of an interval is logged in full, the others are counted by
// kind and summed up in one line when the interval ends. A peer opening 50,000
// streams costs at most two lines per interval.
type refusalLog struct {
	log      *slog.Logger
	interval time.Duration
	mu       sync.Mutex
	open     bool           // an interval is running: its first refusal was logged
	counts   map[string]int // refusals after the first, by kind
	example  map[string]string
	total    map[string]uint64 // since the start, by kind (for metrics)
}

func newRefusalLog(log *slog.Logger, interval time.Duration) *refusalLog {
	return &refusalLog{log: log, interval: interval, counts: map[string]int{}, example: map[string]string{}, total: map[string]uint64{}}
}

// Refusal kinds, as they appear in the summary and in metrics.
const (
	refusedConnPerPeer = "conns_per_peer"  // over MaxConnsPerPeer
	refusedConns       = "conns"           // over MaxConns, nothing to evict
	evictedConn        = "evicted"         // an unproven connection closed for a newcomer
	refusedUnproven    = "unproven"        // over MaxUnproven(PerPeer)
	refusedNoHello     = "no_first_frame"  // the first frame did not come in time
	refusedPeer        = "peer"            // the first frame or the peer did not pass the checks
	refusedSession     = "session"         // an admitted owner sent something wrong
	refusedBlob        = "blob"            // a blob request or upload was refused
	refusedBadFrame    = "malformed_frame" // a frame that does not decode
)

// note records one refusal; msg and attrs describe it.
func (r *refusalLog) note(kind, msg string, attrs ...any) {
	r.mu.Lock()
	r.total[kind]++
	if r.open {
		r.counts[kind]++
		if _, ok := r.example[kind]; !ok {
			r.example[kind] = describe(msg, attrs)
		}
		r.mu.Unlock()
		return
	}
	r.open = true
	r.mu.Unlock()
	r.log.Warn(msg, append(attrs, "kind", kind)...)
	time.AfterFunc(r.interval, r.flush)
}

// flush writes the interval's summary, if anything was counted, and closes it.
func (r *refusalLog) flush() {
	r.mu.Lock()
	counts, examples := r.counts, r.example
	r.counts, r.example, r.open = map[string]int{}, map[string]string{}, false
	r.mu.Unlock()
	if len(counts) == 0 {
		return
	}
	kinds := make([]string, 0, len(counts))
	n := 0
	for k, c := range counts {
		kinds = append(kinds, k)
		n += c
	}
	sort.Strings(kinds)
	attrs := []any{"refusals", n, "interval", r.interval.String()}
	for _, k := range kinds {
		attrs = append(attrs, k, counts[k], k+"_example", examples[k])
	}
	r.log.Warn("refused peers (summary)", attrs...)
}

// totals is how many refusals of each kind there have been.
func (r *refusalLog) totals() map[string]uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make(map[string]uint64, len(r.total))
	for k, v := range r.total {
		out[k] = v
	}
	return out
}

// describe renders a refusal as one line: msg and its key=value pairs.
func describe(msg string, attrs []any) string {
	var b strings.Builder
	b.WriteString(msg)
	for i := 0; i+1 < len(attrs); i += 2 {
		fmt.Fprintf(&b, " %v=%v", attrs[i], attrs[i+1])
	}
	return b.String()
}
