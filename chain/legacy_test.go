package chain_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/chaintest"
)

// noBaseFee is a chain that reports no base fee in its headers, as Harmony does.
type noBaseFee struct{ *ethclient.Client }

func (n noBaseFee) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	h, err := n.Client.HeaderByNumber(ctx, number)
	if h != nil {
		h.BaseFee = nil
	}
	return h, err
}

// TestSenderUsesLegacyFeesWithoutBaseFee: on a chain without EIP-1559 the sender
// signs legacy transactions with the suggested gas price; with a base fee it
// uses dynamic-fee transactions.
func TestSenderUsesLegacyFeesWithoutBaseFee(t *testing.T) {
	env := chaintest.Start(t, 2)
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		backend chain.Backend
		want    uint8
	}{
		{"harmony-like", noBaseFee{env.Client}, types.LegacyTxType},
		{"eip-1559", env.Client, types.DynamicFeeTxType},
	} {
		s, err := chain.NewSender(ctx, tc.backend, chaintest.Key(1), 0)
		if err != nil {
			t.Fatal(err)
		}
		to := env.Addrs[0]
		rcpt, err := s.Send(ctx, chain.Call{To: &to, Value: big.NewInt(1)})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		tx, _, err := env.Client.TransactionByHash(ctx, rcpt.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if tx.Type() != tc.want {
			t.Errorf("%s: transaction type %d, want %d", tc.name, tx.Type(), tc.want)
		}
	}
}
