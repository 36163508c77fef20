package chain

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/params"
)

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

// MarketConfig holds the Marketplace's deploy parameters.
type MarketConfig struct {
	MinStake       *big.Int      // stake a compute node must hold, wei
	UnstakeDelay   time.Duration // between unregisterNode and claimStake
	AcceptWindow   time.Duration // participants accept within this after submission
	MinJobDuration time.Duration // bounds on a job's deadline, from submission
	MaxJobDuration time.Duration
	RedeemWindow   time.Duration // owners redeem receipts within this after a job ends
	KappaBps       uint16        // share of the price earned by the first round, basis points
	SlashBps       uint16        // share of the aggregator's stake burned when a job fails
}

// DefaultMarketConfig is what `veil deploy` uses on a public chain.
func DefaultMarketConfig() MarketConfig {
	return MarketConfig{
		MinStake:       Coins(1),
		UnstakeDelay:   7 * 24 * time.Hour,
		AcceptWindow:   time.Hour,
		MinJobDuration: 2 * time.Hour,
		MaxJobDuration: 30 * 24 * time.Hour,
		RedeemWindow:   7 * 24 * time.Hour,
		KappaBps:       5000,
		SlashBps:       1000,
	}
}

// DevMarketConfig is the embedded devnet's: the same rules with windows short
// enough to watch a job's whole life in a terminal.
func DevMarketConfig() MarketConfig {
	return MarketConfig{
		MinStake:       Coins(1),
		UnstakeDelay:   time.Minute,
		AcceptWindow:   30 * time.Second,
		MinJobDuration: time.Minute,
		MaxJobDuration: 7 * 24 * time.Hour,
		RedeemWindow:   time.Minute,
		KappaBps:       5000,
		SlashBps:       1000,
	}
}

func (c MarketConfig) binding() MarketplaceConfig {
	sec := func(d time.Duration) uint64 { return uint64(d / time.Second) }
	return MarketplaceConfig{
		MinStake:       c.MinStake,
		UnstakeDelay:   sec(c.UnstakeDelay),
		AcceptWindow:   sec(c.AcceptWindow),
		MinJobDuration: sec(c.MinJobDuration),
		MaxJobDuration: sec(c.MaxJobDuration),
		RedeemWindow:   sec(c.RedeemWindow),
		KappaBps:       c.KappaBps,
		SlashBps:       c.SlashBps,
	}
}
