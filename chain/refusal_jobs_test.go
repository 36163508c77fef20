package chain_test

import (
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// submitChanged submits the default job with one change.
func submitChanged(change func(w *world, jc *jobCall)) func(w *world) error {
	return func(w *world) error {
		jc := w.jobCall()
		change(w, jc)
		_, err := w.submitCall(jc)
		return err
	}
}

func submitRefusals() []refusal {
	row := func(want, how string, change func(w *world, jc *jobCall)) refusal {
		return refusal{site: "_checkJobParams", want: want, how: how, run: submitChanged(change)}
	}
	sec := func(d time.Duration) uint64 { return uint64(d / time.Second) }
	return []refusal{
		row("InvalidEngine", "none", func(_ *world, jc *jobCall) { jc.p.Engine = 0 }),
		row("InvalidEngine", "two engines", func(_ *world, jc *jobCall) { jc.p.Engine = chain.EngineFL | chain.EngineHE }),
		row("InvalidEngine", "unknown bit", func(_ *world, jc *jobCall) { jc.p.Engine = 16 }),
		row("InvalidDatasets", "none", func(_ *world, jc *jobCall) { jc.p.Datasets = nil }),
		row("InvalidDatasets", "129", func(_ *world, jc *jobCall) {
			jc.p.Datasets = slices.Repeat(jc.p.Datasets[:1], chain.MaxDatasetsPerJob+1)
		}),
		row("InvalidCompute", "none", func(_ *world, jc *jobCall) { jc.p.Compute = nil }),
		row("InvalidCompute", "9", func(_ *world, jc *jobCall) { jc.p.Compute = slices.Repeat(jc.p.Compute[:1], 9) }),
		row("InvalidEpsilon", "zero", func(_ *world, jc *jobCall) { jc.p.Epsilon = 0 }),
		row("InvalidDelta", "one", func(_ *world, jc *jobCall) { jc.p.Delta = 1e18 }),
		row("InvalidRounds", "zero", func(_ *world, jc *jobCall) { jc.p.Rounds = 0 }),
		row("InvalidRounds", "100001", func(_ *world, jc *jobCall) { jc.p.Rounds = 100001 }),
		row("InvalidDropouts", "as many as owners", func(_ *world, jc *jobCall) { jc.p.Dropouts = 3 }),
		row("InvalidDeadline", "an hour too early", func(w *world, jc *jobCall) {
			jc.p.Deadline = uint64(w.now().Unix()) + sec(w.cfg.MinJobDuration-time.Hour)
		}),
		row("InvalidDeadline", "an hour too late", func(w *world, jc *jobCall) {
			jc.p.Deadline = uint64(w.now().Unix()) + sec(w.cfg.MaxJobDuration+time.Hour)
		}),
		row("InvalidSpec", "zero hash", func(_ *world, jc *jobCall) { jc.p.SpecHash = [32]byte{} }),
		row("InvalidSpec", "513-byte URI", func(_ *world, jc *jobCall) { jc.p.SpecURI = "ipfs://" + strings.Repeat("a", 506) }),
		row("InvalidSpec", "neither spec nor URI", func(_ *world, jc *jobCall) { jc.spec = nil }),
		row("SpecHashMismatch", "other spec", func(_ *world, jc *jobCall) { jc.spec = []byte(`{"engine":"he"}`) }),
		{site: "submitJob", want: "InsufficientPayment", how: "one wei short", run: submitChanged(func(_ *world, jc *jobCall) {
			jc.pay = new(big.Int).Sub(jc.pay, big.NewInt(1))
		})},
		{site: "submitJob", want: "PriceAboveMax", how: "a price raised after the quote", run: func(w *world) error {
			ds := w.publish(acctOwner1, w.publishParams(0), nil)
			jc := w.jobCall()
			jc.p.Datasets[0] = new(big.Int).SetUint64(ds)
			jc.p.MaxTotal = w.price(jc.p)
			jc.pay = new(big.Int).Add(jc.p.MaxTotal, chain.Coins(1))
			w.ok(acctOwner1, func(m *chain.Market) (*types.Receipt, error) {
				return m.UpdateDataset(w.ctx, ds, chain.DatasetUpdate{Price: chain.Coins(1), Engines: w.terms.engines})
			})
			_, err := w.submitCall(jc)
			return err
		}},
	}
}

func bindRefusals() []refusal {
	row := func(site, want, how string, change func(w *world, jc *jobCall)) refusal {
		return refusal{site: site, want: want, how: how, run: submitChanged(change)}
	}
	tm := defaultTerms()
	// another dataset of owner1, with the terms change applies.
	another := func(w *world, change func(p *chain.PublishParams)) *big.Int {
		p := w.publishParams(0)
		change(&p)
		return new(big.Int).SetUint64(w.publish(acctOwner1, p, nil))
	}
	return []refusal{
		row("_bindDatasets", "UnknownDataset", "dataset 999", func(_ *world, jc *jobCall) { jc.p.Datasets[0] = big.NewInt(999) }),
		row("_bindDatasets", "DatasetPaused", "paused by its owner", func(w *world, jc *jobCall) {
			id := another(w, func(*chain.PublishParams) {})
			w.ok(acctOwner1, func(m *chain.Market) (*types.Receipt, error) {
				return m.UpdateDataset(w.ctx, id.Uint64(), chain.DatasetUpdate{Price: tm.prices[0], Engines: tm.engines, Paused: true})
			})
			jc.p.Datasets[0] = id
		}),
		row("_bindDatasets", "EngineNotAllowed", "mpc", func(_ *world, jc *jobCall) { jc.p.Engine = chain.EngineMPC }),
		row("_checkBudget", "BudgetExceeded", "budget + 1", func(_ *world, jc *jobCall) { jc.p.Epsilon = tm.budget + 1 }),
		row("_checkBudget", "DeltaBudgetExceeded", "δ budget spent", func(w *world, jc *jobCall) {
			jc.p.Datasets[0] = another(w, func(p *chain.PublishParams) { p.DeltaBudget = tm.jobDelta / 2 })
		}),
		row("_bindDatasets", "DeltaTooLarge", "max + 1", func(_ *world, jc *jobCall) { jc.p.Delta = tm.maxDelta + 1 }),
		row("_bindDatasets", "TooFewOwners", "min-owners 4 of 3", func(w *world, jc *jobCall) {
			jc.p.Datasets[0] = another(w, func(p *chain.PublishParams) { p.MinOwners = 4 })
		}),
		row("_bindDatasets", "DuplicateOwner", "two datasets of owner1", func(w *world, jc *jobCall) {
			jc.p.Datasets[1] = another(w, func(*chain.PublishParams) {})
		}),
		row("_bindCompute", "NotComputeNode", "stranger", func(w *world, jc *jobCall) { jc.p.Compute[1] = w.addr(acctStranger) }),
		row("_bindCompute", "DuplicateCompute", "compute1 twice", func(_ *world, jc *jobCall) { jc.p.Compute[1] = jc.p.Compute[0] }),
		row("_bindCompute", "ParticipantConflict", "owner as compute node", func(w *world, jc *jobCall) {
			w.register(acctBoth, chain.RoleOwner|chain.RoleCompute, nil, chain.Coins(1))
			jc.p.Datasets[0] = new(big.Int).SetUint64(w.publish(acctBoth, w.publishParams(0), nil))
			jc.p.Compute[1] = w.addr(acctBoth)
		}),
	}
}

func acceptBy(acct int, id uint64) func(w *world) error {
	return func(w *world) error {
		_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.AcceptJob(w.ctx, id) })
		return err
	}
}

func declineBy(w *world, acct int, id uint64, reason string) error {
	_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.DeclineJob(w.ctx, id, reason) })
	return err
}

func cancelBy(w *world, acct int, id uint64) error {
	_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.CancelJob(w.ctx, id) })
	return err
}

func closeAcceptance(w *world, id uint64) error {
	_, err := w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.CloseAcceptance(w.ctx, id) })
	return err
}

func acceptRefusals() []refusal {
	return append([]refusal{
		{site: "_job", want: "UnknownJob", how: "accept 999", arg: 999, run: acceptBy(acctOwner1, 999)},
		{site: "acceptJob", want: "WrongState", how: "cancelled", run: func(w *world) error {
			id := w.openJob()
			if err := cancelBy(w, acctBuyer, id); err != nil {
				return err
			}
			return acceptBy(acctOwner1, id)(w)
		}},
		{site: "_jobWith", want: "BadTerms", how: "another job's terms", run: func(w *world) error {
			id, other := w.openJob(), w.jobWith(func(p *chain.JobParams) { p.Compute = p.Compute[:1] })
			terms, err := w.m[0].Terms(w.ctx, other)
			if err != nil {
				return err
			}
			return w.sendRaw(acctOwner1, chain.NewMarketplace().PackAcceptJob(new(big.Int).SetUint64(id), terms.Encoded), nil)
		}},
		{site: "acceptJob", want: "AcceptanceClosed", how: "after the window", run: func(w *world) error {
			id := w.openJob()
			w.warpPast(uint64(w.job(id).AcceptBy) - 1)
			return acceptBy(acctOwner1, id)(w)
		}},
		{site: "_find", want: "NotParticipant", how: "stranger", run: func(w *world) error { return acceptBy(acctStranger, w.openJob())(w) }},
		{site: "acceptJob", want: "AlreadyAccepted", how: "owner twice", run: func(w *world) error {
			id := w.openJob()
			w.accept(id, acctOwner1)
			return acceptBy(acctOwner1, id)(w)
		}},
		{site: "acceptJob", want: "AlreadyAccepted", how: "compute node twice", run: func(w *world) error {
			id := w.openJob()
			w.accept(id, acctCompute2)
			return acceptBy(acctCompute2, id)(w)
		}},
		{site: "acceptJob", want: "AlreadyDeclined", how: "compute node after declining", run: func(w *world) error {
			id := w.openJob()
			if err := declineBy(w, acctCompute2, id, "busy"); err != nil {
				return err
			}
			return acceptBy(acctCompute2, id)(w)
		}},
		{site: "acceptJob", want: "BondUnavailable", how: "fee above the free stake", run: func(w *world) error {
			w.register(acctPricey, chain.RoleCompute, chain.Coins(5), chain.Coins(1))
			id := w.jobWith(func(p *chain.JobParams) { p.Compute[1] = w.addr(acctPricey) })
			return acceptBy(acctPricey, id)(w)
		}},
		{site: "acceptJob", want: "NotOwnerRole", how: "owner not registered", run: func(w *world) error {
			ds := new(big.Int).SetUint64(w.publish(acctUnreg, w.publishParams(0), nil))
			return acceptBy(acctUnreg, w.jobWith(func(p *chain.JobParams) { p.Datasets[0] = ds }))(w)
		}},
		{site: "acceptJob", want: "NotComputeNode", how: "unregistered after being named", run: func(w *world) error {
			w.register(acctQuitter, chain.RoleCompute, nil, chain.Coins(1))
			id := w.jobWith(func(p *chain.JobParams) { p.Compute[1] = w.addr(acctQuitter) })
			w.ok(acctQuitter, func(m *chain.Market) (*types.Receipt, error) { return m.UnregisterNode(w.ctx) })
			return acceptBy(acctQuitter, id)(w)
		}},
		{site: "acceptJob", want: "AlreadyDeclined", how: "after declining", run: func(w *world) error {
			id := w.openJob()
			if err := declineBy(w, acctOwner1, id, "policy"); err != nil {
				return err
			}
			return acceptBy(acctOwner1, id)(w)
		}},
	}, declineRefusals()...)
}

func declineRefusals() []refusal {
	return []refusal{
		{site: "declineJob", want: "WrongState", how: "started", run: func(w *world) error {
			return declineBy(w, acctOwner1, w.startedJob(), "late")
		}},
		{site: "_find", want: "NotParticipant", how: "stranger declines", run: func(w *world) error {
			return declineBy(w, acctStranger, w.openJob(), "not mine")
		}},
		{site: "declineJob", want: "AlreadyAccepted", how: "owner after accepting", run: func(w *world) error {
			id := w.openJob()
			w.accept(id, acctOwner1)
			return declineBy(w, acctOwner1, id, "changed my mind")
		}},
		{site: "declineJob", want: "AlreadyAccepted", how: "compute node after accepting", run: func(w *world) error {
			id := w.openJob()
			w.accept(id, acctCompute2)
			return declineBy(w, acctCompute2, id, "changed my mind")
		}},
		{site: "declineJob", want: "AlreadyDeclined", how: "compute node twice", run: func(w *world) error {
			id := w.openJob()
			if err := declineBy(w, acctCompute2, id, "busy"); err != nil {
				return err
			}
			return declineBy(w, acctCompute2, id, "busy")
		}},
		{site: "declineJob", want: "AlreadyDeclined", how: "owner twice", run: func(w *world) error {
			id := w.openJob()
			if err := declineBy(w, acctOwner1, id, "policy"); err != nil {
				return err
			}
			return declineBy(w, acctOwner1, id, "policy")
		}},
		{site: "declineJob", want: "InvalidReason", how: "513 bytes", run: func(w *world) error {
			return declineBy(w, acctOwner1, w.openJob(), strings.Repeat("x", 513))
		}},
		{site: "cancelJob", want: "NotBuyer", how: "stranger", run: func(w *world) error { return cancelBy(w, acctStranger, w.openJob()) }},
		{site: "cancelJob", want: "WrongState", how: "twice", run: func(w *world) error {
			id := w.openJob()
			if err := cancelBy(w, acctBuyer, id); err != nil {
				return err
			}
			return cancelBy(w, acctBuyer, id)
		}},
		{site: "cancelJob", want: "HasAcceptances", how: "after a compute acceptance", run: func(w *world) error {
			id := w.openJob()
			w.accept(id, acctCompute2)
			return cancelBy(w, acctBuyer, id)
		}},
		{site: "cancelJob", want: "HasAcceptances", how: "declines that leave the quorum reachable", run: func(w *world) error {
			id := w.openJob()
			w.accept(id, acctCompute2)
			if err := declineBy(w, owners[2], id, "policy"); err != nil {
				return err
			}
			return cancelBy(w, acctBuyer, id)
		}},
		{site: "closeAcceptance", want: "WrongState", how: "started", run: func(w *world) error { return closeAcceptance(w, w.startedJob()) }},
		{site: "closeAcceptance", want: "AcceptanceOpen", how: "inside the window", run: func(w *world) error { return closeAcceptance(w, w.openJob()) }},
	}
}

// partialJob is the default job started by closeAcceptance with owners 1 and 2
// (n - d): owner3 never accepted.
func (w *world) partialJob() uint64 {
	w.t.Helper()
	id := w.openJob()
	w.accept(id, acctCompute1, acctCompute2, owners[0], owners[1])
	w.warpPast(uint64(w.job(id).AcceptBy) - 1)
	if err := closeAcceptance(w, id); err != nil {
		w.t.Fatal(err)
	}
	return id
}
