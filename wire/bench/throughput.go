// Package bench measures Veil's transport (package wire) against its
// baselines measured in the same run: a bare TLS 1.3 copy of the same bytes,
// and the same with one SHA-256 pass per side. It is what `veil bench
// transport` prints (docs/benchmarks.md).
package bench

import (
	"context"
	"crypto/rand"
	"fmt"
	"time"

	"github.com/veil-market/veil/internal/procstat"
)

// ThroughputRow is the throughput measured for one payload size, in MB/s
// (10⁶ bytes per second), and the process CPU time per byte of each.
type ThroughputRow struct {
	Size      int     // payload bytes of one message
	Transport float64 // owner → aggregator: one signed, chunked message through an Uplink and a Job
	RawTLS    float64 // the same bytes written on a bare TLS 1.3 connection and read on the other end
	// RawTLSHashed is RawTLS with one SHA-256 pass per side (the writer hashes
	// what it wrote, the reader what it read, chunk by chunk): the floor of any
	// transport that signs its messages.
	RawTLSHashed float64
	// CPU nanoseconds per byte, process-wide, for each.
	TransportCPU, RawTLSCPU, RawTLSHashedCPU float64
}

// Ratio is the transport's throughput as a fraction of raw TLS.
func (r ThroughputRow) Ratio() float64 { return ratio(r.Transport, r.RawTLS) }

// RatioHashed is the transport's throughput as a fraction of raw TLS plus one
// SHA-256 pass per side.
func (r ThroughputRow) RatioHashed() float64 { return ratio(r.Transport, r.RawTLSHashed) }

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// MeasureThroughput sends messages of each size from an owner to an aggregator
// over 127.0.0.1 and, as baselines measured in the same run, copies the same
// bytes over a raw TLS 1.3 connection, bare and hashed. The three are
// interleaved (one transfer of each in turn, after one warm-up each) until
// minTime has passed and at least 3 turns were made, so that a machine whose
// load changes during the run weighs on all three alike. It is what `veil
// bench transport` prints.
func MeasureThroughput(ctx context.Context, sizes []int, minTime time.Duration) ([]ThroughputRow, error) {
	largest := 0
	for _, n := range sizes {
		if n < 0 {
			return nil, fmt.Errorf("bench: payload size %d is negative", n)
		}
		largest = max(largest, n)
	}
	lb, err := newLoopback(ctx, uint64(largest))
	if err != nil {
		return nil, err
	}
	defer lb.close()
	raw, err := newRawTLS()
	if err != nil {
		return nil, err
	}
	defer raw.close()
	rows := make([]ThroughputRow, 0, len(sizes))
	for _, n := range sizes {
		payload := make([]byte, n)
		if _, err := rand.Read(payload); err != nil {
			return nil, err
		}
		ways := []func() error{
			func() error { return lb.send(ctx, payload) },
			func() error { return raw.send(payload) },
			func() error { return raw.sendHashed(payload) },
		}
		rates, cpu, err := interleave(n, minTime, ways)
		if err != nil {
			return nil, fmt.Errorf("bench: throughput at %d bytes: %w", n, err)
		}
		rows = append(rows, ThroughputRow{Size: n, Transport: rates[0], RawTLS: rates[1], RawTLSHashed: rates[2],
			TransportCPU: cpu[0], RawTLSCPU: cpu[1], RawTLSHashedCPU: cpu[2]})
	}
	return rows, nil
}

// interleave runs each way once as a warm-up, then one transfer of each in
// turn until minTime has passed (at least 3 turns); it returns each way's MB/s
// and CPU ns per byte.
func interleave(size int, minTime time.Duration, ways []func() error) ([]float64, []float64, error) {
	for _, w := range ways {
		if err := w(); err != nil {
			return nil, nil, err
		}
	}
	spent := make([]time.Duration, len(ways))
	cpu := make([]time.Duration, len(ways))
	start, turns := time.Now(), 0
	for turns < 3 || time.Since(start) < minTime {
		for i, w := range ways {
			t0, c0 := time.Now(), procstat.CPU()
			if err := w(); err != nil {
				return nil, nil, err
			}
			spent[i] += time.Since(t0)
			cpu[i] += procstat.CPU() - c0
		}
		turns++
	}
	rates, perByte := make([]float64, len(ways)), make([]float64, len(ways))
	for i := range ways {
		bytes := float64(size) * float64(turns)
		rates[i] = bytes / spent[i].Seconds() / 1e6
		if size > 0 {
			perByte[i] = float64(cpu[i].Nanoseconds()) / bytes
		}
	}
	return rates, perByte, nil
}
