package mpc

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"filippo.io/age"

	"github.com/veil-market/veil/engine/mpc/stats"
	"github.com/veil-market/veil/prio"
	"github.com/veil-market/veil/psi"
)

// testJob is one job run in memory by two compute nodes and its owners,
// with the engine's own protocol code.
type testJob struct {
	jc    *jobCtx
	keys  [2]ed25519.PrivateKey
	buyer *age.X25519Identity
	net   *memNet
	// payloads each owner built, and their rounds' errors
	payloads map[int][]byte
	errs     map[int]error
	lead     *outcome
}

func newTestJob(t testing.TB, rows []int) *testJob {
	tj := &testJob{net: newMemNet(), payloads: map[int][]byte{}, errs: map[int]error{}}
	var pubs [2]ed25519.PublicKey
	for r := range tj.keys {
		pubs[r], tj.keys[r], _ = ed25519.GenerateKey(nil)
	}
	tj.buyer, _ = age.GenerateX25519Identity()
	tj.jc = &jobCtx{binding: jobBinding(7, [20]byte{1}, [32]byte{2}), rows: rows, nodeKeys: pubs,
		timeout: 10 * time.Second, buyer: tj.buyer.Recipient()}
	return tj
}

func quiet() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func (tj *testJob) env(r int) nodeEnv {
	return nodeEnv{key: tj.keys[r], rand: rand.Reader, log: quiet()}
}

func (tj *testJob) hub(r int) memHub {
	h := memHub{net: tj.net, self: [2]string{"lead", "helper"}[r]}
	for o := range tj.jc.rows {
		h.live = append(h.live, o)
	}
	return h
}

func (tj *testJob) peer(r int) memChan {
	names := [2]string{"lead", "helper"}
	return memChan{tj.net, names[r], names[1-r]}
}

func (tj *testJob) ownerChans(o int) (memChan, memChan) {
	return memChan{tj.net, ownerName(o), "lead"}, memChan{tj.net, ownerName(o), "helper"}
}

type runner interface {
	round(ctx context.Context, hub ownersHub, peer channel) error
}

type ownerRunner interface {
	round(ctx context.Context, lead, helper channel) error
}

// run runs both nodes and every owner concurrently; it returns the nodes'
// errors.
func (tj *testJob) run(t testing.TB, nodes [2]runner, owners map[int]ownerRunner, ends func(o int) *ownerEnd) [2]error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	var nodeErrs [2]error
	var mu sync.Mutex
	for r, n := range nodes {
		wg.Add(1)
		go func() { defer wg.Done(); nodeErrs[r] = n.round(ctx, tj.hub(r), tj.peer(r)) }()
	}
	for o, or := range owners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lead, helper := tj.ownerChans(o)
			octx, cancel := context.WithTimeout(ctx, 3*tj.jc.timeout) // the node's round context
			defer cancel()
			err := or.round(octx, lead, helper)
			mu.Lock()
			defer mu.Unlock()
			tj.errs[o] = err
			if e := ends(o); e != nil {
				tj.payloads[o] = e.payload
			}
		}()
	}
	wg.Wait()
	return nodeErrs
}

// statsJob prepares a stats job's nodes and honest owners (tamper may
// change an owner's submission before it is sent).
func (tj *testJob) stats(t testing.TB, plan *stats.Plan, data map[int][][]float64, tamper map[int]func(*prio.Submission)) ([2]*statsNode, map[int]*statsOwner) {
	scheme, err := prio.NewScheme(tj.jc.binding[:], plan.Blocks())
	if err != nil {
		t.Fatal(err)
	}
	var nodes [2]*statsNode
	for r := range nodes {
		nodes[r] = &statsNode{jc: tj.jc, role: prio.Role(r), plan: plan, scheme: scheme, env: tj.env(r)}
	}
	owners := map[int]*statsOwner{}
	for o, values := range data {
		meas, err := plan.Encode(values)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := scheme.Shard(uint32(o), meas, plan.Totals(tj.jc.rows[o]), nil)
		if err != nil {
			t.Fatal(err)
		}
		if f := tamper[o]; f != nil {
			f(sub)
		}
		owners[o] = &statsOwner{jc: tj.jc, self: o, sub: sub, sealed: nodes[0].sealedSize()}
	}
	return nodes, owners
}

func (tj *testJob) runStats(t testing.TB, nodes [2]*statsNode, owners map[int]*statsOwner) [2]error {
	ors := map[int]ownerRunner{}
	for o, so := range owners {
		ors[o] = so
	}
	errs := tj.run(t, [2]runner{nodes[0], nodes[1]}, ors, func(o int) *ownerEnd { return owners[o].end })
	tj.lead = nodes[0].out
	return errs
}

func (tj *testJob) psi(t testing.TB, rel psi.Release, ids map[int][][]byte) ([2]*psiNode, map[int]*psiOwner) {
	var nodes [2]*psiNode
	for r := range nodes {
		nodes[r] = &psiNode{jc: tj.jc, role: psi.Role(r), rel: rel, env: tj.env(r)}
	}
	owners := map[int]*psiOwner{}
	for o, col := range ids {
		in, err := psi.Inputs(col, tj.jc.rows[o], nil)
		if err != nil {
			t.Fatal(err)
		}
		owners[o] = &psiOwner{jc: tj.jc, self: o, inputs: in, rand: rand.Reader}
	}
	return nodes, owners
}

func (tj *testJob) runPSI(t testing.TB, nodes [2]*psiNode, owners map[int]*psiOwner) [2]error {
	ors := map[int]ownerRunner{}
	for o, po := range owners {
		ors[o] = po
	}
	errs := tj.run(t, [2]runner{nodes[0], nodes[1]}, ors, func(o int) *ownerEnd { return owners[o].end })
	tj.lead = nodes[0].out
	return errs
}
