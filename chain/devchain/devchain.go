// Package devchain runs an embedded go-ethereum dev node: a real EVM and state
// database persisted in a directory, blocks sealed by a simulated beacon (on
// demand or every period), and JSON-RPC served on a loopback address so that any
// Ethereum tool can use it. It has no network peers and is meant for development
// and tests only: its accounts are funded from genesis and it trusts its caller.
package devchain

import (
	"errors"
	"fmt"
	"maps"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/veil-market/veil/chain"
)

// nodeName names the node; go-ethereum keeps its database under DataDir/nodeName.
const nodeName = "veil-devchain"

// GasLimit of every block.
const GasLimit = 60_000_000

// Config says where and how to run the chain.
type Config struct {
	DataDir     string             // state lives here, reused on restart; empty keeps it in memory
	RPCAddr     string             // "127.0.0.1:8545"; empty serves no HTTP
	Alloc       types.GenesisAlloc // funded accounts, used only when the chain is created
	BlockPeriod time.Duration      // 0 seals a block as soon as a transaction arrives
	Verbose     bool               // go-ethereum's own logs on stderr
}

// Chain is a running dev node.
type Chain struct {
	stack  *node.Node
	eth    *eth.Ethereum
	beacon *catalyst.SimulatedBeacon
	seal   *sealer
	rpcURL string
}

// ErrAddrInUse means the RPC address is taken, typically by another devnet.
var ErrAddrInUse = errors.New("devchain: RPC address in use")

// Exists reports whether dir already holds a chain. An empty dir means an
// in-memory chain, which never exists before it starts.
func Exists(dir string) bool {
	if dir == "" {
		return false
	}
	_, err := os.Stat(filepath.Join(dir, nodeName, "chaindata"))
	return err == nil
}

// Start opens (or creates) the chain in cfg.DataDir and starts sealing blocks.
func Start(cfg Config) (*Chain, error) {
	if cfg.RPCAddr != "" {
		if err := checkAddrFree(cfg.RPCAddr); err != nil {
			return nil, err
		}
	}
	if !cfg.Verbose {
		log.SetDefault(log.NewLogger(log.DiscardHandler()))
	}
	stack, err := node.New(nodeConfig(cfg))
	if err != nil {
		return nil, fmt.Errorf("devchain: opening %s: %w", cfg.DataDir, err)
	}
	c, err := start(stack, cfg)
	if err != nil {
		stack.Close()
		return nil, err
	}
	return c, nil
}

func start(stack *node.Node, cfg Config) (*Chain, error) {
	ethCfg := ethconfig.Defaults
	ethCfg.NetworkId = chain.DevChainID
	ethCfg.SyncMode = ethconfig.FullSync
	ethCfg.Miner.GasCeil = GasLimit
	// go-ethereum's log index is built in the background and eth_getLogs can
	// race with it ("failed to retrieve log value pointer"); a dev chain is
	// small enough to search its blocks' blooms directly.
	ethCfg.LogNoHistory = true
	// Every block's state is committed to disk when the block is sealed (an
	// archive node on the hash scheme), and the sealer syncs the database
	// after each block: a crash (kill -9, power loss) loses no mined block.
	// The default path scheme keeps the newest 128 blocks' state in memory
	// and journals it only on a clean shutdown. No snapshot either: it too
	// lives in memory between clean shutdowns, and a dev chain needs none.
	ethCfg.NoPruning = true
	ethCfg.StateScheme = rawdb.HashScheme
	ethCfg.SnapshotCache = 0
	if !Exists(cfg.DataDir) {
		ethCfg.Genesis = genesis(cfg.Alloc)
	}
	backend, err := eth.New(stack, &ethCfg)
	if err != nil {
		return nil, fmt.Errorf("devchain: starting the EVM: %w", err)
	}
	if got := backend.BlockChain().Config().ChainID; got == nil || got.Int64() != chain.DevChainID {
		return nil, fmt.Errorf("devchain: %s holds a chain with id %v, not the Veil devnet", cfg.DataDir, got)
	}
	// eth.New does not register the log filter API; eth_getLogs needs it.
	fs := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(fs)}})
	// The beacon's own loops never run (period 0 here): go-ethereum's on-demand
	// loop races with AdjustTime and can stall the chain, and neither syncs the
	// database after a block. Ours serialises every seal and makes it durable.
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		return nil, fmt.Errorf("devchain: starting the beacon: %w", err)
	}
	seal := &sealer{beacon: beacon, eth: backend, period: cfg.BlockPeriod, stop: make(chan struct{})}
	stack.RegisterAPIs([]rpc.API{{Namespace: "veil", Service: &devAPI{seal: seal}}})
	stack.RegisterLifecycle(beacon)
	if err := stack.Start(); err != nil {
		return nil, fmt.Errorf("devchain: starting the node: %w", err)
	}
	go seal.loop()
	c := &Chain{stack: stack, eth: backend, beacon: beacon, seal: seal}
	if cfg.RPCAddr != "" {
		c.rpcURL = stack.HTTPEndpoint()
	}
	return c, nil
}

func nodeConfig(cfg Config) *node.Config {
	nc := node.DefaultConfig
	nc.Name = nodeName
	nc.DataDir = cfg.DataDir
	nc.IPCPath = ""
	nc.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0, ListenAddr: ""}
	nc.HTTPHost, nc.HTTPPort = "", 0
	if cfg.RPCAddr != "" {
		host, port, _ := net.SplitHostPort(cfg.RPCAddr)
		nc.HTTPHost = host
		nc.HTTPPort, _ = strconv.Atoi(port)
		nc.HTTPModules = []string{"eth", "net", "web3", "veil"}
		nc.HTTPVirtualHosts = []string{"localhost", host}
	}
	nc.WSHost = ""
	nc.AuthPort = 0
	return &nc
}

func genesis(alloc types.GenesisAlloc) *core.Genesis {
	all := core.SystemContractAllocs()
	maps.Copy(all, alloc)
	return &core.Genesis{
		Config:   chain.DevChainConfig(),
		GasLimit: GasLimit,
		BaseFee:  nil,
		Alloc:    all,
	}
}

func checkAddrFree(addr string) error {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("devchain: RPC address %q is not host:port", addr)
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("%w: %s (is another devnet running? pick another with --rpc)", ErrAddrInUse, addr)
	}
	return l.Close()
}

// devAPI is the devnet's own JSON-RPC namespace ("veil_"): tests and demos move
// chain time forward to reach deadlines without waiting for them.
type devAPI struct{ seal *sealer }

// AdjustTime seals an empty block `seconds` after the head (veil_adjustTime).
func (a *devAPI) AdjustTime(seconds uint64) error {
	return a.seal.adjustTime(time.Duration(seconds) * time.Second)
}

// RPCURL is the HTTP JSON-RPC endpoint, empty when none is served.
func (c *Chain) RPCURL() string { return c.rpcURL }

// Client is an in-process client of the chain.
func (c *Chain) Client() *ethclient.Client { return ethclient.NewClient(c.stack.Attach()) }

// AdjustTime seals an empty block d later than the head, moving chain time forward.
func (c *Chain) AdjustTime(d time.Duration) error { return c.seal.adjustTime(d) }

// Close stops sealing and closes the database cleanly. An unclean exit loses
// nothing: every sealed block is on disk already.
func (c *Chain) Close() error {
	c.seal.close()
	return c.stack.Close()
}
