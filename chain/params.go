package chain

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/params"
)

// MaxDatasetsPerJob is the Marketplace's MAX_DATASETS_PER_JOB: the most
// datasets (owners) one job names. The contract keeps the owners' progress in
// uint128 bitmaps; docs/fair-exchange.md, "Job size", says why 128.
const MaxDatasetsPerJob = 128

// DevChainID is the chain id of the embedded dev chain.
const DevChainID = 1337

// DevChainConfig returns the pinned fork schedule of the embedded dev chain: every
// fork through Osaka from genesis, as Ethereum mainnet runs them, and nothing after.
// go-ethereum's own dev config (params.AllDevChainProtocolChanges) also enables
// forks that are not scheduled anywhere yet (BogotaTime), which reprice storage and
// would make our gas figures describe no real chain; see docs/chain-config.md.
func DevChainConfig() *params.ChainConfig {
	zero := uint64(0)
	return &params.ChainConfig{
		ChainID:                 big.NewInt(DevChainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		OsakaTime:               &zero,
		TerminalTotalDifficulty: big.NewInt(0),
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
}

// MarketConfig holds the Marketplace's deploy parameters (docs/fair-exchange.md).
type MarketConfig struct {
	MinStake       *big.Int      // stake a compute node must hold, wei
	UnstakeDelay   time.Duration // between unregisterNode and claimStake
	AcceptWindow   time.Duration // acceptance windows end on multiples of this, at least this after submission
	MinJobDuration time.Duration // bounds on a job's deadline, from submission
	MaxJobDuration time.Duration
	ConfirmWindow  time.Duration // the last part of a job, after the commit deadline: owners confirm or dispute
	RedeemWindow   time.Duration // owners still confirm and are paid within this after a job ends
	KappaBps       uint16        // share of an owner's price its spent ε earns, basis points
	DisputeBond    *big.Int      // what an owner puts up to dispute a result, wei
}

// DefaultMarketConfig is what `veil deploy` uses on a public chain.
func DefaultMarketConfig() MarketConfig {
	return MarketConfig{
		MinStake:       Coins(1),
		UnstakeDelay:   7 * 24 * time.Hour,
		AcceptWindow:   time.Hour,
		MinJobDuration: 3 * time.Hour,
		MaxJobDuration: 30 * 24 * time.Hour,
		ConfirmWindow:  30 * time.Minute,
		RedeemWindow:   7 * 24 * time.Hour,
		KappaBps:       5000,
		DisputeBond:    new(big.Int).Div(Coins(1), big.NewInt(20)), // 0.05
	}
}

// DevMarketConfig is the embedded devnet's: the same rules with windows short
// enough to watch a job's whole life in a terminal.
func DevMarketConfig() MarketConfig {
	return MarketConfig{
		MinStake:       Coins(1),
		UnstakeDelay:   time.Minute,
		AcceptWindow:   30 * time.Second,
		MinJobDuration: 2 * time.Minute,
		MaxJobDuration: 7 * 24 * time.Hour,
		ConfirmWindow:  20 * time.Second,
		RedeemWindow:   time.Minute,
		KappaBps:       5000,
		DisputeBond:    new(big.Int).Div(Coins(1), big.NewInt(100)), // 0.01
	}
}

// MinDuration is the shortest MinJobDuration the contract accepts with these
// windows: an acceptance window lasts up to two steps of AcceptWindow, and the
// commit deadline (deadline - ConfirmWindow) must fall after it.
func (c MarketConfig) MinDuration() time.Duration {
	return 2*c.AcceptWindow + c.ConfirmWindow + time.Second
}

func seconds(d time.Duration) uint64 { return uint64(d / time.Second) }

func (c MarketConfig) binding() MarketplaceConfig {
	return MarketplaceConfig{
		MinStake:       c.MinStake,
		UnstakeDelay:   seconds(c.UnstakeDelay),
		AcceptWindow:   seconds(c.AcceptWindow),
		MinJobDuration: seconds(c.MinJobDuration),
		MaxJobDuration: seconds(c.MaxJobDuration),
		ConfirmWindow:  seconds(c.ConfirmWindow),
		RedeemWindow:   seconds(c.RedeemWindow),
		KappaBps:       c.KappaBps,
		DisputeBond:    orZero(c.DisputeBond),
	}
}
