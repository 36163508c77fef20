package node

import (
	"context"
	"fmt"

	"github.com/veil-market/veil/chain"
)

// scan reads the jobs submitted since the cursor and records those this node
// is named in, with its role.
func (d *Daemon) scan(ctx context.Context) error {
	from, err := d.store.cursor()
	if err != nil {
		return err
	}
	if from == 0 {
		from = d.cfg.Home.Config.DeployBlock
	}
	head, err := d.cfg.Market.Backend().BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("node: reading head: %w", err)
	}
	safe := head - min(head, d.cfg.Home.Config.Confirmations)
	if safe < from {
		return nil
	}
	logs, err := d.cfg.Market.LogsRange(ctx, "JobSubmitted", from, safe)
	if err != nil {
		return err
	}
	for i := range logs {
		ev, err := d.cfg.Market.DecodeJobSubmitted(&logs[i])
		if err != nil {
			return err
		}
		if err := d.notice(ctx, ev); err != nil {
			return err
		}
	}
	return d.store.setCursor(safe + 1)
}

func (d *Daemon) notice(ctx context.Context, ev *chain.MarketplaceJobSubmitted) error {
	terms, err := chain.DecodeTerms(ev.Terms)
	if err != nil {
		return fmt.Errorf("node: job %d: %w", ev.Id.Uint64(), err)
	}
	role := d.roleIn(terms)
	if role == "" {
		return nil
	}
	id := ev.Id.Uint64()
	_, err = d.store.updateJob(id, func(r *jobRecord) error {
		if r.Role == "" {
			r.Role, r.Phase = role, phaseNew
			d.log.Info("new job", "job", id, "role", role, "buyer", ev.Buyer.Hex())
		}
		return nil
	})
	return err
}

// roleIn says what this node is in a job: an owner of one of its datasets, its
// aggregator, another compute node, or nothing ("").
func (d *Daemon) roleIn(t *chain.Terms) string {
	me := d.cfg.Home.Address()
	switch i := t.ComputeIndex(me); {
	case i == 0:
		return roleAggregator
	case i > 0:
		return roleCompute
	case t.OwnerIndex(me) >= 0:
		return roleOwner
	}
	return ""
}
