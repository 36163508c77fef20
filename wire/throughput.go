package wire

import (
	"context"
	"crypto/rand"
	"fmt"
	"time"
)

// ThroughputRow is the throughput measured for one payload size, in MB/s
// (10⁶ bytes per second).
type ThroughputRow struct {
	Size      int     // payload bytes of one message
	Transport float64 // owner → aggregator: one signed, chunked message through a Link and a Hub
	RawTLS    float64 // the same bytes written on a bare TLS 1.3 connection and read on the other end
}

// Ratio is the transport's throughput as a fraction of raw TLS.
func (r ThroughputRow) Ratio() float64 {
	if r.RawTLS == 0 {
		return 0
	}
	return r.Transport / r.RawTLS
}

// MeasureThroughput sends messages of each size from an owner to an aggregator
// over 127.0.0.1 and, as the baseline measured in the same run, copies the same
// bytes over a raw TLS 1.3 connection. Each figure repeats the transfer until
// minTime has passed (at least twice). It is what `veil bench transport` prints.
func MeasureThroughput(ctx context.Context, sizes []int, minTime time.Duration) ([]ThroughputRow, error) {
	largest := 0
	for _, n := range sizes {
		if n < 0 {
			return nil, fmt.Errorf("wire: payload size %d is negative", n)
		}
		largest = max(largest, n)
	}
	lb, err := newLoopback(ctx, uint64(largest))
	if err != nil {
		return nil, err
	}
	defer lb.close()
	raw, err := newRawTLS(ctx)
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
		row := ThroughputRow{Size: n}
		if row.Transport, err = rate(n, minTime, func() error { return lb.send(ctx, payload) }); err != nil {
			return nil, fmt.Errorf("wire: transport at %d bytes: %w", n, err)
		}
		if row.RawTLS, err = rate(n, minTime, func() error { return raw.send(payload) }); err != nil {
			return nil, fmt.Errorf("wire: raw TLS at %d bytes: %w", n, err)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// rate runs send (after one warm-up) until minTime has passed and returns MB/s.
func rate(size int, minTime time.Duration, send func() error) (float64, error) {
	if err := send(); err != nil {
		return 0, err
	}
	start, reps := time.Now(), 0
	for reps < 2 || time.Since(start) < minTime {
		if err := send(); err != nil {
			return 0, err
		}
		reps++
	}
	return float64(size) * float64(reps) / time.Since(start).Seconds() / 1e6, nil
}
