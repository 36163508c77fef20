package gasreport

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// Row is one measured transaction: what it did, the gas its receipt reports,
// and what it carried. Whole marks the transactions of the three-owner job
// that WholeJob adds up.
type Row struct {
	Operation string `json:"operation"`
	Gas       uint64 `json:"gas"`
	Note      string `json:"note"`
	Whole     bool   `json:"whole_job,omitempty"`
}

// WholeJob is the gas of a whole three-owner job: its submission, every
// acceptance, the owners' confirmations (commitment and receipt in one
// transaction each), the aggregator's commit (the reveal) and the settlement.
// Withdrawals are not counted.
func WholeJob(rows []Row) (gas uint64, txs int) {
	for _, r := range rows {
		if r.Whole {
			gas += r.Gas
			txs++
		}
	}
	return gas, txs
}

// Measure starts an in-memory dev chain, deploys the Marketplace, runs a job to
// settlement and others to cancellation, refund, dispute and failure, then an
// ERC-20 token's transfers, and returns the gas used by each measured
// transaction in that order. It takes a few seconds and leaves nothing behind.
func Measure(ctx context.Context) ([]Row, error) {
	b, err := startBench(ctx, numAccounts)
	if err != nil {
		return nil, err
	}
	defer b.close()
	r := &run{b: b, ctx: ctx}
	steps := []func() error{
		r.deployDefault, r.deployBench, r.register, r.publish, r.cancelled, r.settle,
		r.refunded, r.disputed, r.failed, r.closeAndWithdraw, r.yardstick,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return r.rows, nil
}

// benchConfig is the default configuration with windows of seconds, so that
// the run moves chain time with a few empty blocks. Window lengths are
// immutables inlined in the code and do not change the gas of any call.
func benchConfig() chain.MarketConfig {
	c := chain.DefaultMarketConfig()
	c.UnstakeDelay = 5 * time.Second
	c.AcceptWindow = 10 * time.Second
	c.ConfirmWindow = 5 * time.Second
	c.MinJobDuration = 30 * time.Second
	c.RedeemWindow = 5 * time.Second
	return c
}

// run is one measurement: the bench, the Marketplace under measure and the rows so far.
type run struct {
	b        *bench
	ctx      context.Context
	m        []*chain.Market // by account
	datasets []uint64
	domain   chain.Domain
	specLen  int    // of the last job submitted
	settled  uint64 // the job run to settlement
	rows     []Row
}

// record adds the gas of rcpt as a row, or returns err naming the operation.
func (r *run) record(op, note string, rcpt *types.Receipt, err error) error {
	if err != nil {
		return fmt.Errorf("gasreport: %s: %w", op, err)
	}
	r.rows = append(r.rows, Row{Operation: op, Gas: rcpt.GasUsed, Note: note})
	return nil
}

// recordWhole records a transaction of the three-owner job.
func (r *run) recordWhole(op, note string, rcpt *types.Receipt, err error) error {
	if err := r.record(op, note, rcpt, err); err != nil {
		return err
	}
	r.rows[len(r.rows)-1].Whole = true
	return nil
}

// setup names the error of a transaction that is part of the setting, not measured.
func setup(op string, err error) error {
	if err != nil {
		return fmt.Errorf("gasreport: %s: %w", op, err)
	}
	return nil
}

func (r *run) deployDefault() error {
	_, rcpt, err := chain.Deploy(r.ctx, r.b.senders[deployer], chain.DefaultMarketConfig())
	note := fmt.Sprintf("%d bytes of init code, default configuration", len(chain.MarketplaceMetaData.Bin)/2-1)
	return r.record("deploy Marketplace", note, rcpt, err)
}

func (r *run) deployBench() error { return r.deployWith(benchConfig()) }

func (r *run) deployWith(cfg chain.MarketConfig) error {
	addr, _, err := chain.Deploy(r.ctx, r.b.senders[deployer], cfg)
	if err != nil {
		return fmt.Errorf("gasreport: deploying the measured Marketplace: %w", err)
	}
	for _, s := range r.b.senders {
		r.m = append(r.m, chain.NewMarket(r.b.client, addr, s, 0))
	}
	r.domain, err = r.m[deployer].Domain(r.ctx)
	return err
}

var (
	computeFee = chain.Coins(1)
	stake      = chain.Coins(5)
	price      = chain.Coins(3)
	submitFee  = new(big.Int).Div(chain.Coins(1), big.NewInt(100))
)

func (r *run) register() error {
	for i, a := range []int{compute1, compute2} {
		rcpt, err := r.m[a].RegisterNode(r.ctx, chain.NodeParams{
			Endpoint: fmt.Sprintf("compute%d.example.org:7443", i+1), TLSKey: [32]byte{byte(a)},
			Roles: chain.RoleCompute, Fee: computeFee, Stake: stake,
		})
		if i == 0 {
			err = r.record("registerNode", "compute role, staked", rcpt, err)
		}
		if err := setup("registering a compute node", err); err != nil {
			return err
		}
	}
	for _, o := range owners {
		_, err := r.m[o].RegisterNode(r.ctx, chain.NodeParams{
			Endpoint: "owner.example.org:7443", TLSKey: [32]byte{byte(o)}, Roles: chain.RoleOwner,
		})
		if err := setup("registering an owner", err); err != nil {
			return err
		}
	}
	return nil
}
