// Package engine is the interface every privacy engine implements, and the
// registry of engines. An engine is a set of network-free protocol steps: the
// node gives it a Link (owner side) or a Hub (compute side) for each round and
// carries its messages; the engine never opens a connection itself. A job
// names up to MaxCompute compute nodes; the engine's Plan says which take part
// and how (Role): the first leads (announces rounds, credits owners, commits
// the result), helpers run a HelperRun, and every compute node taking part
// has a Channel to each other one and to each owner. docs/engines.md says how
// to add an engine.
//
// Threat model: every message an engine receives comes from an authenticated but
// untrusted peer. Engines validate sizes, ranges and senders before using a
// message, and name the peer in their errors. What an engine protects (against
// the aggregator, colluding owners and the buyer) is stated in its package doc.
package engine

import (
	"context"
	"crypto/ed25519"
	"errors"
	"io"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/spec"
)

// Engine is one way of computing over private data.
type Engine interface {
	// Name is the engine's name in specs and on-chain ("fl", "he").
	Name() string
	// Plan validates the spec's task against the datasets' public metadata (in
	// spec.Datasets order) and says how the job runs. `veil job submit` calls it
	// before any money moves; every node calls it again before taking part.
	Plan(s *spec.Spec, metas []*dataset.Metadata) (Plan, error)
	// NewOwner prepares an owner's side of a job over its own rows. data is
	// the run's: the node does not use it afterwards, so the run may keep it
	// or transform it in place instead of copying it.
	NewOwner(job *Job, self int, data *dataset.Table, env Env) (OwnerRun, error)
	// NewAggregator prepares the lead compute node's side of a job (compute
	// node 0, the contract's aggregator).
	NewAggregator(job *Job, env Env) (AggregatorRun, error)
	// PrepareBuyer runs on the buyer's machine at submission: it may create the
	// buyer's keys for this engine and add them to the spec (spec.Buyer.Keys,
	// under the engine's name).
	PrepareBuyer(ctx context.Context, s *spec.Spec, env BuyerEnv) error
	// Finalize decodes a result's payload with the buyer's keys into the file the
	// buyer gets.
	Finalize(ctx context.Context, job *Job, payload []byte, env BuyerEnv) (*Output, error)
}

// Plan is how a job runs.
type Plan struct {
	Rounds       int           // declared on-chain; owners are paid pro rata over them
	MaxMessage   uint64        // largest message either side may send
	RoundTimeout time.Duration // per-step deadline inside a round
	Epsilon      float64       // ε this job spends (charged on-chain)
	Detail       any           // engine-specific plan, shown to the buyer (e.g. noise scales)
	// Compute is the role of each of the spec's compute nodes, in its order;
	// nodes beyond it are idle. Nil: compute node 0 leads, the others idle.
	// Compute[0] must be RoleLead (CheckRoles).
	Compute []Role
}

// Job is what an engine knows about a job: its spec, its accepted owners and
// its compute nodes.
type Job struct {
	ID      uint64
	Spec    *spec.Spec
	Plan    Plan
	Owners  []Owner       // the owners that accepted, in the job's dataset order
	Compute []ComputeNode // every compute node the spec names, in its order; Plan.Role(k) is k's role
	Buyer   common.Address
}

// Owner is an owner that accepted a job.
type Owner struct {
	Address       common.Address
	NodeKey       ed25519.PublicKey
	DatasetID     uint64
	DatasetDigest [32]byte
	Metadata      *dataset.Metadata
}

// D is the number of further dropouts the job still tolerates: the declared d
// minus the owners that never accepted.
func (j *Job) D() int {
	return max(0, j.Spec.Privacy.Dropouts-(len(j.Spec.Datasets)-len(j.Owners)))
}

// Rows is the total public row count of the accepted owners' datasets.
func (j *Job) Rows() int {
	n := 0
	for _, o := range j.Owners {
		n += o.Metadata.Rows
	}
	return n
}

// Env is what a node gives an engine.
type Env struct {
	// Store is the engine's persistent store in the node's database, shared
	// by its jobs (keys name the job). It is not encrypted: nothing secret.
	Store KV
	// Secrets is the engine's encrypted store, sealed to the home's identity:
	// secret shares, private keys. Shared by the engine's jobs.
	Secrets KV
	Rand    io.Reader          // crypto/rand unless a test injects a seeded reader
	NodeKey ed25519.PrivateKey // signs engine-level messages; peers know it from the registry
	Log     *slog.Logger
	// Blob reads a blob the buyer uploaded to this node (a compute node), by SHA-256.
	Blob func(ctx context.Context, digest [32]byte) ([]byte, error)
	// Platform is this machine's hardware attestation (a TEE), nil without one.
	Platform Platform
	// ChainID is the chain the job lives on (an engine may accept test-only
	// evidence on the devnet, 1337, and nowhere else: tee's `sim`).
	ChainID uint64
}

// BuyerEnv is what the buyer's CLI gives an engine.
type BuyerEnv struct {
	Secrets KV // sealed to the buyer home's identity (the buyer's private keys)
	Rand    io.Reader
	// Upload stages data for compute node `to` (an index in spec.Compute):
	// it is uploaded once the job is on-chain, and the node holds it for the
	// job as veil-node://<address>/<sha256> (the returned uri).
	Upload func(ctx context.Context, to int, data []byte) (uri string, digest [32]byte, err error)
	// ChainID is the chain the job lives on (see Env.ChainID).
	ChainID uint64
}

// KV is a small persistent key-value store; Get of a missing key returns (nil, nil).
type KV interface {
	Get(key string) ([]byte, error)
	Put(key string, value []byte) error
}

// OwnerRun is an owner's side of one job.
type OwnerRun interface {
	// Round runs the owner's part of round r; announce is what the aggregator sent
	// when it started the round.
	Round(ctx context.Context, r uint32, announce []byte, link Link) error
	// Payload is the result's payload as this owner computed it, after the last
	// round; the owner confirms its SHA-256 on-chain.
	Payload(ctx context.Context) ([]byte, error)
}

// AggregatorRun is the lead compute node's side of one job.
type AggregatorRun interface {
	// Announce is what the owners in `live` get when round r starts (may be nil);
	// it usually names the round's participants.
	Announce(r uint32, live []int) ([]byte, error)
	// Round runs round r with the owners of `hub` and the plan's helpers (hub.Peer).
	Round(ctx context.Context, r uint32, hub Hub) error
	// Result is the payload every owner can recompute, and the document the buyer
	// gets (sealed to the buyer), after the last round.
	Result(ctx context.Context) (*Result, error)
}

// ErrDropped is what the transport returns (wrapped) when an owner dropped out:
// it did not deliver before a deadline or disconnected. Engines tolerate it for
// up to the job's d owners.
var ErrDropped = errors.New("owner dropped out")

// ErrSitOut is what an owner's Round returns when the announcement leaves it
// out of the round (it joined late, or the round was skipped): the owner waits
// for the next round without expecting a receipt for this one.
var ErrSitOut = errors.New("engine: not a participant of this round")

// Result of a job on the lead.
type Result struct {
	Payload []byte // owners confirm SHA-256(Payload)
	Report  []byte // JSON the buyer gets beside the payload (what was computed, noise scales)
	// Vouched lists the helpers (compute indices) whose step the lead holds:
	// its commit vouches for them, and the others attest their own step.
	// Idle compute nodes are always vouched for.
	Vouched []int
}

// Output is what the buyer gets after Finalize.
type Output struct {
	Data      []byte // the file: a model, statistics
	Extension string // ".json"
	Summary   string // one line for the terminal
}

// Link is an owner's side of one round: its Channel methods talk to the lead
// (compute node 0). A payload given to Send (here and on Hub) must not be
// changed afterwards: it may still be in flight when Send returns.
type Link interface {
	Channel
	Round() uint32
	// AwaitReceipt waits until the lead's signed receipt covers this round.
	// The node calls it after every round anyway; an engine calls it itself
	// when it must hold the receipt before a later step of the same round.
	AwaitReceipt(ctx context.Context) error
	// To is this round's channel to compute node k (an index in Job.Compute;
	// To(0) is the lead). A node the plan does not name gives a channel
	// whose calls fail.
	To(k int) Channel
}

// Hub is a compute node's side of one round (the lead's or a helper's).
// Owners are numbered as in Job.Owners.
type Hub interface {
	Round() uint32
	N() int
	Live() []int
	Send(ctx context.Context, owner int, step string, payload []byte) error
	Broadcast(ctx context.Context, to []int, step string, payload []byte) map[int]error
	// Gather waits for `step` from each owner in from until the deadline; missing
	// owners dropped out (their reasons are in the second map).
	Gather(ctx context.Context, step string, from []int, maxBytes int, deadline time.Time) (map[int][]byte, map[int]error)
	// Credit records that an owner contributed to this round and sends it its
	// signed cumulative receipt. Owners stop after a round they are not
	// credited for. Only the lead credits: on a helper it fails.
	Credit(ctx context.Context, owner int) error
	// Peer is this round's channel to compute node k, another compute node
	// taking part in the plan; a node it does not name gives a channel whose
	// calls fail.
	Peer(k int) Channel
}
