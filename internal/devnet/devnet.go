// Package devnet assembles a whole local market for development: the embedded dev
// chain, the Marketplace deployed on it, and funded homes for owners, a buyer and
// staked compute nodes. State lives in one directory, so a restart keeps every
// dataset, balance and job. Its homes use empty passwords: never use them for
// anything of value.
package devnet

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/devchain"
	"github.com/veil-market/veil/home"
	"github.com/veil-market/veil/internal/fsutil"
)

// Options shape a devnet.
type Options struct {
	Dir         string
	RPCAddr     string        // default 127.0.0.1:8545
	Owners      int           // default 3 (first start only)
	Compute     int           // default 3 (first start only)
	PortBase    int           // daemons' ports: owner i on PortBase+i, compute i on PortBase+100+i; 0: free ports (first start only)
	BlockPeriod time.Duration // 0: a block as soon as a transaction arrives
	Market      chain.MarketConfig
	Verbose     bool
	Progress    io.Writer // plain-words progress; nil for none
}

// Info is what `veil devnet` prints once ready.
type Info struct {
	RPC         string            `json:"rpc"`
	ChainID     uint64            `json:"chain_id"`
	Marketplace string            `json:"marketplace"`
	DeployBlock uint64            `json:"deploy_block"`
	Homes       map[string]string `json:"homes"`
	Ports       map[string]int    `json:"ports"` // gRPC port each home's daemon listens on
}

// Devnet is a running local market.
type Devnet struct {
	Info  Info
	Chain *devchain.Chain
	dir   string
}

// Funds of every home at genesis; compute homes stake part of theirs.
var (
	HomeFunds    = chain.Coins(1000)
	ComputeStake = chain.Coins(10)
	ComputeFee   = big.NewInt(1e16) // 0.01 coins
)

const infoFile = "devnet.json"

// Start opens the devnet in opts.Dir, creating it on first use.
func Start(ctx context.Context, opts Options) (*Devnet, error) {
	opts = withDefaults(opts)
	if err := os.MkdirAll(opts.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	info, err := readInfo(opts.Dir)
	if errors.Is(err, os.ErrNotExist) {
		return create(ctx, opts)
	}
	if err != nil {
		return nil, err
	}
	return reopen(ctx, opts, info)
}

func withDefaults(o Options) Options {
	if o.RPCAddr == "" {
		o.RPCAddr = "127.0.0.1:8545"
	}
	if o.Owners == 0 {
		o.Owners = 3
	}
	if o.Compute == 0 {
		o.Compute = 3
	}
	if o.Market.MinStake == nil {
		o.Market = chain.DevMarketConfig()
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	return o
}

func chainDir(dir string) string { return filepath.Join(dir, "chain") }

func reopen(ctx context.Context, opts Options, info *Info) (*Devnet, error) {
	c, err := devchain.Start(devchain.Config{DataDir: chainDir(opts.Dir), RPCAddr: opts.RPCAddr, BlockPeriod: opts.BlockPeriod, Verbose: opts.Verbose})
	if err != nil {
		return nil, err
	}
	d := &Devnet{Info: *info, Chain: c, dir: opts.Dir}
	d.Info.RPC = c.RPCURL()
	m := chain.NewMarket(c.Client(), common.HexToAddress(info.Marketplace), nil, 0)
	if err := m.Check(ctx); err != nil {
		c.Close()
		return nil, fmt.Errorf("devnet: %s: %w", opts.Dir, err)
	}
	if err := d.pointHomes(); err != nil {
		c.Close()
		return nil, err
	}
	fmt.Fprintf(opts.Progress, "devnet: reopened %s (marketplace %s)\n", opts.Dir, info.Marketplace)
	return d, nil
}

// Close shuts the chain down cleanly.
func (d *Devnet) Close() error { return d.Chain.Close() }

// Dir is the devnet's directory.
func (d *Devnet) Dir() string { return d.dir }

func readInfo(dir string) (*Info, error) {
	b, err := os.ReadFile(filepath.Join(dir, infoFile))
	if err != nil {
		return nil, err
	}
	var info Info
	if err := json.Unmarshal(b, &info); err != nil || !common.IsHexAddress(info.Marketplace) {
		return nil, fmt.Errorf("devnet: %s is corrupted", filepath.Join(dir, infoFile))
	}
	if !devchain.Exists(chainDir(dir)) {
		return nil, fmt.Errorf("devnet: %s has no chain data (delete the directory to start over)", dir)
	}
	return &info, nil
}

func writeInfo(dir string, info *Info) error {
	b, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return err
	}
	return fsutil.WriteFile(filepath.Join(dir, infoFile), append(b, '\n'), 0o600)
}

// pointHomes makes every home's config name the devnet's current RPC URL (the
// address may change between runs with --rpc).
func (d *Devnet) pointHomes() error {
	for _, dir := range d.Info.Homes {
		h, err := home.Open(dir)
		if err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		if h.Config.ChainURL == d.Info.RPC {
			continue
		}
		h.Config.ChainURL = d.Info.RPC
		if err := h.SaveConfig(); err != nil {
			return err
		}
	}
	return nil
}

// faucetKey is the devnet's deployer; it also funds accounts on request.
func faucetKey(dir string) (*ecdsa.PrivateKey, error) {
	p := filepath.Join(dir, "faucet.key")
	if b, err := os.ReadFile(p); err == nil {
		return crypto.HexToECDSA(string(b))
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	return k, fsutil.WriteFile(p, []byte(common.Bytes2Hex(crypto.FromECDSA(k))), 0o600)
}

func genesisAlloc(faucet common.Address, homes []*home.Home) types.GenesisAlloc {
	alloc := types.GenesisAlloc{faucet: {Balance: chain.Coins(1_000_000_000)}}
	for _, h := range homes {
		alloc[h.Address()] = types.Account{Balance: new(big.Int).Set(HomeFunds)}
	}
	return alloc
}
