package he

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/veil-market/veil/spec"
)

// The engine's cost at production parameters (N = 2^14): a stats job over
// the 30 feature columns of breast_cancer.csv (mean, std, correlations:
// 497 values, one ciphertext) split over 3, 10 and 30 owners, run through
// the engine over loopback gRPC, against the same computation in plaintext
// (each owner's noised statistics summed and decoded, no encryption, no
// network). Run:
//
//	go test ./engine/he -run XXX -bench 'Job' -benchtime 1x

var benchOwners = []int{3, 10, 30}

func benchTask(t testing.TB) string {
	tab, _ := loadDataset(t, "breast_cancer")
	var cols []string
	for _, c := range tab.Columns {
		if c != "benign" {
			cols = append(cols, c)
		}
	}
	b, _ := json.Marshal(map[string]any{"type": "stats", "columns": cols, "stats": []string{"count", "mean", "std", "corr"}})
	return string(b)
}

func benchMarket(b *testing.B, eng Engine, n int) *market {
	tab, meta := loadDataset(b, "breast_cancer")
	return newMarket(b, eng, tab, declaredBounds(meta), n, 50)
}

var benchPrivacy = spec.Privacy{Epsilon: 1, Delta: 1e-6}

func BenchmarkEngineJob(b *testing.B) {
	task := benchTask(b)
	for _, n := range benchOwners {
		b.Run(fmt.Sprintf("owners=%d", n), func(b *testing.B) {
			m := benchMarket(b, Engine{}, n)
			l := newLoopNet(b, m)
			start := time.Now()
			benchRun(b, m, l, task, n) // the first job runs key generation
			first := time.Since(start)
			b.ResetTimer()
			for b.Loop() {
				benchRun(b, m, l, task, n)
			}
			sent, received := l.bytesPerOwner()
			b.ReportMetric(first.Seconds(), "s/first-job")
			b.ReportMetric(sent, "B-sent/owner")
			b.ReportMetric(received, "B-received/owner")
		})
	}
}

func benchRun(b *testing.B, m *market, l *loopNet, task string, n int) {
	b.StopTimer()
	job := m.job(task, benchPrivacy, all(n)...)
	b.StartTimer()
	o, err := l.run(b.Context(), m, job, all(n))
	if err != nil {
		b.Fatal(err)
	}
	if o.aggErr != nil {
		b.Fatal(o.aggErr)
	}
	for k, err := range o.ownerErr {
		if err != nil {
			b.Fatalf("owner %d: %v", k, err)
		}
	}
}

// BenchmarkPlaintextJob is the baseline: the same statistics, noised the
// same way, summed in the clear.
func BenchmarkPlaintextJob(b *testing.B) {
	task := benchTask(b)
	for _, n := range benchOwners {
		b.Run(fmt.Sprintf("owners=%d", n), func(b *testing.B) {
			m := benchMarket(b, Engine{}, n)
			job := m.job(task, benchPrivacy, all(n)...)
			plan, err := planOf(job)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				sum := make([]float64, plan.Len())
				for _, tab := range m.tables {
					v, err := plan.EncodeContribution(tab, dpSampler(1))
					if err != nil {
						b.Fatal(err)
					}
					for i, x := range v.Values() {
						sum[i] += x
					}
				}
				if _, err := plan.Decode(sum); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(8*plan.Len()), "B-sent/owner")
		})
	}
}
