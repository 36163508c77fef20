package main

import (
	"context"
	"crypto/sha256"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/internal/devnet"
)

const demoSpec = `{"engine":"fl","task":{"type":"train","model":"logistic","label":"benign"},"privacy":{"epsilon":1,"delta":1e-5}}`

// demoJob submits a job over the three datasets with compute1 as aggregator.
func (d *demo) demoJob(ctx context.Context) (uint64, *big.Int, error) {
	h, err := home.Open(d.net.Info.Homes["compute1"])
	if err != nil {
		return 0, nil, err
	}
	head, err := d.buyer.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, nil, err
	}
	spec := []byte(demoSpec)
	ds := make([]*big.Int, len(d.ids))
	price := new(big.Int)
	for i, id := range d.ids {
		ds[i] = new(big.Int).SetUint64(id)
		t, err := d.buyer.market.Dataset(ctx, id)
		if err != nil {
			return 0, nil, err
		}
		price.Add(price, t.Price).Add(price, t.SubmitFee)
	}
	pay := new(big.Int).Add(price, devnetFee())
	p := chain.JobParams{SpecHash: sha256.Sum256(spec), Engine: chain.EngineFL, Datasets: ds, Epsilon: 1_000_000,
		Delta: 1e13, Rounds: 30, Colluders: 1, Compute: []common.Address{h.Address()}, Deadline: head.Time + uint64(time.Hour/time.Second),
		MaxTotal: pay}
	id, _, err := d.buyer.market.SubmitJob(ctx, p, spec, pay)
	return id, pay, err
}

func devnetFee() *big.Int { return new(big.Int).Set(devnet.ComputeFee) }

func (d *demo) budgetLine(ctx context.Context) error {
	t, err := d.buyer.market.Dataset(ctx, d.ids[0])
	if err != nil {
		return err
	}
	d.line("dataset %d budget: ε %g left, %g reserved, %g spent; δ %g left, %g reserved, %g spent", d.ids[0],
		chain.MicroToEpsilon(t.Budget-t.Spent-t.Reserved), chain.MicroToEpsilon(t.Reserved), chain.MicroToEpsilon(t.Spent),
		chain.FixedToDelta(t.DeltaBudget-t.DeltaSpent-t.DeltaReserved), chain.FixedToDelta(t.DeltaReserved), chain.FixedToDelta(t.DeltaSpent))
	return nil
}

func (d *demo) credits(ctx context.Context) (*big.Int, error) {
	return d.buyer.market.Credits(ctx, d.buyer.home.Address())
}

func (d *demo) cancelPath(ctx context.Context) error {
	id, pay, err := d.demoJob(ctx)
	if err != nil {
		return err
	}
	d.step("The buyer submits job %d (federated logistic regression on datasets %v, ε 1) and escrows %s coins", id, d.ids, chain.FormatCoins(pay))
	d.line("= 3 dataset prices of 0.1 + 3 submission fees of %s + the aggregator's fee %s; the contract reserves ε 1 and δ 1e-5 on each dataset until the window closes",
		chain.FormatCoins(demoSubmitFee), chain.FormatCoins(devnetFee()))
	if err := d.budgetLine(ctx); err != nil {
		return err
	}
	if _, err := d.buyer.market.CancelJob(ctx, id); err != nil {
		return err
	}
	c, err := d.credits(ctx)
	if err != nil {
		return err
	}
	back := new(big.Int).Sub(pay, new(big.Int).Mul(demoSubmitFee, big.NewInt(int64(len(d.ids)))))
	d.line("nobody has accepted yet, so the buyer cancels: %s coins credited back, the submission fees stay with the owners (withdrawable %s)",
		chain.FormatCoins(back), chain.FormatCoins(c))
	return d.budgetLine(ctx)
}

func (d *demo) expiryPath(ctx context.Context) error {
	id, pay, err := d.demoJob(ctx)
	if err != nil {
		return err
	}
	cfg, err := d.buyer.market.Config(ctx)
	if err != nil {
		return err
	}
	d.step("The buyer submits job %d and escrows %s coins; this time no owner accepts it", id, chain.FormatCoins(pay))
	if err := d.budgetLine(ctx); err != nil {
		return err
	}
	j, err := d.buyer.market.Job(ctx, id)
	if err != nil {
		return err
	}
	d.line("the acceptance window closes at %s; the dev chain fast-forwards its clock past it", unixTime(uint64(j.AcceptBy)))
	if err := d.net.Chain.AdjustTime(2*cfg.AcceptWindow + time.Second); err != nil {
		return err
	}
	d.line("the reservations lapsed at the window's end, without any transaction:")
	if err := d.budgetLine(ctx); err != nil {
		return err
	}
	if _, err := d.owners[0].market.CloseAcceptance(ctx, id); err != nil {
		return err
	}
	if j, err = d.buyer.market.Job(ctx, id); err != nil {
		return err
	}
	d.line("owner1 (anyone may) closes the window: job %d is %s, its escrow refunded", id, chain.JobStateName(j.State))
	return d.budgetLine(ctx)
}

func (d *demo) withdraw(ctx context.Context) error {
	c, err := d.credits(ctx)
	if err != nil {
		return err
	}
	before, err := d.buyer.client.BalanceAt(ctx, d.buyer.home.Address(), nil)
	if err != nil {
		return err
	}
	if _, err := d.buyer.market.Withdraw(ctx); err != nil {
		return err
	}
	after, err := d.buyer.client.BalanceAt(ctx, d.buyer.home.Address(), nil)
	if err != nil {
		return err
	}
	gas := new(big.Int).Sub(new(big.Int).Add(before, c), after)
	d.step("The buyer withdraws its credits (pull payment): %s coins; its balance went from %s to %s (gas %s)",
		chain.FormatCoins(c), chain.FormatCoins(before), chain.FormatCoins(after), chain.FormatCoins(gas))
	return nil
}
