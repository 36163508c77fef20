package enginetest

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veil-market/veil/engine"
)

// Network carries one job's messages between its owners and compute nodes,
// as Drive uses them. Two implement it: MemNet, in memory, with a tamper hook
// and a transcript of shapes; and Loopback, the real transport (package wire)
// over 127.0.0.1, as the daemons run it.
type Network interface {
	// OpenCompute opens compute node k's side of job (the lead's or a
	// helper's), attesting with p and checking its peers with v (either nil).
	OpenCompute(job *engine.Job, k int, p engine.Prover, v engine.Verifier) (ComputeJob, error)
	// DialOwner connects owner i to the job's compute nodes taking part,
	// checking each with v (nil: no check) before any message moves.
	DialOwner(ctx context.Context, job *engine.Job, i int, v engine.Verifier) (OwnerConn, error)
}

// ComputeJob is a compute node's side of one job: its owners and its peers.
type ComputeJob interface {
	// WaitLive waits until n owners are connected or the deadline passes.
	WaitLive(ctx context.Context, n int, deadline time.Time) []int
	Live() []int
	// Round is round r of the job on this node (messages of earlier rounds are dropped).
	Round(r uint32) ComputeRound
	Close()
}

// ComputeRound is one round on a compute node: what its engine gets, plus the
// lead's announcement of the round to the owners.
type ComputeRound interface {
	engine.Hub
	Start(ctx context.Context, to []int, announce []byte) map[int]error
}

// OwnerConn is an owner's connections to one job's compute nodes; the lead's
// announcements clock its rounds.
type OwnerConn interface {
	// NextRound waits for the lead to announce a round after `after`.
	NextRound(ctx context.Context, after uint32) (uint32, []byte, error)
	// Round is the owner's side of round r: what its engine gets.
	Round(r uint32) engine.Link
	// RoundContext ends when the lead announces a later round or the link fails.
	RoundContext(ctx context.Context, r uint32) (context.Context, context.CancelFunc)
	Close()
}

// Party is a node of a test network: an Ethereum address and the Ed25519 node
// key the registry holds for it.
type Party struct {
	Address common.Address
	Key     ed25519.PrivateKey
}

// Public is the party's node key as the registry holds it.
func (p Party) Public() ed25519.PublicKey { return p.Key.Public().(ed25519.PublicKey) }

// NewParty derives a party from a seed, a role and an index, so that runs are
// reproducible.
func NewParty(seed uint64, role string, i int) (Party, error) {
	a := seedBytes(seed, "account", role, i)
	account, err := crypto.ToECDSA(a[:])
	if err != nil {
		return Party{}, fmt.Errorf("enginetest: %s %d account key: %w", role, i, err)
	}
	s := seedBytes(seed, "node key", role, i)
	return Party{Address: crypto.PubkeyToAddress(account.PublicKey), Key: ed25519.NewKeyFromSeed(s[:])}, nil
}

// NewParties derives n parties of a role.
func NewParties(seed uint64, role string, n int) ([]Party, error) {
	out := make([]Party, n)
	for i := range out {
		var err error
		if out[i], err = NewParty(seed, role, i); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Who names a participant of a job for Drive: an owner (Owner ≥ 0) or a
// compute node (Compute ≥ 0); the other field is -1.
type Who struct {
	Owner, Compute int
}

// OwnerWho and ComputeWho name owner i and compute node k.
func OwnerWho(i int) Who   { return Who{Owner: i, Compute: -1} }
func ComputeWho(k int) Who { return Who{Owner: -1, Compute: k} }

func (w Who) String() string {
	if w.Owner >= 0 {
		return fmt.Sprintf("owner %d", w.Owner)
	}
	if w.Compute == 0 {
		return "the lead (compute node 0)"
	}
	return fmt.Sprintf("compute node %d", w.Compute)
}
