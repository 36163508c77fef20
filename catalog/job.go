package catalog

import (
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/internal/display"
)

// Job is a job as `veil job status` shows it and the web's job page heads.
type Job struct {
	ID            uint64        `json:"id"`
	State         string        `json:"state"`
	Why           string        `json:"why"` // where the job stands and what happens next
	Failure       string        `json:"failure,omitempty"`
	AbortReason   string        `json:"abort_reason,omitempty"`
	Buyer         string        `json:"buyer"`
	Engine        string        `json:"engine"`
	Epsilon       float64       `json:"epsilon"`
	Delta         float64       `json:"delta"`
	Rounds        uint32        `json:"rounds"`
	Dropouts      uint8         `json:"dropouts"`
	Colluders     uint16        `json:"colluders"`
	Payment       string        `json:"payment"`
	Escrow        string        `json:"escrow"`
	Bond          string        `json:"bond"` // each compute node's, from its stake
	AcceptBy      string        `json:"accept_by"`
	CommitBy      string        `json:"commit_by"`
	Deadline      string        `json:"deadline"`
	Participants  []Participant `json:"participants"`
	PayloadHash   string        `json:"payload_sha256,omitempty"`
	BlobHash      string        `json:"blob_sha256,omitempty"`
	ResultURI     string        `json:"result_uri,omitempty"`
	Confirmations string        `json:"confirmations,omitempty"`
	Disputes      string        `json:"disputes,omitempty"`
	Closed        bool          `json:"closed"`
}

// Participant is one party of a job and where it stands.
type Participant struct {
	Address  string `json:"address"`
	Role     string `json:"role"`
	Dataset  uint64 `json:"dataset,omitempty"`
	Price    string `json:"price,omitempty"` // escrowed: the dataset's price or the node's fee at submission
	Status   string `json:"status"`
	Declined string `json:"declined,omitempty"` // the reason it gave, escaped
	// What an owner's confirmation said (filled by the Index, from its
	// ResultConfirmed event): the receipted rounds it redeemed, what it was
	// paid, its commitment and whether it was posted before the reveal.
	Receipts   *uint32 `json:"receipts_redeemed,omitempty"`
	Paid       string  `json:"paid,omitempty"`
	Commitment string  `json:"commitment,omitempty"`
	Before     bool    `json:"committed_before_reveal,omitempty"`
}

// Time formats a chain timestamp (seconds) as users read it.
func Time(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

// NewJob is the view of job j at chain time now; declines are the reasons
// participants gave (JobDeclined events). Text is escaped.
func NewJob(j *chain.Job, declines map[common.Address]string, now uint64) *Job {
	v := &Job{ID: j.ID, State: chain.JobStateName(j.State), Why: display.Line(j.Explain(now), 0), Failure: chain.FailureName(j.Failure),
		AbortReason: display.Line(j.AbortReason, 0), Buyer: j.Buyer.Hex(), Engine: chain.EngineName(j.Engine),
		Epsilon: chain.MicroToEpsilon(j.Epsilon), Delta: chain.FixedToDelta(j.Delta), Rounds: j.Rounds, Dropouts: j.Dropouts,
		Colluders: j.Colluders, Payment: chain.FormatCoins(j.Payment), Escrow: chain.FormatCoins(j.Escrow),
		Bond: chain.FormatCoins(j.Bond), AcceptBy: Time(uint64(j.AcceptBy)), CommitBy: Time(j.CommitBy),
		Deadline: Time(uint64(j.Deadline)), Closed: j.Closed()}
	if j.Committed() {
		v.PayloadHash, v.BlobHash, v.ResultURI = hex.EncodeToString(j.PayloadHash[:]), hex.EncodeToString(j.BlobHash[:]), display.Line(j.ResultURI, 0)
		v.Confirmations = fmt.Sprintf("%d of %d", j.Confirmations, j.OwnersAccepted)
		v.Disputes = fmt.Sprintf("%d of the %d that overturn it", j.Disputes, j.DisputeQuorum())
	}
	for i, o := range j.Owners {
		v.Participants = append(v.Participants, Participant{Address: o.Hex(), Role: "owner", Dataset: j.Datasets[i].Uint64(),
			Price: chain.FormatCoins(j.Prices[i]), Status: status(j.Participant(o)), Declined: display.Line(declines[o], 0)})
	}
	for i, c := range j.Compute {
		role := "compute"
		if i == 0 {
			role = "aggregator"
		}
		v.Participants = append(v.Participants, Participant{Address: c.Hex(), Role: role,
			Price: chain.FormatCoins(j.Fees[i]), Status: status(j.Participant(c)), Declined: display.Line(declines[c], 0)})
	}
	return v
}

// Ended reports whether the job settled, failed or was cancelled.
func (v *Job) Ended() bool {
	return v.State == "settled" || v.State == "failed" || v.State == "cancelled"
}

func status(p chain.Participant) string {
	switch {
	case p.Declined:
		return "declined"
	case p.Disputed:
		return "disputed"
	case p.Matched:
		return "confirmed (its commitment matched)"
	case p.Confirmed:
		return "confirmed and paid"
	case p.IsCompute && p.Delivered:
		return "accepted, delivered"
	case p.Accepted:
		return "accepted"
	}
	return "pending"
}
