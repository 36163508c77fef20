package main

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/veil-market/veil/buyer"
	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/engine/fl"
	"github.com/veil-market/veil/internal/ctxtime"
	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/node"
	"github.com/veil-market/veil/secagg"
	"github.com/veil-market/veil/spec"
)

// startDaemons runs the owners' and the aggregator's daemons in this
// process, and those of extra homes (the mpc step's second compute node),
// each registered at the port it listens on before it returns.
func (d *demo) startDaemons(ctx context.Context, extra ...*session) (func(), error) {
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	stop := func() { cancel(); wg.Wait() }
	for _, s := range append(append(append([]*session(nil), d.owners...), d.compute), extra...) {
		if err := d.runDaemon(ctx, &wg, s); err != nil {
			stop()
			return nil, err
		}
	}
	return stop, nil
}

// runDaemon starts s's daemon, to run until ctx ends, and waits until the
// registry names the port it listens on.
func (d *demo) runDaemon(ctx context.Context, wg *sync.WaitGroup, s *session) error {
	cfg := node.Config{Home: s.home, Secrets: s.secrets, Market: s.market, Listen: "127.0.0.1:0",
		Poll: 200 * time.Millisecond, Log: d.log.logger(s.home.Dir)}
	if s == d.compute {
		cfg.Platform = simPlatform() // tee: sim attestation, the devnet's stand-in for SEV-SNP
	}
	daemon, err := node.New(ctx, cfg)
	if err != nil {
		return err
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		daemon.Run(ctx)
	}()
	return waitRegistered(ctx, s, daemon.Addr())
}

// waitRegistered waits until s's daemon has put the endpoint it listens on
// in the registry: each step's daemons listen on new ports, and a buyer
// uploads its keys to the registered endpoint as soon as it submits (the
// demo once submitted before the registry moved and dialled the last
// step's closed port).
func waitRegistered(ctx context.Context, s *session, endpoint string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		n, err := s.market.Node(ctx, s.home.Address())
		if err == nil && n.Endpoint == endpoint {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("demo: the daemon of %s never registered its endpoint %s: %w", s.home.Address().Hex(), endpoint, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

const demoFLSpec = `{"engine":"fl","datasets":%s,"task":{"type":"train","model":"logistic","label":"benign"},
 "privacy":{"epsilon":%g,"delta":1e-5,"dropouts":0,"colluders":1},"compute":[%q]}`

// trainJob submits a federated training job and follows it through the daemons.
func (d *demo) trainJob(ctx context.Context) error {
	const eps = 2.0
	d.step("Federated training through real daemons: 3 owner nodes and 1 aggregator on mutually authenticated gRPC")
	stop, err := d.startDaemons(ctx)
	if err != nil {
		return err
	}
	defer stop()
	raw := fmt.Sprintf(demoFLSpec, jsonIDs(d.ids), eps, d.compute.home.Address().Hex())
	sp, err := spec.Parse([]byte(raw))
	if err != nil {
		return err
	}
	res, err := buyer.Submit(ctx, buyer.Submission{Market: d.buyer.market, Registry: chain.NewRegistry(d.buyer.market), Home: d.buyer.home, Secrets: d.buyer.secrets, Spec: sp})
	if err != nil {
		return err
	}
	st := res.Quote.Plan.Detail
	d.line("the buyer submits job %d: logistic regression of benign on 30 features, %d rounds, (ε = %g, δ = 1e-5), escrow %s", res.ID, res.Rounds, eps, res.Payment)
	d.line("each round every owner clips its gradients, adds its discrete Gaussian noise share and masks it (secure aggregation);")
	d.line("the aggregator unmasks only the noisy sum. Plan: %s", describePlan(st))
	t0 := time.Now()
	if err := d.follow(ctx, res.ID); err != nil {
		return err
	}
	d.line("settled in %.1fs: each owner committed the hash of the model it recomputed itself before the aggregator revealed its own", time.Since(t0).Seconds())
	if err := d.budgetLine(ctx); err != nil {
		return err
	}
	return d.checkModel(ctx, res.ID, eps)
}

func describePlan(detail any) string {
	st, ok := detail.(*fl.Setup)
	if !ok {
		return "?"
	}
	return fmt.Sprintf("noise multiplier %.2f, each owner's share σ = %.0f integer units, threshold %d of %d, sums modulo 2^%d",
		st.NoiseMultiplier, st.ShareSigma, secagg.RoundThreshold(st.Owners, st.Owners, st.Dropouts, st.Colluders), st.Owners, st.ModBits)
}

// follow prints the job's state changes until it settles.
func (d *demo) follow(ctx context.Context, id uint64) error {
	last := ""
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		j, err := d.buyer.market.Job(ctx, id)
		if err != nil {
			return err
		}
		state := chain.JobStateName(j.State)
		if j.Committed() && j.State == chain.JobStarted {
			state = fmt.Sprintf("result revealed, %d of %d owners' commitments match", j.Confirmations, j.OwnersAccepted)
		}
		if state != last {
			d.line("job %d: %s", id, state)
			last = state
		}
		switch j.State {
		case chain.JobSettled:
			return nil
		case chain.JobFailed, chain.JobCancelled:
			return fmt.Errorf("demo: job %d ended %s", id, chain.JobStateName(j.State))
		}
		if err := ctxtime.Sleep(ctx, 150*time.Millisecond); err != nil {
			return err
		}
	}
	return fmt.Errorf("demo: job %d did not settle in 3 minutes", id)
}

// checkModel downloads the model and compares it with central training.
func (d *demo) checkModel(ctx context.Context, id uint64, eps float64) error {
	res, err := buyer.Fetch(ctx, d.buyer.market, chain.NewRegistry(d.buyer.market), d.buyer.home, d.buyer.secrets, id)
	if err != nil {
		return err
	}
	model, err := ml.Decode(res.Output.Data)
	if err != nil {
		return err
	}
	private, err := ml.Evaluate(model, d.test, "benign")
	if err != nil {
		return err
	}
	central, err := centralAccuracy(model, d.train, d.test)
	if err != nil {
		return err
	}
	d.line("the buyer downloads the sealed model, checks both hashes on-chain and decrypts it: %s", res.Output.Summary)
	d.line("test accuracy on %d held-out rows: %.3f with (ε = %g)-DP federated training; %.3f trained centrally on the pooled rows without privacy",
		d.test.Len(), private.Accuracy, eps, central)
	return d.payouts(ctx)
}

// centralAccuracy trains the same model on the pooled training rows without privacy.
func centralAccuracy(shape *ml.Model, train, test *dataset.Table) (float64, error) {
	enc, err := shape.Encode()
	if err != nil {
		return 0, err
	}
	m, err := ml.Decode(enc)
	if err != nil {
		return 0, err
	}
	l, err := m.Learner()
	if err != nil {
		return 0, err
	}
	rows, err := m.Examples(train)
	if err != nil {
		return 0, err
	}
	params, err := ml.Train(l, make([]float64, l.NumParams()), rows, ml.GDConfig{Epochs: 1000, LearningRate: 0.5, Momentum: 0.9, L2: 1e-4})
	if err != nil {
		return 0, err
	}
	if err := m.SetParams(params); err != nil {
		return 0, err
	}
	met, err := ml.Evaluate(m, test, "benign")
	return met.Accuracy, err
}

func (d *demo) payouts(ctx context.Context) error {
	for i, o := range d.owners {
		var c *big.Int
		for range 50 { // owners redeem right after settlement
			var err error
			if c, err = d.buyer.market.Credits(ctx, o.home.Address()); err != nil {
				return err
			}
			if c.Sign() > 0 {
				break
			}
			if err := ctxtime.Sleep(ctx, 100*time.Millisecond); err != nil {
				return err
			}
		}
		d.line("owner%d was paid with its commitment, by its receipt for all rounds: %s coins credited (with its submission fees)", i+1, chain.FormatCoins(c))
	}
	fee, err := d.buyer.market.Credits(ctx, d.compute.home.Address())
	if err != nil {
		return err
	}
	d.line("the aggregator was paid its fee for a result no majority disputed, and its bond released: %s coins", chain.FormatCoins(fee))
	return nil
}
