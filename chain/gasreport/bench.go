package gasreport

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/veil-market/veil/chain"
	"github.com/veil-market/veil/chain/devchain"
)

// Accounts of the measured run.
const (
	deployer = iota
	compute1 // aggregator
	compute2
	owner1
	owner2
	owner3
	buyer
	clock // sends the empty transactions that move chain time
	numAccounts
)

var owners = []int{owner1, owner2, owner3}

// bench is a running dev chain with funded accounts and their senders.
type bench struct {
	chain   *devchain.Chain
	client  quickReceipts
	keys    []*ecdsa.PrivateKey
	addrs   []common.Address
	senders []*chain.Sender
}

// startBench starts a dev chain funding accounts accounts (at least numAccounts).
func startBench(ctx context.Context, accounts int) (*bench, error) {
	b := &bench{}
	alloc := types.GenesisAlloc{}
	for i := range accounts {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("veil-gasreport-account-%d", i))))
		if err != nil {
			return nil, fmt.Errorf("gasreport: account key %d: %w", i, err)
		}
		b.keys = append(b.keys, k)
		b.addrs = append(b.addrs, crypto.PubkeyToAddress(k.PublicKey))
		alloc[b.addrs[i]] = types.Account{Balance: chain.Coins(1000)}
	}
	c, err := devchain.Start(devchain.Config{Alloc: alloc})
	if err != nil {
		return nil, fmt.Errorf("gasreport: %w", err)
	}
	b.chain = c
	b.client = quickReceipts{c.Client()}
	for i, k := range b.keys {
		s, err := chain.NewSender(ctx, b.client, k, 0)
		if err != nil {
			c.Close()
			return nil, fmt.Errorf("gasreport: sender of account %d: %w", i, err)
		}
		b.senders = append(b.senders, s)
	}
	return b, nil
}

func (b *bench) close() { b.chain.Close() }

// quickReceipts polls for a receipt every millisecond: the dev chain seals a
// block within milliseconds and the Sender's own backoff starts at 25 ms.
//
// A receipt can be readable a moment before its block is the head that calls
// and estimates run against, so it also waits for the head to reach the
// receipt's block; otherwise the next call would see the state before it.
type quickReceipts struct{ *ethclient.Client }

func (q quickReceipts) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	for {
		r, err := q.Client.TransactionReceipt(ctx, h)
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		if err == nil {
			head, err := q.Client.BlockNumber(ctx)
			if err != nil {
				return nil, err
			}
			if head >= r.BlockNumber.Uint64() {
				return r, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("gasreport: waiting for %s: %w", h.Hex(), ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
}

// now is the head block's time.
func (b *bench) now(ctx context.Context) (uint64, error) {
	h, err := b.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("gasreport: reading head: %w", err)
	}
	return h.Time, nil
}

// passTime sends empty transactions until the head is later than at. Every
// block is at least a second after its parent, so this moves chain time without
// warping it (a warp would race with the chain's own sealing goroutine).
func (b *bench) passTime(ctx context.Context, at uint64) error {
	self := b.addrs[clock]
	for {
		now, err := b.now(ctx)
		if err != nil || now > at {
			return err
		}
		if _, err := b.senders[clock].Send(ctx, chain.Call{To: &self, Value: new(big.Int)}); err != nil {
			return fmt.Errorf("gasreport: moving chain time: %w", err)
		}
	}
}
