package chain_test

import (
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
)

// Strangers that the rows below change; each row that registers or unregisters
// one has its own, so rows stay independent on the shared world.
const (
	acctLeaving    = acctStranger + 1 // registers and unregisters
	acctBoth       = acctStranger + 2 // owner and compute node
	acctUnreg      = acctStranger + 3 // publishes without registering as a node
	acctQuitter    = acctStranger + 4 // compute node that leaves after being named
	acctNoReceiver = acctStranger + 5 // account whose code refuses payments
	acctPricey     = acctStranger + 8 // compute node whose fee exceeds its stake
)

var uint96Overflow = new(big.Int).Lsh(big.NewInt(1), 96)

func configRefusals() []refusal {
	deploy := func(field string, change func(c *chain.MarketConfig)) refusal {
		return refusal{site: "constructor", want: "InvalidConfig", how: field, arg: field, run: func(w *world) error {
			cfg := testConfig()
			change(&cfg)
			_, _, err := chain.Deploy(w.ctx, w.c.senders[acctDeployer], cfg)
			return err
		}}
	}
	const year = 367 * 24 * time.Hour
	return []refusal{
		deploy("kappaBps", func(c *chain.MarketConfig) { c.KappaBps = 10001 }),
		deploy("minStake", func(c *chain.MarketConfig) { c.MinStake = new(big.Int).Lsh(big.NewInt(1), 128) }),
		deploy("disputeBond", func(c *chain.MarketConfig) { c.DisputeBond = uint96Overflow }),
		deploy("unstakeDelay", func(c *chain.MarketConfig) { c.UnstakeDelay = year }),
		deploy("acceptWindow", func(c *chain.MarketConfig) { c.AcceptWindow = 0 }),
		deploy("acceptWindow", func(c *chain.MarketConfig) { c.AcceptWindow = 8 * 24 * time.Hour }),
		deploy("confirmWindow", func(c *chain.MarketConfig) { c.ConfirmWindow = 0 }),
		deploy("minJobDuration", func(c *chain.MarketConfig) { c.MinJobDuration = 2*c.AcceptWindow + c.ConfirmWindow }),
		deploy("maxJobDuration", func(c *chain.MarketConfig) { c.MaxJobDuration = c.MinJobDuration - time.Second }),
		deploy("maxJobDuration", func(c *chain.MarketConfig) { c.MaxJobDuration = year }),
		deploy("redeemWindow", func(c *chain.MarketConfig) { c.RedeemWindow = 0 }),
		deploy("redeemWindow", func(c *chain.MarketConfig) { c.RedeemWindow = year }),
	}
}

func registryRefusals() []refusal {
	register := func(acct int, change func(p *chain.NodeParams)) func(w *world) error {
		return func(w *world) error {
			p := w.nodeParams(chain.RoleCompute, coins("0.1"), chain.Coins(1))
			change(&p)
			_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.RegisterNode(w.ctx, p) })
			return err
		}
	}
	same := func(*chain.NodeParams) {}
	return []refusal{
		{site: "registerNode", want: "AlreadyRegistered", how: "twice", run: register(acctCompute1, same)},
		{site: "updateNode", want: "NotRegistered", how: "stranger", run: func(w *world) error {
			_, err := w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) {
				return m.UpdateNode(w.ctx, w.nodeParams(chain.RoleOwner, nil, nil))
			})
			return err
		}},
		{site: "_setNode", want: "InvalidRoles", how: "none", run: register(acctStranger, func(p *chain.NodeParams) { p.Roles = 0 })},
		{site: "_setNode", want: "InvalidRoles", how: "unknown bit", run: register(acctStranger, func(p *chain.NodeParams) { p.Roles = 4 })},
		{site: "_setNode", want: "InvalidEndpoint", how: "empty", run: register(acctStranger, func(p *chain.NodeParams) { p.Endpoint = "" })},
		{site: "_setNode", want: "InvalidEndpoint", how: "513 bytes", run: register(acctStranger, func(p *chain.NodeParams) { p.Endpoint = strings.Repeat("a", 513) })},
		{site: "_setNode", want: "InvalidKey", how: "zero", run: register(acctStranger, func(p *chain.NodeParams) { p.TLSKey = [32]byte{} })},
		{site: "_setNode", want: "InvalidFee", how: "2^96", run: register(acctStranger, func(p *chain.NodeParams) { p.Fee = uint96Overflow })},
		{site: "_setNode", want: "InsufficientStake", how: "half the minimum", run: register(acctStranger, func(p *chain.NodeParams) { p.Stake = coins("0.5") })},
		{site: "unregisterNode", want: "NotRegistered", how: "stranger", run: func(w *world) error {
			_, err := w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) { return m.UnregisterNode(w.ctx) })
			return err
		}},
		{site: "unregisterNode", want: "NodeBusy", how: "bonded to an open job", arg: sum(defaultTerms().fees[:2]...), run: func(w *world) error {
			w.accept(w.openJob(), acctCompute2)
			_, err := w.try(acctCompute2, func(m *chain.Market) (*types.Receipt, error) { return m.UnregisterNode(w.ctx) })
			return err
		}},
		{site: "claimStake", want: "StillRegistered", how: "registered node", run: claim(acctCompute1)},
		{site: "claimStake", want: "NoStake", how: "never registered", run: claim(acctStranger)},
		{site: "delegated", want: "NotDelegated", how: "the Catalog called directly", run: directCatalogCall},
		{site: "claimStake", want: "StakeLocked", how: "before the delay", run: func(w *world) error {
			w.register(acctLeaving, chain.RoleCompute, nil, chain.Coins(1))
			w.ok(acctLeaving, func(m *chain.Market) (*types.Receipt, error) { return m.UnregisterNode(w.ctx) })
			return claim(acctLeaving)(w)
		}},
	}
}

func claim(acct int) func(w *world) error {
	return func(w *world) error {
		_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.ClaimStake(w.ctx) })
		return err
	}
}

func datasetRefusals() []refusal {
	publish := func(change func(p *chain.PublishParams), metadata []byte) func(w *world) error {
		return func(w *world) error {
			p := w.publishParams(0)
			change(&p)
			_, rcpt, err := w.m[acctOwner1].PublishDataset(w.ctx, p, metadata)
			w.paid(acctOwner1, rcpt)
			return err
		}
	}
	row := func(want, how string, change func(p *chain.PublishParams)) refusal {
		return refusal{site: "publishDataset", want: want, how: how, run: publish(change, nil)}
	}
	return append([]refusal{
		row("InvalidDigest", "zero ciphertext digest", func(p *chain.PublishParams) { p.Sha256Digest = [32]byte{} }),
		row("InvalidDigest", "zero metadata hash", func(p *chain.PublishParams) { p.MetaHash = [32]byte{} }),
		row("InvalidURI", "http", func(p *chain.PublishParams) { p.Uri = "http://example.org/blob" }),
		row("InvalidURI", "bare ipfs://", func(p *chain.PublishParams) { p.Uri = "ipfs://" }),
		row("InvalidURI", "bare veil-dir://", func(p *chain.PublishParams) { p.Uri = "veil-dir://" }),
		row("InvalidURI", "513 bytes", func(p *chain.PublishParams) { p.Uri = "ipfs://" + strings.Repeat("a", 506) }),
		{site: "publishDataset", want: "MetadataHashMismatch", how: "other document",
			run: publish(func(*chain.PublishParams) {}, []byte(`{"title":"another"}`))},
		{site: "_checkPrice", want: "InvalidPrice", how: "publish at zero", run: publish(func(p *chain.PublishParams) { p.Price = new(big.Int) }, nil)},
		{site: "_checkPrice", want: "InvalidPrice", how: "publish at 2^96", run: publish(func(p *chain.PublishParams) { p.Price = uint96Overflow }, nil)},
		{site: "_checkPrice", want: "InvalidPrice", how: "submission fee 2^96", run: publish(func(p *chain.PublishParams) { p.SubmitFee = uint96Overflow }, nil)},
		row("InvalidEngines", "none", func(p *chain.PublishParams) { p.Engines = 0 }),
		row("InvalidEngines", "unknown bit", func(p *chain.PublishParams) { p.Engines = 16 }),
		row("InvalidBudget", "zero", func(p *chain.PublishParams) { p.Budget = 0 }),
		row("InvalidDelta", "max δ one", func(p *chain.PublishParams) { p.MaxDelta = 1e18 }),
		row("InvalidDelta", "δ budget one", func(p *chain.PublishParams) { p.DeltaBudget = 1e18 }),
		row("InvalidMinOwners", "zero", func(p *chain.PublishParams) { p.MinOwners = 0 }),
		row("InvalidMinOwners", "129", func(p *chain.PublishParams) { p.MinOwners = chain.MaxDatasetsPerJob + 1 }),
	}, datasetChangeRefusals()...)
}

func datasetChangeRefusals() []refusal {
	update := func(acct int, id func(w *world) uint64, price *big.Int, engines uint8) func(w *world) error {
		return func(w *world) error {
			_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) {
				return m.UpdateDataset(w.ctx, id(w), chain.DatasetUpdate{Price: price, Engines: engines})
			})
			return err
		}
	}
	// restrict sets the terms change returns from the dataset's current ones.
	restrict := func(acct int, id func(w *world) uint64, change func(d chain.DatasetInfo) (budget, maxDelta, deltaBudget uint64)) func(w *world) error {
		return func(w *world) error {
			ds := id(w)
			b, md, db := change(w.dataset(ds))
			_, err := w.try(acct, func(m *chain.Market) (*types.Receipt, error) { return m.RestrictDataset(w.ctx, ds, b, md, db) })
			return err
		}
	}
	first := func(w *world) uint64 { return w.ds[0] }
	unknown := func(*world) uint64 { return 999 }
	fresh := func(w *world) uint64 { return w.publish(acctOwner1, w.publishParams(0), nil) }
	busy := func(w *world) uint64 { w.openJob(); return w.ds[0] }
	return []refusal{
		{site: "_checkPrice", want: "InvalidPrice", how: "update to zero", run: update(acctOwner1, first, new(big.Int), chain.EngineFL)},
		{site: "updateDataset", want: "InvalidEngines", how: "none", run: update(acctOwner1, first, coins("1"), 0)},
		{site: "_ownedDataset", want: "UnknownDataset", how: "update 999", arg: 999, run: update(acctOwner1, unknown, coins("1"), chain.EngineFL)},
		{site: "_ownedDataset", want: "NotDatasetOwner", how: "another owner updates", run: update(acctOwner1+1, first, coins("1"), chain.EngineFL)},
		{site: "restrictDataset", want: "CannotLoosen", how: "budget up", run: restrict(acctOwner1, first,
			func(d chain.DatasetInfo) (uint64, uint64, uint64) { return d.Budget + 1, d.MaxDelta, d.DeltaBudget })},
		{site: "restrictDataset", want: "CannotLoosen", how: "max δ up", run: restrict(acctOwner1, first,
			func(d chain.DatasetInfo) (uint64, uint64, uint64) { return d.Budget, d.MaxDelta + 1, d.DeltaBudget })},
		{site: "restrictDataset", want: "CannotLoosen", how: "δ budget up", run: restrict(acctOwner1, first,
			func(d chain.DatasetInfo) (uint64, uint64, uint64) { return d.Budget, d.MaxDelta, d.DeltaBudget + 1 })},
		{site: "restrictDataset", want: "BudgetBelowCommitted", how: "zero", run: restrict(acctOwner1, fresh,
			func(d chain.DatasetInfo) (uint64, uint64, uint64) { return 0, d.MaxDelta, d.DeltaBudget })},
		{site: "restrictDataset", want: "BudgetBelowCommitted", how: "ε below reserved", run: restrict(acctOwner1, busy,
			func(d chain.DatasetInfo) (uint64, uint64, uint64) {
				return d.Spent + d.Reserved - 1, d.MaxDelta, d.DeltaBudget
			})},
		{site: "restrictDataset", want: "BudgetBelowCommitted", how: "δ below reserved", run: restrict(acctOwner1, busy,
			func(d chain.DatasetInfo) (uint64, uint64, uint64) {
				return d.Budget, d.MaxDelta, d.DeltaSpent + d.DeltaReserved - 1
			})},
		{site: "getDataset", want: "UnknownDataset", how: "read 999", run: func(w *world) error {
			_, err := w.m[0].Dataset(w.ctx, 999)
			return err
		}},
	}
}

// directCatalogCall registers a node by calling the Catalog's code directly
// instead of through the Marketplace.
func directCatalogCall(w *world) error {
	b := chain.NewMarketplace()
	market := w.m[0].Address()
	out, err := w.c.client.CallContract(w.ctx, ethereum.CallMsg{To: &market, Data: b.PackCatalog()}, nil)
	if err != nil {
		return err
	}
	catalog, err := b.UnpackCatalog(out)
	if err != nil {
		return err
	}
	data := b.PackRegisterNode("127.0.0.1:7000", [32]byte{7}, chain.RoleOwner, new(big.Int))
	_, err = w.try(acctStranger, func(m *chain.Market) (*types.Receipt, error) {
		return m.Sender().Send(w.ctx, chain.Call{To: &catalog, Data: data})
	})
	return err
}
