package mpc

import (
	"crypto/ed25519"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"strings"
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
	// minOwners is the fewest owners whose inputs must be in the result:
	// the owners that accepted less the dropouts the spec still tolerates.
	minOwners int
	addrs     []string // the owners' addresses, for logs
}

func (jc *jobCtx) owners() int { return len(jc.rows) }

// who names owner o in logs: its index and address.
func (jc *jobCtx) who(o int) []any {
	if o >= 0 && o < len(jc.addrs) {
		return []any{"owner", o, "address", jc.addrs[o]}
	}
	return []any{"owner", o}
}

// enough refuses a result with fewer owners than the spec tolerates (the
// psi task needs two at least), naming the owners left out.
func (jc *jobCtx) enough(in []int, atLeast int) error {
	need := max(jc.minOwners, atLeast)
	if len(in) >= need {
		return nil
	}
	var out []string
	for o := range jc.owners() {
		if !slices.Contains(in, o) {
			w := fmt.Sprintf("owner %d", o)
			if o < len(jc.addrs) {
				w += " (" + jc.addrs[o] + ")"
			}
			out = append(out, w)
		}
	}
	return fmt.Errorf("mpc: only %d owners' inputs are present and valid, the job needs %d; left out (dropped or rejected): %s",
		len(in), need, strings.Join(out, ", "))
}

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
