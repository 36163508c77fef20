package bench_test

import (
	"context"
	"fmt"
	"time"

	"github.com/veil-market/veil/wire/bench"
)

// ExampleMeasureThroughput compares the transport with a raw TLS 1.3 connection, as
// `veil bench transport` prints it.
func ExampleMeasureThroughput() {
	rows, err := bench.MeasureThroughput(context.Background(), []int{1 << 20, 64 << 20}, time.Second)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%10s %12s %12s %6s\n", "payload", "wire MB/s", "TLS MB/s", "ratio")
	for _, r := range rows {
		fmt.Printf("%10d %12.0f %12.0f %5.0f%%\n", r.Size, r.Transport, r.RawTLS, 100*r.Ratio())
	}
}
