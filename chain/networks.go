package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// Network is a preset for a public chain: how to reach it and how to send
// and read there. docs/chain-config.md explains each value and how to check it.
type Network struct {
	Name          string
	ChainID       uint64
	RPC           string   // a public JSON-RPC endpoint
	Legacy        bool     // sign legacy (type 0) transactions: the chain has no EIP-1559
	MinGasPrice   *big.Int // wei; never offer less, whatever eth_gasPrice says
	Confirmations uint64   // blocks to wait after inclusion (0: final when included)
	LogRange      uint64   // widest eth_getLogs block range the endpoint serves
	// EVM is the instruction set every node of the chain runs for sure;
	// `veil deploy` refuses bytecode that uses an opcode outside it.
	EVM OpcodeSet
}

// DefaultLogRange pages eth_getLogs on chains without a preset: the lowest
// limit common public endpoints enforce (10,000 blocks) with a margin.
const DefaultLogRange = 5000

var gwei = big.NewInt(1_000_000_000)

var networks = []Network{
	{
		Name: "harmony-mainnet", ChainID: 1666600000, RPC: "https://api.harmony.one",
		Legacy: true, MinGasPrice: new(big.Int).Mul(big.NewInt(100), gwei), Confirmations: 0, LogRange: 1024,
		EVM: HarmonyMainnetEVM,
	},
	{
		Name: "harmony-testnet", ChainID: 1666700000, RPC: "https://api.s0.b.hmny.io",
		Legacy: true, MinGasPrice: new(big.Int).Mul(big.NewInt(100), gwei), Confirmations: 0, LogRange: 1024,
		EVM: HarmonyMainnetEVM, // deploy what mainnet runs, even where testnet runs more
	},
}

// LookupNetwork returns the preset called name.
func LookupNetwork(name string) (Network, error) {
	for _, n := range networks {
		if n.Name == name {
			return n, nil
		}
	}
	return Network{}, fmt.Errorf("chain: unknown network %q (known: %s)", name, strings.Join(NetworkNames(), ", "))
}

// NetworkByChainID returns the preset of the chain with that id, if any.
func NetworkByChainID(id uint64) (Network, bool) {
	i := slices.IndexFunc(networks, func(n Network) bool { return n.ChainID == id })
	if i < 0 {
		return Network{}, false
	}
	return networks[i], true
}

// NetworkNames lists the presets.
func NetworkNames() []string {
	var out []string
	for _, n := range networks {
		out = append(out, n.Name)
	}
	sort.Strings(out)
	return out
}

// UseNetwork makes the sender price transactions as n requires: legacy
// transactions where n has no EIP-1559, and never below n's gas price floor.
// Call it before the first Send.
func (s *Sender) UseNetwork(n Network) {
	s.legacy = n.Legacy
	if n.MinGasPrice != nil {
		s.minGasPrice = new(big.Int).Set(n.MinGasPrice)
	}
}

// UseNetwork makes the market read logs in n's block ranges.
func (m *Market) UseNetwork(n Network) {
	if n.LogRange > 0 {
		m.logRange = n.LogRange
	}
}

// filterLogs runs q over at most logRange blocks per eth_getLogs call, up to
// q.ToBlock (the head when nil), so that endpoints which cap the range (most
// public ones, Harmony's at about a thousand blocks) answer.
func (m *Market) filterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	step := m.logRange
	if step == 0 {
		step = DefaultLogRange
	}
	from := uint64(0)
	if q.FromBlock != nil {
		from = q.FromBlock.Uint64()
	}
	var to uint64
	if q.ToBlock != nil {
		to = q.ToBlock.Uint64()
	} else {
		head, err := m.backend.BlockNumber(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain: reading head: %w", err)
		}
		to = head
	}
	var out []types.Log
	for lo := from; lo <= to; lo += step {
		page := q
		page.FromBlock, page.ToBlock = new(big.Int).SetUint64(lo), new(big.Int).SetUint64(min(lo+step-1, to))
		logs, err := m.backend.FilterLogs(ctx, page)
		if err != nil {
			return nil, fmt.Errorf("blocks %d-%d: %w", lo, page.ToBlock.Uint64(), err)
		}
		out = append(out, logs...)
		if lo+step < lo { // overflow
			break
		}
	}
	return out, nil
}
