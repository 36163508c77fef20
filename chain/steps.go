package chain

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// AttestedStep is a compute node's step of a job, as it published it
// (attestStep): its hash and the data its engine needs public.
type AttestedStep struct {
	Node common.Address
	Hash [32]byte
	Data []byte
}

// AttestedSteps lists the steps compute nodes attested for job id, in the
// order they were mined, reading events from block `from` on.
func (m *Market) AttestedSteps(ctx context.Context, id uint64, from uint64) ([]AttestedStep, error) {
	topic := common.BigToHash(new(big.Int).SetUint64(id))
	logs, err := m.Logs(ctx, "StepAttested", from, &topic)
	if err != nil {
		return nil, err
	}
	out := make([]AttestedStep, 0, len(logs))
	for i := range logs {
		ev, err := m.binding.UnpackStepAttestedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out = append(out, AttestedStep{Node: ev.Node, Hash: ev.StepHash, Data: ev.Data})
	}
	return out, nil
}

// ConfirmedRounds is, for every owner of job id that confirmed, the rounds
// its receipt covered (0: it confirmed without a receipt, so it was paid
// for its spent ε only).
func (m *Market) ConfirmedRounds(ctx context.Context, id uint64, from uint64) (map[common.Address]uint32, error) {
	topic := common.BigToHash(new(big.Int).SetUint64(id))
	logs, err := m.Logs(ctx, "ResultConfirmed", from, &topic)
	if err != nil {
		return nil, err
	}
	out := map[common.Address]uint32{}
	for i := range logs {
		ev, err := m.binding.UnpackResultConfirmedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		out[ev.Owner] = max(out[ev.Owner], ev.Rounds)
	}
	return out, nil
}
