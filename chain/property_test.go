package chain_test

import (
	"cmp"
	"flag"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"pgregory.net/rapid"

	"github.com/veil-market/veil/chain"
)

// TestMarketplaceProperties runs random sequences of calls from several
// accounts against the contract and against model, and checks after every step
// that:
//   - the contract's balance is escrow + credits + stakes + burned, by its own
//     totals and by the sum over the model's jobs, accounts and nodes;
//   - no dataset's spent + reserved ε or δ exceeds its budget;
//   - nobody withdraws more than it was credited, and a withdrawal pays exactly the credit;
//   - every job, dataset, credit and stake is what the rules (the model) say,
//     and every refused call is refused with the error the rules call for;
//   - no role profits from deviating (checkDeviation): the sequences include a
//     buyer that aggregates its own jobs, withheld rounds (receipts for fewer
//     rounds, none at all), silent owners, silent aggregators and compute
//     nodes, disputes, aborts and failed jobs, and every honest party ends at
//     least where it would have ended had it never joined.
//
// One chain serves every iteration; each deploys a fresh Marketplace. The
// default run is short; run longer with, for example:
//
//	go test ./chain -run TestMarketplaceProperties -rapid.checks=500 -rapid.steps=100
func TestMarketplaceProperties(t *testing.T) {
	setFlagDefault(t, "rapid.checks", "RAPID_CHECKS", "15")
	setFlagDefault(t, "rapid.steps", "RAPID_STEPS", "100")
	c := startChain(t)
	seen := outcomes{}
	rapid.Check(t, func(rt *rapid.T) {
		s := newMachine(rt, c, seen)
		rt.Repeat(s.actions())
	})
	t.Logf("outcomes: %v", seen)
}

// TestMarketplacePropertiesWide is TestMarketplaceProperties with jobs of up
// to 67 owners: propertyFillers more owners publish a dataset each, and a
// submission may put 62 or 64 of them before the owners it draws, so that
// those sit across bit 64 of the contract's owner bitmaps or above it, where
// a 64-bit bitmap would lose them. The check also compares every owner's flags
// (accepted, declined, confirmed, matched, disputed) with the model.
func TestMarketplacePropertiesWide(t *testing.T) {
	setFlagDefault(t, "rapid.checks", "RAPID_CHECKS", "3")
	setFlagDefault(t, "rapid.steps", "RAPID_STEPS", "80")
	c := startChainOf(t, numAccounts+propertyFillers)
	seen := outcomes{}
	rapid.Check(t, func(rt *rapid.T) {
		s := newMachine(rt, c, seen)
		s.addFillers(propertyFillers)
		rt.Repeat(s.actions())
	})
	t.Logf("outcomes: %v", seen)
}

// propertyFillers is how many owners TestMarketplacePropertiesWide adds.
const propertyFillers = 64

// addFillers registers n more owners (accounts numAccounts..), one dataset
// each, on the chain and in the model.
func (s *machine) addFillers(n int) {
	s.fillerAccts = map[int]bool{}
	for i := range n {
		a := numAccounts + i
		p := s.w.publishParams(i)
		p.MinOwners, p.Budget, p.DeltaBudget = 1, micro(100), 100*s.w.terms.maxDelta
		s.w.register(a, chain.RoleOwner, nil, nil)
		s.m.register(a, chain.RoleOwner, nil, nil)
		s.w.publish(a, p, nil)
		s.m.publish(a, p)
		s.fillers = append(s.fillers, len(s.m.datasets)-1)
		s.fillerAccts[a] = true
	}
}

// dataset maps the i-th dataset an action can draw to its index in the
// model, skipping the fillers.
func (s *machine) dataset(i int) int {
	if len(s.fillers) == 0 || i < s.fillers[0] {
		return i
	}
	return i + len(s.fillers)
}

// pending is j.pending() without the fillers' owners.
func (s *machine) pending(j *mJob) []int {
	if len(s.fillerAccts) == 0 {
		return j.pending()
	}
	var out []int
	for _, p := range j.pending() {
		if !s.fillerAccts[p] {
			out = append(out, p)
		}
	}
	return out
}

// outcomes counts, over all iterations, how each action ended ("accept/ok",
// "accept/WrongState"), to show which paths a run exercised.
type outcomes map[string]int

// cmdline is which flags the command line set, read before any test sets one
// (flag.Visit counts those too).
var cmdline struct {
	sync.Once
	set []string
}

// setFlagDefault lowers a rapid flag for this test unless the command line or
// the environment set it, and restores it afterwards.
func setFlagDefault(t *testing.T, name, env, value string) {
	cmdline.Do(func() { flag.Visit(func(f *flag.Flag) { cmdline.set = append(cmdline.set, f.Name) }) })
	if _, ok := os.LookupEnv(env); slices.Contains(cmdline.set, name) || ok {
		return
	}
	old := flag.Lookup(name).Value.String()
	if err := flag.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = flag.Set(name, old) })
}

// machine drives one world and its model through one random sequence.
type machine struct {
	w       *world
	m       *model
	seen    outcomes
	touched touched
	steps   int
	// fillers (TestMarketplacePropertiesWide) are the datasets, one per
	// extra owner, that pad a job so that its drawn owners sit at bit 62 to
	// 66 of the owner bitmaps; fillerAccts are their owners, who act only when
	// "anyone" is drawn.
	fillers     []int
	fillerAccts map[int]bool
}

// touched is what a step may have changed: check compares it with the model
// after every step and everything else every fullCheckEvery steps (each read
// runs the contract; comparing all of it after every step would triple the run).
type touched struct {
	jobs, datasets map[uint64]bool
	accts          map[int]bool
}

const fullCheckEvery = 8

func (s *machine) touchJob(id uint64) {
	s.touched.jobs[id] = true
	j := s.m.jobs[id-1]
	for _, d := range j.datasets {
		s.touched.datasets[uint64(d+1)] = true
	}
	for _, a := range append(append([]int{j.buyer}, j.owners...), j.compute...) {
		s.touched.accts[a] = true
	}
}

var (
	propertyBuyers  = []int{acctBuyer, acctSelf}
	computeChoices  = [][]int{{acctCompute1}, {acctCompute1, acctCompute2}, {acctCompute2, acctCompute1}, {acctSelf}, {acctSelf, acctCompute2}}
	propertyAccts   = []int{acctCompute1, acctCompute2, owners[0], owners[1], owners[2], acctBuyer, acctSelf, acctStranger}
	maxPropertyJobs = 12
	maxDatasets     = 9
)

func propertyTerms() terms {
	tm := defaultTerms()
	tm.budget = micro(3)
	tm.deltaBudget = 3 * tm.maxDelta
	tm.stake = chain.Coins(2) // a few jobs' bonds: enough acceptances meet BondUnavailable
	tm.minOwners = []uint16{1, 1, 2}
	return tm
}

func newMachine(rt *rapid.T, c *testChain, seen outcomes) *machine {
	w := newWorldWith(rt, c, testConfig(), propertyTerms())
	m := newModel(w.cfg)
	for i, a := range []int{acctCompute1, acctCompute2, acctSelf} {
		m.register(a, chain.RoleCompute, w.terms.fees[i], w.terms.stake)
	}
	for i, o := range owners {
		m.register(o, chain.RoleOwner, nil, nil)
		m.publish(o, w.publishParams(i))
	}
	s := &machine{w: w, m: m, seen: seen}
	s.resetTouched()
	return s
}

// actions weights the calls a job needs several of (acceptances, confirmations,
// receipts) by listing them more than once: rapid draws actions uniformly, and
// a job must collect every acceptance before anything later can happen.
func (s *machine) actions() map[string]func(*rapid.T) {
	return map[string]func(*rapid.T){
		"publish":         s.publish,
		"update":          s.update,
		"submit":          s.submit,
		"submit2":         s.submit,
		"accept":          s.accept,
		"accept2":         s.accept,
		"decline":         s.decline,
		"cancel":          s.cancel,
		"closeAcceptance": s.closeAcceptance,
		"attest":          s.attest,
		"commit":          s.commit,
		"commit2":         s.commit,
		"confirm":         s.confirm,
		"confirm2":        s.confirm,
		"confirm3":        s.confirm,
		"dispute":         s.dispute,
		"dispute2":        s.dispute,
		"settle":          s.settle,
		"settle2":         s.settle,
		"failJob":         s.failJob,
		"abort":           s.abort,
		"forfeit":         s.forfeit,
		"closeJob":        s.closeJob,
		"withdraw":        s.withdraw,
		"warp":            s.warp,
		"warpTo":          s.warpTo,
		"":                s.check,
	}
}

// execTime is the time of the block the next transaction lands in. Calls are
// estimated against the head and executed one second later; when the head sits
// on a boundary the two could disagree, so the chain first moves past it.
func (s *machine) execTime() uint64 {
	for {
		head := uint64(s.w.now().Unix())
		clear := true
		for _, b := range s.m.boundaries() {
			clear = clear && (head+1 < b || head > b+1)
		}
		if clear {
			return head + 1
		}
		s.w.warp(5 * time.Second)
	}
}

// expect asserts that err is the refusal want names, or success when want is "".
func (s *machine) expect(t *rapid.T, what string, err error, want string) {
	t.Helper()
	s.seen[what+"/"+cmp.Or(want, "ok")]++
	if want == "" {
		if err != nil {
			t.Fatalf("%s: %v, want success", what, err)
		}
		return
	}
	if !chain.IsRevert(err, want) {
		t.Fatalf("%s: %v, want %s", what, err, want)
	}
}

// job draws a job, most often one in a state where the action can succeed
// (any job otherwise, so that refusals are drawn too); it skips the action
// when there is no job yet.
func (s *machine) job(t *rapid.T, likely func(j *mJob) bool) (uint64, *mJob) {
	if len(s.m.jobs) == 0 {
		t.Skip("no job yet")
	}
	var ids []int
	for i, j := range s.m.jobs {
		if likely(j) {
			ids = append(ids, i)
		}
	}
	anyJob := rapid.IntRange(0, 3).Draw(t, "any job") == 0
	if len(ids) == 0 && !anyJob {
		t.Skip("no job in a state where this can succeed")
	}
	if anyJob {
		ids = make([]int, len(s.m.jobs))
		for i := range ids {
			ids[i] = i
		}
	}
	i := rapid.SampledFrom(ids).Draw(t, "job")
	s.touchJob(uint64(i + 1))
	return uint64(i + 1), s.m.jobs[i]
}

func inState(states ...uint8) func(j *mJob) bool {
	return func(j *mJob) bool { return slices.Contains(states, j.state) }
}

// participant draws who acts on j: most often one of pool, otherwise any
// participant, the buyer or a stranger.
func participant(t *rapid.T, j *mJob, pool []int, label string) int {
	if len(pool) == 0 || rapid.IntRange(0, 3).Draw(t, label+" anyone") == 0 {
		pool = append(append(append([]int{}, j.owners...), j.compute...), acctStranger, j.buyer)
	}
	return rapid.SampledFrom(pool).Draw(t, label)
}

// pending lists the participants of j that have not answered yet.
func (j *mJob) pending() []int {
	var out []int
	for _, p := range append(append([]int{}, j.owners...), j.compute...) {
		if !j.accepted[p] && !j.declined[p] {
			out = append(out, p)
		}
	}
	return out
}

// acceptedOwners lists the owners of j that accepted it.
func (j *mJob) acceptedOwners() []int {
	var out []int
	for _, o := range j.owners {
		if j.accepted[o] {
			out = append(out, o)
		}
	}
	return out
}

func (s *machine) tx(who int, f func(m *chain.Market) (*types.Receipt, error)) (*types.Receipt, error) {
	s.touched.accts[who] = true
	return s.w.try(who, f)
}
