package bench

import (
	"context"
	"crypto/rand"
	"testing"

	"github.com/veil-market/veil/internal/procstat"
	"github.com/veil-market/veil/wire"
)

// benchSizes are the payloads the transport is measured at (issue 4: 1 MB and 64 MB).
var benchSizes = []struct {
	name string
	size int
}{{"1MB", 1 << 20}, {"64MB", 64 << 20}}

// BenchmarkTransport sends one message per iteration from an owner to the
// aggregator: chunked, signed, hashed and verified. Its baselines, measured in
// the same run, are BenchmarkRawTLS (the same bytes on a bare TLS 1.3
// connection) and BenchmarkRawTLSHashed (that plus the two SHA-256 passes the
// contribution signature needs). Besides MB/s each reports the process CPU time
// per byte, which stays meaningful on a machine shared with other work.
func BenchmarkTransport(b *testing.B) {
	lb, err := newLoopback(context.Background(), 64<<20)
	if err != nil {
		b.Fatal(err)
	}
	defer lb.close()
	runSizes(b, func(p []byte) error { return lb.send(context.Background(), p) })
}

// BenchmarkRawTLS is the baseline of BenchmarkTransport.
func BenchmarkRawTLS(b *testing.B) {
	raw, err := newRawTLS()
	if err != nil {
		b.Fatal(err)
	}
	defer raw.close()
	runSizes(b, raw.send)
}

// BenchmarkRawTLSHashed is raw TLS with the payload hashed by the writer before
// and by the reader after: the floor of a transport that signs every message.
func BenchmarkRawTLSHashed(b *testing.B) {
	raw, err := newRawTLS()
	if err != nil {
		b.Fatal(err)
	}
	defer raw.close()
	runSizes(b, raw.sendHashed)
}

func runSizes(b *testing.B, send func([]byte) error) {
	for _, bs := range benchSizes {
		b.Run(bs.name, func(b *testing.B) {
			payload := randomBytes(b, bs.size)
			b.SetBytes(int64(bs.size))
			cpu := procstat.CPU()
			for b.Loop() {
				if err := send(payload); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(procstat.CPU()-cpu)/float64(b.N*bs.size), "cpu-ns/B")
		})
	}
}

func randomBytes(tb testing.TB, n int) []byte {
	tb.Helper()
	p := make([]byte, n)
	if _, err := rand.Read(p); err != nil {
		tb.Fatal(err)
	}
	return p
}

func TestMeasureThroughput(t *testing.T) {
	rows, err := MeasureThroughput(context.Background(), []int{0, 3 * wire.MaxChunk / 2}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].Size != 0 || rows[1].Size != 3*wire.MaxChunk/2 {
		t.Fatalf("rows = %+v", rows)
	}
	if rows[1].Transport <= 0 || rows[1].RawTLS <= 0 || rows[1].RawTLSHashed <= 0 || rows[1].Ratio() <= 0 || rows[1].RatioHashed() <= 0 {
		t.Fatalf("no throughput measured: %+v", rows[1])
	}
	if _, err := MeasureThroughput(context.Background(), []int{-1}, 0); err == nil {
		t.Fatal("a negative size was accepted")
	}
}
