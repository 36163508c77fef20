package node

import (
	"fmt"

	"github.com/veil-market/veil/engine"
	"github.com/veil-market/veil/wire"
)

// hubConfig opens job on this node's server as compute node self (0: the
// lead): its owners, the other compute nodes taking part (the plan's, each
// with a channel: this node dials those before it and is dialled by those
// after it), and run's attestation halves, if any (engine.Prover, Verifier).
// The lead adds its receipts.
func (d *Daemon) hubConfig(job *engine.Job, v *jobView, self int, run any) wire.JobConfig {
	owners := make([]wire.Owner, len(job.Owners))
	for i, o := range job.Owners {
		owners[i] = wire.Owner{Address: o.Address, DatasetDigest: o.DatasetDigest}
	}
	cfg := wire.JobConfig{Job: v.id, Owners: owners, MaxMessage: v.plan.MaxMessage, Self: self, Endpoint: d.registry.Endpoint,
		Evidence: func(owner int, c wire.Contribution) { d.keepEvidence(owner, c) }}
	for k, c := range job.Compute {
		cfg.Compute = append(cfg.Compute, c.Address)
		if k != self && v.plan.Role(k) != engine.RoleIdle {
			cfg.Peers = append(cfg.Peers, k)
		}
	}
	p, ver := engine.Attesters(run)
	if p != nil {
		cfg.Prove = p.Prove
	}
	if ver != nil {
		cfg.Verify = ver.Verify
	}
	return cfg
}

// vouchedFor is the commit's vouchers: every idle compute node (it has no
// step to prove) and the helpers whose step the lead's engine holds.
func vouchedFor(v *jobView, helpers []int) (uint8, error) {
	var bits uint8
	for k := 1; k < len(v.chain.Compute); k++ {
		if v.plan.Role(k) == engine.RoleIdle {
			bits |= 1 << k
		}
	}
	for _, k := range helpers {
		if k <= 0 || k >= len(v.chain.Compute) || v.plan.Role(k) != engine.RoleHelper {
			return 0, fmt.Errorf("node: the engine vouches for compute node %d, which is not a helper of job %d", k, v.id)
		}
		bits |= 1 << k
	}
	return bits, nil
}
