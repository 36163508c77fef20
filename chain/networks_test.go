package chain_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/chaintest"
)

// rangeLimited is an endpoint that refuses eth_getLogs over more than max
// blocks, as Harmony's public RPC does, and has one log per block.
type rangeLimited struct {
	chain.Backend
	head, max uint64
	calls     int
}

var errRange = errors.New("query range too large")

func (r *rangeLimited) BlockNumber(context.Context) (uint64, error) { return r.head, nil }

func (r *rangeLimited) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r.calls++
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if to < from || to-from+1 > r.max {
		return nil, fmt.Errorf("%w: %d-%d", errRange, from, to)
	}
	var out []types.Log
	for b := from; b <= to; b++ {
		out = append(out, types.Log{BlockNumber: b})
	}
	return out, nil
}

// TestLogsPagedToTheNetworksRange: reading events from the deploy block to
// the head goes in block ranges the endpoint accepts, every block once.
func TestLogsPagedToTheNetworksRange(t *testing.T) {
	h, err := chain.LookupNetwork("harmony-mainnet")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		net       *chain.Network
		max, want uint64
	}{{&h, h.LogRange, 5}, {nil, chain.DefaultLogRange, 1}} {
		b := &rangeLimited{head: 5000, max: tc.max}
		m := chain.NewMarket(b, common.Address{1}, nil, 0)
		if tc.net != nil {
			m.UseNetwork(*tc.net)
		}
		logs, err := m.Logs(context.Background(), "DatasetPublished", 1, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(logs) != 5000 || logs[0].BlockNumber != 1 || logs[4999].BlockNumber != 5000 {
			t.Fatalf("got %d logs", len(logs))
		}
		if uint64(b.calls) != tc.want {
			t.Errorf("%d eth_getLogs calls, want %d", b.calls, tc.want)
		}
	}
}

func TestNetworkPresets(t *testing.T) {
	for name, id := range map[string]uint64{"harmony-mainnet": 1666600000, "harmony-testnet": 1666700000} {
		n, err := chain.LookupNetwork(name)
		if err != nil || n.ChainID != id || !n.Legacy || n.MinGasPrice.Sign() <= 0 || n.LogRange == 0 {
			t.Errorf("%s: %+v, %v", name, n, err)
		}
		if byID, ok := chain.NetworkByChainID(id); !ok || byID.Name != name {
			t.Errorf("chain id %d: %v", id, byID.Name)
		}
	}
	if _, err := chain.LookupNetwork("harmony-devnet"); err == nil {
		t.Error("unknown network accepted")
	}
}

// TestHarmonySenderSignsLegacyAboveTheFloor: with the Harmony preset the
// sender signs legacy transactions, priced at least at the network's floor,
// even on a chain that has a base fee and suggests less.
func TestHarmonySenderSignsLegacyAboveTheFloor(t *testing.T) {
	env := chaintest.Start(t, 2)
	ctx := context.Background()
	h, _ := chain.LookupNetwork("harmony-testnet")
	s, err := chain.NewSender(ctx, env.Client, chaintest.Key(1), 0)
	if err != nil {
		t.Fatal(err)
	}
	s.UseNetwork(h)
	to := env.Addrs[0]
	rcpt, err := s.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := env.Client.TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if tx.Type() != types.LegacyTxType || tx.GasPrice().Cmp(h.MinGasPrice) < 0 {
		t.Errorf("type %d at %s wei, want legacy at >= %s", tx.Type(), tx.GasPrice(), h.MinGasPrice)
	}
}
