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
	Buyer         string            `json:"buyer"`
	Engine        string            `json:"engine"`
	Epsilon       float64           `json:"epsilon"`
	Delta         float64           `json:"delta"`
	Rounds        uint32            `json:"rounds"`
	Dropouts      uint16            `json:"dropouts"`
	Colluders     uint16            `json:"colluders"`
	Payment       string            `json:"payment"`
	Escrow        string            `json:"escrow"`
	AcceptBy      string            `json:"accept_by"`
	Deadline      string            `json:"deadline"`
	Participants  []participantView `json:"participants"`
	PayloadHash   string            `json:"payload_sha256,omitempty"`
	BlobHash      string            `json:"blob_sha256,omitempty"`
	ResultURI     string            `json:"result_uri,omitempty"`
	Confirmations string            `json:"confirmations,omitempty"`
	Closed        bool              `json:"closed"`
}

type participantView struct {
	Address  string `json:"address"`
	Role     string `json:"role"`
	Dataset  uint64 `json:"dataset,omitempty"`
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
	v := &jobView{ID: id, State: chain.JobStateName(j.State), Buyer: j.Buyer.Hex(), Engine: chain.EngineName(j.Engine),
		Epsilon: chain.MicroToEpsilon(j.Epsilon), Delta: chain.FixedToDelta(j.Delta), Rounds: j.Rounds, Dropouts: j.Dropouts,
		Colluders: j.Colluders, Payment: chain.FormatCoins(j.Payment), Escrow: chain.FormatCoins(j.Escrow),
		AcceptBy: unixTime(j.AcceptBy), Deadline: unixTime(j.Deadline), Closed: j.Closed}
	if j.PayloadHash != [32]byte{} {
		v.PayloadHash, v.BlobHash, v.ResultURI = hex.EncodeToString(j.PayloadHash[:]), hex.EncodeToString(j.BlobHash[:]), j.ResultURI
		v.Confirmations = fmt.Sprintf("%d of %d", j.Confirmations, len(j.Datasets)-int(j.Dropouts))
	}
	return v, s.addParticipants(ctx, v, j, declines)
}

func (s *session) addParticipants(ctx context.Context, v *jobView, j chain.MarketplaceJob, declines map[common.Address]string) error {
	add := func(addr common.Address, role string, ds uint64) error {
		p, err := s.market.Participant(ctx, v.ID, addr)
		if err != nil {
			return err
		}
		pv := participantView{Address: addr.Hex(), Role: role, Dataset: ds, Status: participantStatus(p)}
		pv.Declined = declines[addr]
		v.Participants = append(v.Participants, pv)
		return nil
	}
	for _, id := range j.Datasets {
		d, err := s.market.Dataset(ctx, id.Uint64())
		if err != nil {
			return err
		}
		if err := add(d.Owner, "owner", id.Uint64()); err != nil {
			return err
		}
	}
	for i, c := range j.Compute {
		role := "compute"
		if i == 0 {
			role = "aggregator"
		}
		if err := add(c, role, 0); err != nil {
			return err
		}
	}
	return nil
}

func participantStatus(p chain.ParticipantOutput) string {
	switch {
	case p.Declined:
		return "declined"
	case p.Redeemed:
		return "redeemed"
	case p.Confirmed:
		return "confirmed"
	case p.Accepted:
		return "accepted"
	}
	return "pending"
}

func (g *globals) printJob(v *jobView) {
	g.say("Job %d: %s (%s, ε %g, δ %g, %d round(s), tolerates %d dropout(s), %d colluder(s))", v.ID, v.State, v.Engine, v.Epsilon, v.Delta, v.Rounds, v.Dropouts, v.Colluders)
	g.say("  buyer %s paid %s, %s still in escrow; accept by %s, deadline %s", v.Buyer, v.Payment, v.Escrow, v.AcceptBy, v.Deadline)
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
		g.say("  result committed: payload %s…, blob %s…, %s confirmations", v.PayloadHash[:16], v.BlobHash[:16], v.Confirmations)
	}
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
