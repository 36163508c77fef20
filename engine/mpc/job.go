package mpc

import (
	"crypto/ed25519"
	"io"
	"log/slog"
	"time"

	"filippo.io/age"
)

// jobCtx is the public context of one job, the same at both compute nodes
// and every owner.
type jobCtx struct {
	binding  [32]byte
	rows     []int                // committed row count of each accepted owner
	nodeKeys [2]ed25519.PublicKey // lead's and helper's registry keys
	timeout  time.Duration        // per step
	buyer    age.Recipient        // the buyer's mpc key
}

func (jc *jobCtx) owners() int { return len(jc.rows) }

// nodeEnv is what a compute node's run uses of the node's environment.
type nodeEnv struct {
	key  ed25519.PrivateKey
	rand io.Reader
	log  *slog.Logger
}

// Step names of the protocol (docs/mpc.md).
const (
	stepVerifyKey = "mpc/vk"
	stepShare     = "mpc/share"
	stepPrep      = "mpc/prep"
	stepOpen      = "mpc/open"
	stepCommit    = "mpc/commit"  // node ↔ node: signed commitment and sealed release
	stepRelease   = "mpc/release" // node → owner: the same
)

// maxCommitment bounds a signed commitment (1,024 owners in its lists).
const maxCommitment = 8 << 10
