package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/veil-market/veil/chain"
)

// jobView is a job as `veil job status` shows it.
type jobView struct {
	ID            uint64            `json:"id"`
	State         string            `json:"state"`
	Why           string            `json:"why"` // where the job stands and what happens next
	Failure       string            `json:"failure,omitempty"`
	AbortReason   string            `json:"abort_reason,omitempty"`
	Buyer         string            `json:"buyer"`
	Engine        string            `json:"engine"`
	Epsilon       float64           `json:"epsilon"`
	Delta         float64           `json:"delta"`
	Rounds        uint32            `json:"rounds"`
	Dropouts      uint8             `json:"dropouts"`
	Colluders     uint16            `json:"colluders"`
	Payment       string            `json:"payment"`
	Escrow        string            `json:"escrow"`
	Bond          string            `json:"bond"` // each compute node's, from its stake
	AcceptBy      string            `json:"accept_by"`
	CommitBy      string            `json:"commit_by"`
	Deadline      string            `json:"deadline"`
	Participants  []participantView `json:"participants"`
	PayloadHash   string            `json:"payload_sha256,omitempty"`
	BlobHash      string            `json:"blob_sha256,omitempty"`
	ResultURI     string            `json:"result_uri,omitempty"`
	Confirmations string            `json:"confirmations,omitempty"`
	Disputes      string            `json:"disputes,omitempty"`
	Closed        bool              `json:"closed"`
	MPC           *mpcView          `json:"mpc,omitempty"`
}

type participantView struct {
	Address  string `json:"address"`
	Role     string `json:"role"`
	Dataset  uint64 `json:"dataset,omitempty"`
	Price    string `json:"price,omitempty"` // escrowed: the dataset's price or the node's fee at submission
	Status   string `json:"status"`
	Declined string `json:"declined,omitempty"`
}

func unixTime(t uint64) string { return time.Unix(int64(t), 0).UTC().Format(time.RFC3339) }

func (s *session) jobView(ctx context.Context, id uint64) (*jobView, error) {
	j, err := s.market.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	declines, err := s.market.Declines(ctx, id, s.home.Config.DeployBlock)
	if err != nil {
		return nil, err
	}
	head, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	v := &jobView{ID: id, State: chain.JobStateName(j.State), Why: j.Explain(head.Time), Failure: chain.FailureName(j.Failure),
		AbortReason: j.AbortReason, Buyer: j.Buyer.Hex(), Engine: chain.EngineName(j.Engine),
		Epsilon: chain.MicroToEpsilon(j.Epsilon), Delta: chain.FixedToDelta(j.Delta), Rounds: j.Rounds, Dropouts: j.Dropouts,
		Colluders: j.Colluders, Payment: chain.FormatCoins(j.Payment), Escrow: chain.FormatCoins(j.Escrow),
		Bond: chain.FormatCoins(j.Bond), AcceptBy: unixTime(uint64(j.AcceptBy)), CommitBy: unixTime(j.CommitBy),
		Deadline: unixTime(uint64(j.Deadline)), Closed: j.Closed()}
	if j.Committed() {
		v.PayloadHash, v.BlobHash, v.ResultURI = hex.EncodeToString(j.PayloadHash[:]), hex.EncodeToString(j.BlobHash[:]), j.ResultURI
		v.Confirmations = fmt.Sprintf("%d of %d", j.Confirmations, j.OwnersAccepted)
		v.Disputes = fmt.Sprintf("%d of the %d that overturn it", j.Disputes, j.DisputeQuorum())
	}
	addParticipants(v, j, declines)
	if v.Engine == "mpc" && j.Committed() {
		if v.MPC, err = s.mpcView(ctx, id, j); err != nil {
			return nil, err
		}
	}
	return v, nil
}

func addParticipants(v *jobView, j *chain.Job, declines map[common.Address]string) {
	for i, o := range j.Owners {
		v.Participants = append(v.Participants, participantView{Address: o.Hex(), Role: "owner", Dataset: j.Datasets[i].Uint64(),
			Price: chain.FormatCoins(j.Prices[i]), Status: participantStatus(j.Participant(o)), Declined: declines[o]})
	}
	for i, c := range j.Compute {
		role := "compute"
		if i == 0 {
			role = "aggregator"
		}
		v.Participants = append(v.Participants, participantView{Address: c.Hex(), Role: role,
			Price: chain.FormatCoins(j.Fees[i]), Status: participantStatus(j.Participant(c)), Declined: declines[c]})
	}
}

func participantStatus(p chain.Participant) string {
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

func (g *globals) printJob(v *jobView) {
	g.say("Job %d: %s (%s, ε %g, δ %g, %d round(s), tolerates %d dropout(s), %d colluder(s))", v.ID, v.State, v.Engine, v.Epsilon, v.Delta, v.Rounds, v.Dropouts, v.Colluders)
	g.say("  %s", v.Why)
	g.say("  buyer %s paid %s, %s still in escrow; accept by %s, commit by %s, deadline %s", v.Buyer, v.Payment, v.Escrow, v.AcceptBy, v.CommitBy, v.Deadline)
	for _, p := range v.Participants {
		line := fmt.Sprintf("  %-10s %s %s", p.Role, p.Address, p.Status)
		if p.Dataset != 0 {
			line = fmt.Sprintf("  %-10s %s dataset %d: %s", p.Role, p.Address, p.Dataset, p.Status)
		}
		if p.Declined != "" {
			line += " (" + p.Declined + ")"
		}
		g.say("%s", line)
	}
	if v.PayloadHash != "" {
		g.say("  result committed: payload %s…, blob %s…, %s confirmations, %s", v.PayloadHash[:16], v.BlobHash[:16], v.Confirmations, v.Disputes)
	}
	g.printMPC(v.MPC)
}

func newStatusCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "status ID",
		Short: "Show a job's state, its participants' answers and its result commitment",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			return g.with(cmd.Context(), false, func(s *session) error {
				v, err := s.jobView(cmd.Context(), id)
				if err != nil {
					return err
				}
				if g.json {
					return g.printJSON(v)
				}
				g.printJob(v)
				return nil
			})
		},
	}
}
