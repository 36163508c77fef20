package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/veil-market/veil/internal/ctxtime"
)

// Backend is what Veil needs from an Ethereum node: ethclient.Client and the
// simulated backend's client both satisfy it.
type Backend interface {
	bind.ContractBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// ErrInsufficientFunds means the account cannot pay for a transaction's value and gas.
var ErrInsufficientFunds = errors.New("chain: insufficient funds")

// Sender signs and sends the transactions of one account. It serialises them so
// nonces never collide within a process, chooses EIP-1559 fees where the chain has
// a base fee and legacy gas prices otherwise (Harmony), estimates gas first so that
// a refusal by the contract costs nothing, and waits for the configured number of
// confirmations.
type Sender struct {
	backend       Backend
	key           *ecdsa.PrivateKey
	from          common.Address
	chainID       *big.Int
	confirmations uint64
	poll          time.Duration
	legacy        bool     // always legacy transactions (UseNetwork)
	minGasPrice   *big.Int // gas price floor, nil: none (UseNetwork)
	mu            sync.Mutex
}

// NewSender makes the sender of the account holding key.
func NewSender(ctx context.Context, b Backend, key *ecdsa.PrivateKey, confirmations uint64) (*Sender, error) {
	id, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: reading chain id: %w", err)
	}
	return &Sender{
		backend:       b,
		key:           key,
		from:          crypto.PubkeyToAddress(key.PublicKey),
		chainID:       id,
		confirmations: confirmations,
		poll:          10 * time.Millisecond,
	}, nil
}

// Address is the sending account.
func (s *Sender) Address() common.Address { return s.from }

// ChainID is the chain the sender signs for.
func (s *Sender) ChainID() *big.Int { return new(big.Int).Set(s.chainID) }

// Key returns the account's private key, for signing off-chain messages (receipts).
func (s *Sender) Key() *ecdsa.PrivateKey { return s.key }

// Backend is the node the sender talks to.
func (s *Sender) Backend() Backend { return s.backend }

// Call is one transaction to send.
type Call struct {
	To    *common.Address // nil deploys Data as a contract
	Data  []byte
	Value *big.Int
}

// Send estimates, signs, sends and waits for call to be mined with the
// configured confirmations. A refusal by the contract is a *RevertError and
// nothing is sent.
func (s *Sender) Send(ctx context.Context, call Call) (*types.Receipt, error) {
	var rcpt *types.Receipt
	for attempt := 0; attempt < 2; attempt++ {
		tx, err := s.sign(ctx, call, attempt)
		if err != nil {
			return nil, err
		}
		if rcpt, err = s.wait(ctx, tx.Hash()); err != nil {
			return nil, err
		}
		if rcpt.Status == types.ReceiptStatusSuccessful {
			return rcpt, nil
		}
		// State can move between estimate and mining (another participant's
		// transaction first): out of gas gets one retry with a fresh estimate.
		if rcpt.GasUsed < tx.Gas() {
			break
		}
	}
	return rcpt, s.explainFailure(ctx, call, rcpt)
}

func (s *Sender) sign(ctx context.Context, call Call, attempt int) (*types.Transaction, error) {
	value := call.Value
	if value == nil {
		value = new(big.Int)
	}
	msg := ethereum.CallMsg{From: s.from, To: call.To, Value: value, Data: call.Data}
	gas, err := s.backend.EstimateGas(ctx, msg)
	if err != nil {
		return nil, s.explainEstimate(ctx, err, value)
	}
	// The margin covers state that moves before mining: the acceptance that
	// starts a job, or the confirmation that settles it, costs more than the
	// estimate made a block earlier. Unused gas is not charged.
	gas = gas*3/2 + 100_000<<attempt
	s.mu.Lock()
	defer s.mu.Unlock()
	for attempt := 0; ; attempt++ {
		tx, err := s.build(ctx, call.To, call.Data, value, gas)
		if err != nil {
			return nil, err
		}
		signed, err := types.SignTx(tx, types.LatestSignerForChainID(s.chainID), s.key)
		if err != nil {
			return nil, fmt.Errorf("chain: signing: %w", err)
		}
		err = s.backend.SendTransaction(ctx, signed)
		if err == nil {
			return signed, nil
		}
		// Another process using the same account may have taken the nonce: retry once.
		if attempt == 0 && strings.Contains(err.Error(), "nonce too low") {
			continue
		}
		return nil, fmt.Errorf("chain: sending transaction: %w", err)
	}
}

func (s *Sender) build(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	nonce, err := s.backend.PendingNonceAt(ctx, s.from)
	if err != nil {
		return nil, fmt.Errorf("chain: reading nonce: %w", err)
	}
	baseFee, err := s.baseFee(ctx)
	if err != nil {
		return nil, err
	}
	var tx types.TxData
	var maxPrice *big.Int
	if baseFee != nil {
		tip, err := s.backend.SuggestGasTipCap(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain: reading gas tip: %w", err)
		}
		maxPrice = new(big.Int).Add(tip, new(big.Int).Mul(baseFee, big.NewInt(2)))
		tx = &types.DynamicFeeTx{ChainID: s.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: maxPrice, Gas: gas, To: to, Value: value, Data: data}
	} else {
		price, err := s.backend.SuggestGasPrice(ctx)
		if err != nil {
			return nil, fmt.Errorf("chain: reading gas price: %w", err)
		}
		if s.minGasPrice != nil && price.Cmp(s.minGasPrice) < 0 {
			price = new(big.Int).Set(s.minGasPrice)
		}
		maxPrice = price
		tx = &types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: gas, To: to, Value: value, Data: data}
	}
	if err := s.checkFunds(ctx, new(big.Int).Add(value, new(big.Int).Mul(maxPrice, new(big.Int).SetUint64(gas)))); err != nil {
		return nil, err
	}
	return types.NewTx(tx), nil
}

// baseFee is the head's base fee; nil on a chain without EIP-1559, or when
// the network is known to be legacy-only (its headers are not even read).
func (s *Sender) baseFee(ctx context.Context) (*big.Int, error) {
	if s.legacy {
		return nil, nil
	}
	head, err := s.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: reading head: %w", err)
	}
	return head.BaseFee, nil
}

func (s *Sender) checkFunds(ctx context.Context, need *big.Int) error {
	have, err := s.backend.BalanceAt(ctx, s.from, nil)
	if err != nil {
		return fmt.Errorf("chain: reading balance: %w", err)
	}
	if have.Cmp(need) < 0 {
		return fmt.Errorf("%w: account %s has %s coins and this transaction needs up to %s (value and gas); fund it first",
			ErrInsufficientFunds, s.from.Hex(), FormatCoins(have), FormatCoins(need))
	}
	return nil
}

func (s *Sender) explainEstimate(ctx context.Context, err error, value *big.Int) error {
	if r := decodeRevert(err); r != nil {
		return r
	}
	if strings.Contains(err.Error(), "insufficient funds") {
		if ferr := s.checkFunds(ctx, value); ferr != nil {
			return ferr
		}
		return fmt.Errorf("%w: account %s cannot pay for gas; fund it first", ErrInsufficientFunds, s.from.Hex())
	}
	return fmt.Errorf("chain: estimating gas: %w", err)
}

// explainFailure replays a failed transaction against the state before its block
// to recover the contract's reason.
func (s *Sender) explainFailure(ctx context.Context, call Call, rcpt *types.Receipt) error {
	msg := ethereum.CallMsg{From: s.from, To: call.To, Value: call.Value, Data: call.Data}
	prev := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	if _, err := s.backend.CallContract(ctx, msg, prev); err != nil {
		if r := decodeRevert(err); r != nil {
			return r
		}
	}
	method := "transaction"
	if len(call.Data) >= 4 {
		if m, err := marketABI.MethodById(call.Data[:4]); err == nil {
			method = m.Name
		}
	}
	return fmt.Errorf("chain: %s %s reverted in block %s (gas used %d)", method, rcpt.TxHash.Hex(), rcpt.BlockNumber, rcpt.GasUsed)
}

func (s *Sender) wait(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	delay := s.poll
	for {
		rcpt, err := s.backend.TransactionReceipt(ctx, hash)
		if err == nil {
			// A receipt can be readable a moment before its block is the head:
			// wait for the head so that the next read sees the new state.
			return rcpt, s.waitHead(ctx, rcpt.BlockNumber.Uint64()+s.confirmations)
		}
		if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			return nil, fmt.Errorf("chain: waiting for transaction %s: %w", hash.Hex(), err)
		}
		if err := sleep(ctx, delay); err != nil {
			return nil, fmt.Errorf("chain: waiting for transaction %s: %w", hash.Hex(), err)
		}
		delay = min(delay*3/2, 500*time.Millisecond)
	}
}

// waitHead waits until the chain's head is at least block.
func (s *Sender) waitHead(ctx context.Context, block uint64) error {
	delay := s.poll
	for {
		head, err := s.backend.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("chain: reading head: %w", err)
		}
		if head >= block {
			return nil
		}
		if err := sleep(ctx, delay); err != nil {
			return err
		}
		delay = min(delay*3/2, 500*time.Millisecond)
	}
}

var sleep = ctxtime.Sleep
