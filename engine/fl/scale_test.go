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

var scaleEpsilon = flag.Float64("fl.epsilon", 8, "ε of TestManyOwnersThroughDaemons's job")

var scaleOwners = flag.Int("fl.owners", 5, "owners in TestManyOwnersThroughDaemons (5 by default; 24, 64 or 100 for SecAgg+, at most 128, the Marketplace's limit)")

// TestManyOwnersThroughDaemons: an fl job over breast_cancer split among
// many owners, through real daemons (in one process), SecAgg+ and the chain;
// d = 10 % of the owners are stopped mid-job and stay away. The job settles,
// every owner that stayed is paid exactly its price, and the stopped ones,
// started again after settlement, confirm and are paid exactly what their
// receipts earn (κ·P + (1 − κ)·P·r/R). The default suite runs it on 5
// owners, one stopped, on the complete graph (below
// secagg.MinSparseClients); at scale it runs when asked: `-fl.owners 24`
// (SecAgg+, 6 rounds, about 3 minutes here), `-fl.owners 64` or
// `-fl.owners 100` (30 rounds; issue 15's job size: the Marketplace takes up
// to chain.MaxDatasetsPerJob = 128 datasets in one job).
func TestManyOwnersThroughDaemons(t *testing.T) {
	n, rounds := *scaleOwners, 6
	if n >= 50 {
		rounds = 30
	}
	d := max(1, n/10) // stopped; the job tolerates 20 % (owners slow to connect count as dropouts too)
	tab := markettest.Table(t, "../../testdata/breast_cancer.csv")
	bounds := markettest.Bounds(t, "../../testdata/breast_cancer.bounds.json")
	train, test, err := tab.StratifiedSplit("benign", 0.25, rand.New(rand.NewPCG(3, 3)))
	if err != nil {
		t.Fatal(err)
	}
	window := max(20*time.Second, time.Duration(n)*time.Second) // every owner's daemon must see the job and accept
	m := markettest.StartWith(t, markettest.Options{Owners: n, AcceptWindow: window, Quiet: true})
	price := big.NewInt(1e15)
	m.Publish(train.SplitIID(n, rand.New(rand.NewPCG(4, 4))), bounds, chain.EngineFL, price)
	names := []string{"compute1"}
	for i := 1; i <= n; i++ {
		names = append(names, fmt.Sprintf("owner%d", i))
	}
	// The lead waits 10 s, not 2 min, for the stopped owners' commitments.
	m.RunWith("compute1", func(c *node.Config) { c.CommitWait = 10 * time.Second })
	m.Run(names[1:]...)
	task := fmt.Sprintf(`{"type":"train","model":"logistic","label":"benign","rounds":%d}`, rounds)
	s := m.Spec("fl", task, fmt.Sprintf(`{"epsilon":%g,"delta":1e-5,"dropouts":%d,"colluders":1}`, *scaleEpsilon, max(d, n/5)))
	s.Deadline = "30m" // acceptance by every owner, the rounds and the aggregator's wait for commitments (node.Config.CommitWait) all fit
	start := time.Now()
	id := m.Submit(s)
	m.WaitState(id, chain.JobStarted, 3*window)
	started := time.Now()
	time.Sleep(700 * time.Millisecond) // a round or two in
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
		Rounds []struct {
			Owners []int `json:"owners"`
		} `json:"rounds"`
	}
	if err := json.Unmarshal(res.Document.Report, &report); err != nil {
		t.Fatal(err)
	}
	if sparse := strings.HasPrefix(report.Setup.Graph, "SecAgg+"); sparse != (n >= secagg.MinSparseClients) {
		t.Fatalf("%d owners ran on %q", n, report.Setup.Graph)
	}
	acc := accuracy(t, model, test)
	t.Logf("%d owners, %d stopped mid-job, %s, ε = %g: test accuracy %.3f; submit→start %s, start→settled %s", n, d, report.Setup.Graph, *scaleEpsilon, acc, started.Sub(start).Round(time.Millisecond), settled.Sub(started).Round(time.Millisecond))
	if acc < 0.85 && *scaleEpsilon >= 8 {
		t.Fatalf("accuracy %.3f", acc)
	}
	var out, in uint64
	for i := 1; i <= n-d; i++ {
		ri, ro := m.Daemons[fmt.Sprintf("owner%d", i)].Traffic()
		in, out = in+ri, out+ro
	}
	t.Logf("bytes per owner that stayed (whole job, chain traffic excluded): %d sent, %d received", out/uint64(n-d), in/uint64(n-d))
	// Exact books, every owner by the rounds it was summed in: an owner in
	// every round is paid its price; one the aggregator went on without (a
	// stopped owner, back after settlement, or one too slow to connect) is
	// paid what its receipts earn, and its receipt for the last round it
	// was summed in may not have reached it.
	m.Run(stopped...)
	for i := 1; i <= n; i++ {
		name := fmt.Sprintf("owner%d", i)
		done := 0
		for _, r := range report.Rounds {
			if slices.Contains(r.Owners, i-1) {
				done++
			}
		}
		if slices.Contains(stopped, name) && done == rounds {
			t.Fatalf("%s, stopped mid-job, is in all %d rounds", name, rounds)
		}
		if done == rounds {
			m.WaitCredits(name, price, time.Minute)
			continue
		}
		waitCreditsOneOf(t, m, name, ownerPay(price, done, rounds), ownerPay(price, max(done-1, 0), rounds))
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
