package enclave

import (
	"testing"

	"github.com/veil-market/veil/release"
)

// BenchmarkExamples runs each example analysis over breast_cancer (569
// rows, three owners) with the same Go code three ways: compiled natively
// (the baseline), in the sandbox with copy-on-write restores, and in the
// sandbox copying the whole memory before each row. Releases, clipping,
// exact sums and noise are the same host code in all three.
func BenchmarkExamples(b *testing.B) {
	tab, bounds := breastCancer(b)
	parts := split3(tab)
	jobs := []struct {
		name string
		job  *Job
	}{{"groupstats", groupstatsJob(b, parts)}, {"logreg-30", logregJob(b, parts, bounds, 8, 30)}}
	for _, j := range jobs {
		callers := []struct {
			name string
			c    func() release.Caller
		}{
			{"native", func() release.Caller { return &native{args: j.job.Args} }},
			{"wasm", func() release.Caller { return sandboxCaller(b, j.job, false) }},
			{"wasm-copy", func() release.Caller { return sandboxCaller(b, j.job, true) }},
		}
		for _, c := range callers {
			b.Run(j.name+"/"+c.name, func(b *testing.B) {
				caller := c.c()
				rows, _ := j.job.Rows()
				for b.Loop() {
					runWith(b, j.job, caller, 1)
				}
				s, _ := j.job.Schedule(len(rows))
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(s.Calls()), "ns/call")
			})
		}
	}
}
