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
// 497 values, one ciphertext) split over 3, 10, 30 and 100 owners, run
// through the engine over real loopback gRPC with mutual TLS (wire.Server
// and one wire.Uplink per owner, in this process), every job with its own
// secure aggregation (X25519 key exchange, Shamir shares, masking,
// unmasking, each owner's check of the opening), against the same
// computation in plaintext (each owner's noised statistics summed and
// decoded, no encryption, no network). Run:
//
//	go test ./engine/he -run XXX -bench 'Job' -benchtime 1x -timeout 60m
//
// (-bench 'Job/owners=100' for the 100-owner row alone).

var benchOwners = []int{3, 10, 30, 100}

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
			keygen := benchRun(b, m, l, task, n) // the first job also makes the buyer's key pair
			first := time.Since(start)
			b.ResetTimer()
			for b.Loop() {
				benchRun(b, m, l, task, n)
			}
			sent, received := l.bytesPerOwner()
			b.ReportMetric(first.Seconds(), "s/first-job")
			b.ReportMetric(keygen.Seconds(), "s/buyer-keygen")
			b.ReportMetric(sent, "B-sent/owner")
			b.ReportMetric(received, "B-received/owner")
		})
	}
}

// benchRun runs one job and returns the time the buyer's preparation took
// (key generation the first time, outside the job's timing).
func benchRun(b *testing.B, m *market, l *loopNet, task string, n int) time.Duration {
	b.StopTimer()
	prep := time.Now()
	job := m.job(task, benchPrivacy, all(n)...)
	prepared := time.Since(prep)
	b.StartTimer()
	o := l.run(b.Context(), job, all(n))
	if o.aggErr != nil {
		b.Fatal(o.aggErr)
	}
	for k, err := range o.ownerErr {
		if err != nil {
			b.Fatalf("owner %d: %v", k, err)
		}
	}
	return prepared
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
