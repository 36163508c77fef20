package node_test

import (
	"context"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/markettest"
)

var overhead = flag.Bool("overhead", false, "measure the job machinery's overhead (docs/benchmarks.md); slow")
var overheadLogs = flag.Bool("overhead.logs", false, "show the daemons' logs while measuring")

// TestMachineryOverhead times a job of the Toy engine (which computes nothing)
// from submission to settlement with 3, 10 and 30 owner daemons, at block
// periods of 0 (a block per transaction) and 1 s, split into chain waits and the
// protocol (network and compute), with the bytes each owner exchanged.
// Run: go test ./node -run MachineryOverhead -overhead -v -timeout 30m
func TestMachineryOverhead(t *testing.T) {
	if !*overhead {
		t.Skip("run with -overhead")
	}
	w := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "OWNERS\tBLOCK PERIOD\tSUBMIT→START (chain)\tSTART→COMMIT (protocol)\tCOMMIT→SETTLE (chain)\tTOTAL\tBYTES/OWNER")
	for _, period := range []time.Duration{0, time.Second} {
		for _, n := range overheadOwners() {
			r := measureJob(t, n, period)
			fmt.Fprintf(w, "%d\t%s\t%.2f s\t%.2f s\t%.2f s\t%.2f s\t%d\n", n, period, r[0].Seconds(), r[1].Seconds(), r[2].Seconds(), r[3].Seconds(), r[4])
		}
	}
	w.Flush()
}

func measureJob(t *testing.T, owners int, period time.Duration) [5]time.Duration {
	m := markettest.StartWith(t, markettest.Options{Owners: owners, AcceptWindow: 30 * time.Second, BlockPeriod: period, Quiet: !*overheadLogs})
	tab := markettest.Table(t, "../testdata/diabetes.csv")
	m.Publish(tab.SplitIID(owners, rand.New(rand.NewPCG(1, 2))), nil, chain.EngineMPC, big.NewInt(1e15))
	names := []string{"compute1"}
	for i := 1; i <= owners; i++ {
		names = append(names, fmt.Sprintf("owner%d", i))
	}
	m.Run(names...)
	time.Sleep(2 * time.Second) // daemons registered and polling
	t0 := time.Now()
	id := m.Submit(m.Spec("toy", `{"rounds":3}`, `{"epsilon":1,"delta":1e-6}`))
	var started, committed time.Time
	b := m.Members["buyer"].Market
	for {
		j, err := b.Job(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		now := time.Now()
		if started.IsZero() && j.State != chain.JobOpen {
			started = now
		}
		if committed.IsZero() && j.Committed() {
			committed = now
		}
		if j.State == chain.JobSettled {
			var bytes uint64
			for i := 1; i <= owners; i++ {
				in, out := m.Daemons[fmt.Sprintf("owner%d", i)].Traffic()
				bytes += in + out
			}
			m.StopAll()
			return [5]time.Duration{started.Sub(t0), committed.Sub(started), now.Sub(committed), now.Sub(t0), time.Duration(bytes / uint64(owners))}
		}
		if now.Sub(t0) > 5*time.Minute {
			t.Fatalf("job with %d owners did not settle", owners)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

var overheadN = flag.String("overhead.owners", "3,10,30", "owner counts to measure")

func overheadOwners() []int {
	var out []int
	for _, f := range strings.Split(*overheadN, ",") {
		var n int
		fmt.Sscan(f, &n)
		out = append(out, n)
	}
	return out
}
