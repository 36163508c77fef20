package mpc

import (
	"fmt"
	"testing"
	"time"

	"github.com/veil-market/veil/engine/mpc/stats"
)

// BenchmarkStatsJobOwners runs whole stats jobs (30 columns: count, mean,
// std; 100 rows per owner) with 3 to 100 owners, both compute nodes and
// every owner in one process over the in-memory network:
//
//	go test ./engine/mpc -run XXX -bench StatsJobOwners -benchtime 1x
//
// Metrics: bytes each owner sends and receives (the same whatever the
// number of owners), and the bytes each compute node receives per owner.
func BenchmarkStatsJobOwners(b *testing.B) {
	var cols []stats.Column
	for j := range 30 {
		cols = append(cols, stats.Column{Name: fmt.Sprintf("c%d", j), Lo: 0, Hi: 100})
	}
	for _, n := range []int{3, 10, 30, 100} {
		b.Run(fmt.Sprintf("owners=%d", n), func(b *testing.B) {
			rows := make([]int, n)
			for i := range rows {
				rows[i] = 100
			}
			plan, err := stats.NewPlan(cols, []string{"count", "mean", "std"}, rows, 4, 1e-6)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				tj := newTestJob(b, rows)
				tj.jc.timeout = time.Minute
				data := map[int][][]float64{}
				for o := range n {
					d := ownerData(uint64(o), 100)
					for len(d) < 30 {
						d = append(d, d[len(d)%2])
					}
					data[o] = d
				}
				t0 := time.Now()
				nodes, owners := tj.stats(b, plan, data, nil)
				if errs := tj.runStats(b, nodes, owners); errs[0] != nil || errs[1] != nil {
					b.Fatal(errs)
				}
				b.ReportMetric(time.Since(t0).Seconds(), "s/job")
				b.ReportMetric(float64(tj.net.sent[ownerName(0)]), "sent-B/owner")
				b.ReportMetric(float64(tj.net.recvd[ownerName(0)]), "recv-B/owner")
				b.ReportMetric(float64(tj.net.recvd["lead"])/float64(n), "lead-recv-B/owner")
			}
		})
	}
}
