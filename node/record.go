package node

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// Roles a node can have in a job.
const (
	roleOwner      = "owner"
	roleAggregator = "aggregator" // the lead: compute node 0
	roleCompute    = "compute"    // another compute node: a helper or idle, as the plan says
)

// Local phases of a job, as this node sees it.
const (
	phaseNew       = "new"       // seen on-chain, not decided
	phaseWaiting   = "waiting"   // needs `veil job approve`
	phaseDeclined  = "declined"  // refused by policy or validation
	phaseAccepted  = "accepted"  // accepted on-chain, waiting for the start
	phaseRunning   = "running"   // protocol in progress
	phaseComputed  = "computed"  // owner: payload computed; aggregator: result committed
	phaseConfirmed = "confirmed" // owner: commitment posted and paid on-chain
	phaseEnded     = "ended"     // settled or failed; owner redeems
	phaseDone      = "done"      // nothing left to do
	phaseAbandoned = "abandoned" // the run cannot continue (e.g. aggregator restarted)
)

// jobRecord is the local state of one job; it survives restarts.
type jobRecord struct {
	ID          uint64            `json:"id"`
	Role        string            `json:"role"`
	Phase       string            `json:"phase"`
	Reason      string            `json:"reason,omitempty"` // why declined or abandoned
	Started     bool              `json:"started,omitempty"`
	Attempted   uint32            `json:"attempted"`   // owner: newest round it began sending (never re-sent)
	Contributed uint32            `json:"contributed"` // owner: rounds with a receipt
	Receipt     []byte            `json:"receipt,omitempty"`
	Payload     string            `json:"payload,omitempty"` // hex SHA-256 of the payload computed here
	Blob        string            `json:"blob,omitempty"`    // aggregator: hex SHA-256 of the sealed result
	Step        string            `json:"step,omitempty"`    // helper: hex hash of the step it attests
	StepData    []byte            `json:"step_data,omitempty"`
	Redeemed    bool              `json:"redeemed,omitempty"` // owner: posted its confirmation and was paid
	Disputed    bool              `json:"disputed,omitempty"` // owner: disputed the committed result
	Signed      map[string]string `json:"signed,omitempty"`   // step → hex SHA-256 of what was signed
	Error       string            `json:"error,omitempty"`
}

// sign records that this node signs `what` for `step`, and refuses to sign
// anything else for the same step, ever (a restart included).
func (r *jobRecord) sign(step string, what []byte) error {
	h := sha256.Sum256(what)
	hx := hex.EncodeToString(h[:])
	if r.Signed == nil {
		r.Signed = map[string]string{}
	}
	if prev, ok := r.Signed[step]; ok && prev != hx {
		return fmt.Errorf("node: job %d: refusing to sign a second, different %s", r.ID, step)
	}
	r.Signed[step] = hx
	return nil
}
