package fl_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/markettest"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/node"
	"github.com/veil-market/veil/secagg"
)

var (
	scaleEpsilon = flag.Float64("fl.epsilon", 8, "ε of TestManyOwnersThroughDaemons's job")
	scaleOwners  = flag.Int("fl.owners", 5, "owners in TestManyOwnersThroughDaemons (5 by default; 24 to 128 for SecAgg+: chain.MaxDatasetsPerJob)")
	scaleLogDir  = flag.String("fl.logdir", "", "directory for TestManyOwnersThroughDaemons's daemon logs, one <name>.log each (default: none)")
)

// TestManyOwnersThroughDaemons: an fl job over breast_cancer split among
// many owners, through real daemons (in one process, each on its own
// loopback address as separate hosts are), SecAgg+ and the chain; once round
// 1 is done, d = 10 % of the owners are stopped and stay away, and the job
// tolerates exactly d dropouts. Every owner that stayed is summed in every
// round and paid exactly its price; the stopped ones, started again after
// settlement, confirm and are paid exactly what their receipts earn
// (κ·P + (1 − κ)·P·r/R). The default suite runs it on 5 owners, one
// stopped, on the complete graph (below secagg.MinSparseClients), with the
// lead taking at most 2 connections per address: it fails if the daemons
// dial from one address again (then the lead's per-address cap, 32 by
// default, refused every owner past the 32nd: issue 15's late owners). At
// scale it runs when asked: `-fl.owners 24` (SecAgg+, 6 rounds) or
// `-fl.owners 100` (30 rounds; issue 15's job size, within the
// Marketplace's chain.MaxDatasetsPerJob = 128); docs/benchmarks.md has the
// figures.
func TestManyOwnersThroughDaemons(t *testing.T) {
	n, rounds := *scaleOwners, 6
	if n >= 50 {
		rounds = 30
	}
	d := max(1, n/10) // stopped after round 1; the job tolerates exactly d dropouts
	tab := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	train, test, err := tab.StratifiedSplit("benign", 0.25, rand.New(rand.NewPCG(3, 3)))
	if err != nil {
		t.Fatal(err)
	}
	window := max(20*time.Second, time.Duration(n)*time.Second) // every owner's daemon must see the job and accept
	m := markettest.StartWith(t, markettest.Options{Owners: n, AcceptWindow: window, Quiet: true, LogDir: *scaleLogDir})
	price := big.NewInt(1e15)
	m.Publish(train.SplitIID(n, rand.New(rand.NewPCG(4, 4))), bounds, chain.EngineFL, price)
	names := []string{"compute1"}
	for i := 1; i <= n; i++ {
		names = append(names, fmt.Sprintf("owner%d", i))
	}
	m.RunWith("compute1", func(c *node.Config) {
		c.CommitWait = 10 * time.Second // not 2 min, for the stopped owners' commitments
		c.Limits.MaxConnsPerPeer = 2    // one connection per owner's host, and room for a reconnection
	})
	m.Run(names[1:]...)
	task := fmt.Sprintf(`{"type":"train","model":"logistic","label":"benign","rounds":%d}`, rounds)
	s := m.Spec("fl", task, fmt.Sprintf(`{"epsilon":%g,"delta":1e-5,"dropouts":%d,"colluders":1}`, *scaleEpsilon, d))
	s.Deadline = "30m" // acceptance by every owner, the rounds and the aggregator's wait for commitments (node.Config.CommitWait) all fit
	start := time.Now()
	id := m.Submit(s)
	m.WaitState(id, chain.JobStarted, 3*window)
	started := time.Now()
	waitRounds(t, m, id, 1)
	var stopped []string
	for i := n - d + 1; i <= n; i++ {
		name := fmt.Sprintf("owner%d", i)
		m.Stop(name)
		stopped = append(stopped, name)
	}
	m.WaitState(id, chain.JobSettled, 20*time.Minute)
	settled := time.Now()
	res := m.Result(id)
	model, err := ml.Decode(res.Output.Data)
	if err != nil {
		t.Fatal(err)
	}
	var report struct {
		Setup struct {
			Graph string `json:"graph"`
		} `json:"setup"`
		Rounds []reportRound `json:"rounds"`
	}
	if err := json.Unmarshal(res.Document.Report, &report); err != nil {
		t.Fatal(err)
	}
	if sparse := strings.HasPrefix(report.Setup.Graph, "SecAgg+"); sparse != (n >= secagg.MinSparseClients) {
		t.Fatalf("%d owners ran on %q", n, report.Setup.Graph)
	}
	acc := accuracy(t, model, test)
	t.Logf("%d owners, %d stopped after round 1, %s, ε = %g: test accuracy %.3f; submit→start %s, start→settled %s", n, d, report.Setup.Graph, *scaleEpsilon, acc, started.Sub(start).Round(time.Millisecond), settled.Sub(started).Round(time.Millisecond))
	if acc < 0.85 && *scaleEpsilon >= 8 {
		t.Fatalf("accuracy %.3f", acc)
	}
	var out, in uint64
	for i := 1; i <= n-d; i++ {
		ri, ro := m.Daemons[fmt.Sprintf("owner%d", i)].Traffic()
		in, out = in+ri, out+ro
	}
	t.Logf("bytes per owner that stayed (whole job, chain traffic excluded): %d sent, %d received", out/uint64(n-d), in/uint64(n-d))
	checkScaleBooks(t, m, report.Rounds, stopped, price)
}

// reportRound is a round of the job's report: the owners summed in it (0-based).
type reportRound struct {
	Owners []int `json:"owners"`
}

// checkScaleBooks checks every owner's books by the rounds it was summed in:
// an owner that stayed is in every round and paid its price; a stopped one,
// started again now, is in fewer and paid what its receipts earn (its
// receipt for the last round it was summed in may not have reached it).
func checkScaleBooks(t *testing.T, m *markettest.Market, rounds []reportRound, stopped []string, price *big.Int) {
	t.Helper()
	m.Run(stopped...)
	for i := 1; i <= len(m.Owners()); i++ {
		name := fmt.Sprintf("owner%d", i)
		done := 0
		for _, r := range rounds {
			if slices.Contains(r.Owners, i-1) {
				done++
			}
		}
		switch {
		case !slices.Contains(stopped, name) && done != len(rounds):
			t.Fatalf("%s, up throughout, is summed in %d of %d rounds", name, done, len(rounds))
		case !slices.Contains(stopped, name):
			m.WaitCredits(name, price, time.Minute)
		case done == len(rounds):
			t.Fatalf("%s, stopped mid-job, is in all %d rounds", name, len(rounds))
		default:
			waitCreditsOneOf(t, m, name, ownerPay(price, done, len(rounds)), ownerPay(price, max(done-1, 0), len(rounds)))
		}
	}
}

// ownerPay is Marketplace.ownerPay with the dev chain's κ = 50 %.
func ownerPay(price *big.Int, done, total int) *big.Int {
	first := new(big.Int).Div(new(big.Int).Mul(price, big.NewInt(5000)), big.NewInt(10000))
	rest := new(big.Int).Sub(price, first)
	rest.Mul(rest, big.NewInt(int64(min(done, total))))
	return first.Add(first, rest.Div(rest, big.NewInt(int64(total))))
}

// waitCreditsOneOf waits until name's credits equal one of want.
func waitCreditsOneOf(t *testing.T, m *markettest.Market, name string, want ...*big.Int) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		got := m.Credits(name)
		for _, w := range want {
			if got.Cmp(w) == 0 {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s credited %s, want one of %v", name, chain.FormatCoins(got), want)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
