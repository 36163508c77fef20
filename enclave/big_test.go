package enclave

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/dataset"
)

// BenchmarkHundredMB parses 100 MB of CSV rows (breast_cancer repeated) and
// runs the groupstats analysis over them in the sandbox, then natively;
// it reports the row count, each run's time and the process's peak
// resident memory (VmHWM). Run alone: go test ./enclave -run XXX -bench HundredMB -benchtime 1x.
func BenchmarkHundredMB(b *testing.B) {
	csv := hundredMB(b)
	for b.Loop() {
		start := time.Now()
		tab, err := dataset.Read(bytes.NewReader(csv))
		if err != nil {
			b.Fatal(err)
		}
		parse := time.Since(start)
		j := groupstatsJob(b, []*dataset.Table{tab})
		start = time.Now()
		runWith(b, j, sandboxCaller(b, j, false), 1)
		wasm := time.Since(start)
		start = time.Now()
		runWith(b, j, &native{}, 1)
		nat := time.Since(start)
		b.ReportMetric(float64(tab.Len()), "rows")
		b.ReportMetric(parse.Seconds(), "s-parse")
		b.ReportMetric(wasm.Seconds(), "s-wasm")
		b.ReportMetric(nat.Seconds(), "s-native")
		b.ReportMetric(float64(peakRSS())/(1<<20), "MiB-peak-RSS")
	}
}

func hundredMB(b *testing.B) []byte {
	raw, err := os.ReadFile("../testdata/breast_cancer.csv")
	if err != nil {
		b.Fatal(err)
	}
	header, body, _ := bytes.Cut(raw, []byte("\n"))
	var out bytes.Buffer
	out.Write(header)
	out.WriteByte('\n')
	for out.Len() < 100<<20 {
		out.Write(body)
		if !bytes.HasSuffix(body, []byte("\n")) {
			out.WriteByte('\n')
		}
	}
	return out.Bytes()
}

// peakRSS reads VmHWM (kB) from /proc/self/status; 0 where there is none.
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			var kb int64
			for _, c := range strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")) {
				kb = kb*10 + int64(c-'0')
			}
			return kb << 10
		}
	}
	return 0
}
