package engine

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// MaxCompute is the most compute nodes a job names (the contract's bound:
// its bonds and vouchers are one bit per compute node in a byte).
const MaxCompute = 8

// Role is what a compute node does in a job, as the engine's Plan says.
type Role uint8

const (
	// RoleIdle: the node accepts the job (its bond is reserved) and runs
	// nothing; the lead's commit vouches for it. The zero value.
	RoleIdle Role = iota
	// RoleLead is the first compute node, always: the contract takes
	// receipts and the result commit from it. It runs the engine's
	// AggregatorRun, announces the rounds and credits owners.
	RoleLead
	// RoleHelper runs the engine's HelperRun (HelperEngine): owners get a
	// channel to it, it gets one to every other compute node taking part,
	// and it proves its step on-chain (attestStep) unless the lead's commit
	// vouches for it (docs/fair-exchange.md §4).
	RoleHelper
)

func (r Role) String() string {
	switch r {
	case RoleIdle:
		return "idle"
	case RoleLead:
		return "lead"
	case RoleHelper:
		return "helper"
	}
	return fmt.Sprintf("role#%d", uint8(r))
}

// ComputeNode is one of the compute nodes a job names, in the spec's order.
type ComputeNode struct {
	Address common.Address
	NodeKey ed25519.PublicKey // from the registry; nil where the caller could not read it (the buyer)
}

// Role is compute node k's role in the plan: entries beyond Compute are idle,
// and a plan without Compute has compute[0] lead (fl, he).
func (p Plan) Role(k int) Role {
	switch {
	case k < 0 || k >= MaxCompute:
		return RoleIdle
	case len(p.Compute) == 0 && k == 0:
		return RoleLead
	case k < len(p.Compute):
		return p.Compute[k]
	}
	return RoleIdle
}

// Parties lists the compute nodes that take part (lead and helpers), by
// index in the spec's compute list.
func (p Plan) Parties() []int {
	out := []int{0}
	for k := 1; k < len(p.Compute); k++ {
		if p.Compute[k] != RoleIdle {
			out = append(out, k)
		}
	}
	return out
}

// CheckRoles validates the plan's roles against the n compute nodes of the
// spec and against what e implements; the node calls it with Plan, so an
// engine's mistake is a clear refusal rather than a job that cannot run.
func CheckRoles(e Engine, p Plan, n int) error {
	if len(p.Compute) == 0 {
		return nil
	}
	if len(p.Compute) > n {
		return fmt.Errorf("engine: %s's plan gives roles to %d compute nodes; the spec names %d", e.Name(), len(p.Compute), n)
	}
	if p.Compute[0] != RoleLead {
		return fmt.Errorf("engine: %s's plan makes compute node 0 %s; it must lead (the contract takes receipts and the commit from it)", e.Name(), p.Compute[0])
	}
	for k, r := range p.Compute[1:] {
		switch r {
		case RoleIdle:
		case RoleHelper:
			if _, ok := e.(HelperEngine); !ok {
				return fmt.Errorf("engine: %s's plan makes compute node %d a helper, but the engine has no helper side (HelperEngine)", e.Name(), k+1)
			}
		default:
			return fmt.Errorf("engine: %s's plan gives compute node %d the role %s; only compute node 0 leads", e.Name(), k+1, r)
		}
	}
	return nil
}

// HelperEngine is implemented by an engine whose plans name helper compute
// nodes (mpc's second party, say).
type HelperEngine interface {
	// NewHelper prepares compute node self's side of a job (self indexes
	// Job.Compute; its role is RoleHelper).
	NewHelper(job *Job, self int, env Env) (HelperRun, error)
}

// HelperRun is a helper compute node's side of one job. The node runs rounds
// 1..Plan.Rounds in order; the lead's announcements clock the owners, so a
// helper's round r lasts as long as it waits for round r's messages.
type HelperRun interface {
	// Round runs round r with the owners connected to this node and the other
	// compute nodes (hub.Peer). Only the lead credits owners: hub.Credit fails.
	Round(ctx context.Context, r uint32, hub Hub) error
	// Step is this node's signed part of the job, after the last round. Its
	// hash goes on-chain (attestStep, with Data) unless the lead's commit
	// vouches for this node (Result.Vouched); a helper without a step is to
	// blame if the job fails.
	Step(ctx context.Context) (Step, error)
}

// Step is what a helper compute node attests on-chain: a non-zero hash of what
// it signed, and the data the engine needs published (at most MaxStepData bytes).
type Step struct {
	Hash [32]byte
	Data []byte
}

// MaxStepData is the most data attestStep publishes (the contract's MAX_STEP).
const MaxStepData = 4096

// Check refuses a step the contract would refuse.
func (s Step) Check() error {
	if s.Hash == ([32]byte{}) {
		return fmt.Errorf("engine: a step's hash must not be zero")
	}
	if len(s.Data) > MaxStepData {
		return fmt.Errorf("engine: a step's data has %d bytes, more than the %d attestStep publishes", len(s.Data), MaxStepData)
	}
	return nil
}

// NewHelper prepares compute node self's helper side of job with e.
func NewHelper(e Engine, job *Job, self int, env Env) (HelperRun, error) {
	h, ok := e.(HelperEngine)
	if !ok {
		return nil, fmt.Errorf("engine: %s has no helper side, yet the plan makes compute node %d a helper", e.Name(), self)
	}
	return h.NewHelper(job, self, env)
}

// Channel is an authenticated channel to one peer within a round: an owner's
// to a compute node, or a compute node's to another. A payload given to Send
// must not be changed afterwards: it may still be in flight when Send returns.
type Channel interface {
	Send(ctx context.Context, step string, payload []byte) error
	Recv(ctx context.Context, step string, maxBytes int) ([]byte, error)
	// Evidence waits (bounded by ctx) until the peer is connected and returns
	// its attestation evidence, as this run's Verifier accepted it when the
	// connection was made; nil when the run has no Verifier.
	Evidence(ctx context.Context) ([]byte, error)
}

// ErrNoChannel is what a channel to a compute node the plan does not name
// (or to oneself) returns.
var ErrNoChannel = errors.New("engine: no channel to that compute node")

// NoChannel is the channel to compute node k when there is none: its calls fail.
func NoChannel(k int) Channel { return noChannel(k) }

type noChannel int

func (c noChannel) Send(context.Context, string, []byte) error {
	return fmt.Errorf("%w (compute node %d)", ErrNoChannel, int(c))
}

func (c noChannel) Recv(context.Context, string, int) ([]byte, error) {
	return nil, fmt.Errorf("%w (compute node %d)", ErrNoChannel, int(c))
}

func (c noChannel) Evidence(context.Context) ([]byte, error) {
	return nil, fmt.Errorf("%w (compute node %d)", ErrNoChannel, int(c))
}

// GatherEach is Hub.Gather for implementations of Hub: it takes one message
// from each of `from` concurrently with take, until the deadline, and splits
// what came from what failed.
func GatherEach(ctx context.Context, from []int, deadline time.Time, take func(ctx context.Context, i int) ([]byte, error)) (map[int][]byte, map[int]error) {
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	var mu sync.Mutex
	got, failed := map[int][]byte{}, map[int]error{}
	var wg sync.WaitGroup
	for _, i := range from {
		wg.Go(func() {
			p, err := take(ctx, i)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed[i] = err
			} else {
				got[i] = p
			}
		})
	}
	wg.Wait()
	return got, failed
}
