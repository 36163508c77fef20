package node

import (
	"math"
	"os"
	"runtime/debug"
	rtmetrics "runtime/metrics"
	"strconv"
	"strings"
	"sync"
)

// memoryAllowance is what the daemon may use beyond 1.5 × the data its owner
// jobs hold: its own structures, buffers, the runtime and the program's own
// pages (the part of the resident memory Go's limit does not count).
const memoryAllowance = 100 << 20

// memoryBudget keeps the daemon's memory near the data it holds. Go's
// collector lets the heap grow to twice the live data before collecting
// (GOGC=100): an owner holding 240 MB of columns would peak near 500 MB. While
// owner jobs hold data, the runtime's soft memory limit is set to 1.5 × that
// data + memoryAllowance, so the collector runs before the heap doubles; with
// no data held, the operator's limit (GOMEMLIMIT, or none) is back.
type memoryBudget struct {
	mu       sync.Mutex
	held     map[uint64]int64 // job → bytes of columns loaded
	operator int64            // the limit in force when the daemon started
	external int64            // resident memory the Go runtime does not manage (code pages), at start
}

func newMemoryBudget() *memoryBudget {
	return &memoryBudget{held: map[uint64]int64{}, operator: debug.SetMemoryLimit(-1), external: externalMemory()}
}

// hold counts bytes of data for job until release is called.
func (m *memoryBudget) hold(job uint64, bytes int64) (release func()) {
	m.mu.Lock()
	m.held[job] = bytes
	m.applyLocked()
	m.mu.Unlock()
	return func() {
		m.mu.Lock()
		delete(m.held, job)
		m.applyLocked()
		m.mu.Unlock()
	}
}

func (m *memoryBudget) applyLocked() {
	var data int64
	for _, b := range m.held {
		data += b
	}
	limit := m.operator
	if data > 0 {
		limit = min(limit, satAdd(data+data/2, max(memoryAllowance-m.external, memoryAllowance/2)))
	}
	debug.SetMemoryLimit(limit)
}

func satAdd(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

// tableBytes is the float64 size of cols (nil: all columns) of a dataset
// with this public metadata.
func tableBytes(rows, columns int, cols []string) int64 {
	if cols != nil {
		columns = len(cols)
	}
	return int64(rows) * int64(columns) * 8
}

// externalMemory is the resident memory outside the Go runtime's own
// accounting (mostly the program's code and data pages), 0 if unknown.
func externalMemory() int64 {
	rss := residentMemory()
	if rss == 0 {
		return 0
	}
	sample := []rtmetrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	rtmetrics.Read(sample)
	managed := int64(sample[0].Value.Uint64() - sample[1].Value.Uint64())
	return max(0, rss-managed)
}

// residentMemory is this process's resident set (VmRSS), 0 if unknown.
func residentMemory() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			if err == nil {
				return kb << 10
			}
		}
	}
	return 0
}
