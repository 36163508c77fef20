package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Market is a typed client of one deployed Marketplace. Reads need only a
// Backend; writes need the Sender of the acting account.
type Market struct {
	addr          common.Address
	backend       Backend
	binding       *Marketplace
	contract      *bind.BoundContract
	sender        *Sender
	confirmations uint64
	logRange      uint64 // blocks per eth_getLogs call; 0: DefaultLogRange
}

var binding = NewMarketplace()

// NewMarket binds the Marketplace at addr. sender may be nil for a read-only client.
func NewMarket(b Backend, addr common.Address, sender *Sender, confirmations uint64) *Market {
	return &Market{
		addr:          addr,
		backend:       b,
		binding:       binding,
		contract:      binding.Instance(b, addr),
		sender:        sender,
		confirmations: confirmations,
	}
}

// Deploy deploys a Marketplace with cfg from the sender's account.
func Deploy(ctx context.Context, s *Sender, cfg MarketConfig) (common.Address, *types.Receipt, error) {
	data := append(common.FromHex(MarketplaceMetaData.Bin), binding.PackConstructor(cfg.binding())...)
	rcpt, err := s.Send(ctx, Call{Data: data})
	if err != nil {
		return common.Address{}, rcpt, fmt.Errorf("chain: deploying the Marketplace: %w", err)
	}
	return rcpt.ContractAddress, rcpt, nil
}

// ErrNoContract means the marketplace address holds no Marketplace.
var ErrNoContract = errors.New("chain: no Marketplace contract at this address")

// Check verifies that a Marketplace answers at the bound address.
func (m *Market) Check(ctx context.Context) error {
	code, err := m.backend.CodeAt(ctx, m.addr, nil)
	if err != nil {
		return fmt.Errorf("chain: reading code at %s: %w", m.addr.Hex(), err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w: %s has no code (wrong --marketplace or wrong chain?)", ErrNoContract, m.addr.Hex())
	}
	if _, err := m.Config(ctx); err != nil {
		return fmt.Errorf("%w: %s does not answer as a Marketplace: %v", ErrNoContract, m.addr.Hex(), err)
	}
	return nil
}

// Address of the contract.
func (m *Market) Address() common.Address { return m.addr }

// Backend the market reads through.
func (m *Market) Backend() Backend { return m.backend }

// Sender of the acting account; nil for a read-only client.
func (m *Market) Sender() *Sender { return m.sender }

func (m *Market) send(ctx context.Context, data []byte, value *big.Int) (*types.Receipt, error) {
	if m.sender == nil {
		return nil, errors.New("chain: this client is read-only (no account unlocked)")
	}
	return m.sender.Send(ctx, Call{To: &m.addr, Data: data, Value: value})
}

func (m *Market) callOpts(ctx context.Context) (*bind.CallOpts, error) {
	opts := &bind.CallOpts{Context: ctx}
	if m.confirmations == 0 {
		return opts, nil
	}
	head, err := m.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: reading head: %w", err)
	}
	if head > m.confirmations {
		opts.BlockNumber = new(big.Int).SetUint64(head - m.confirmations)
	}
	return opts, nil
}

func call[T any](ctx context.Context, m *Market, data []byte, unpack func([]byte) (T, error)) (T, error) {
	opts, err := m.callOpts(ctx)
	if err != nil {
		var zero T
		return zero, err
	}
	v, err := bind.Call(m.contract, opts, data, unpack)
	if err != nil {
		if r := decodeRevert(err); r != nil {
			return v, r
		}
		return v, fmt.Errorf("chain: reading the Marketplace: %w", err)
	}
	return v, nil
}

func big64(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// ---------------------------------------------------------------- registry

// NodeParams is a node's registry entry as its operator sets it.
type NodeParams struct {
	Endpoint string
	TLSKey   [32]byte
	Roles    uint8
	Fee      *big.Int
	Stake    *big.Int // added to the node's stake
}

// RegisterNode registers the sender as a node.
func (m *Market) RegisterNode(ctx context.Context, p NodeParams) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackRegisterNode(p.Endpoint, p.TLSKey, p.Roles, orZero(p.Fee)), p.Stake)
}

// UpdateNode changes the sender's registry entry.
func (m *Market) UpdateNode(ctx context.Context, p NodeParams) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackUpdateNode(p.Endpoint, p.TLSKey, p.Roles, orZero(p.Fee)), p.Stake)
}

// UnregisterNode starts the unstaking delay.
func (m *Market) UnregisterNode(ctx context.Context) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackUnregisterNode(), nil)
}

// ClaimStake credits the stake after the delay.
func (m *Market) ClaimStake(ctx context.Context) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackClaimStake(), nil)
}

// Node reads a registry entry; an unregistered address has Roles == 0.
func (m *Market) Node(ctx context.Context, addr common.Address) (MarketplaceNode, error) {
	return call(ctx, m, m.binding.PackGetNode(addr), m.binding.UnpackGetNode)
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// ---------------------------------------------------------------- datasets

// PublishDataset registers a sealed dataset; metadata (may be nil) is the public
// metadata document, kept in the event log so anyone can rebuild the catalog.
func (m *Market) PublishDataset(ctx context.Context, p MarketplacePublishParams, metadata []byte) (uint64, *types.Receipt, error) {
	rcpt, err := m.send(ctx, m.binding.PackPublishDataset(p, metadata), nil)
	if err != nil {
		return 0, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.binding.UnpackDatasetPublishedEvent(l); err == nil {
			return ev.Id.Uint64(), rcpt, nil
		}
	}
	return 0, rcpt, errors.New("chain: publish succeeded but emitted no DatasetPublished event")
}

// UpdateDataset changes price, engines and pause.
func (m *Market) UpdateDataset(ctx context.Context, id uint64, price *big.Int, engines uint8, paused bool) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackUpdateDataset(big64(id), price, engines, paused), nil)
}

// RestrictDataset tightens budget and maximum δ.
func (m *Market) RestrictDataset(ctx context.Context, id uint64, budget, maxDelta uint64) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackRestrictDataset(big64(id), budget, maxDelta), nil)
}

// Dataset reads a dataset's current terms.
func (m *Market) Dataset(ctx context.Context, id uint64) (MarketplaceDataset, error) {
	return call(ctx, m, m.binding.PackGetDataset(big64(id)), m.binding.UnpackGetDataset)
}

// DatasetCount is the number of datasets ever published.
func (m *Market) DatasetCount(ctx context.Context) (uint64, error) {
	v, err := call(ctx, m, m.binding.PackDatasetCount(), m.binding.UnpackDatasetCount)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// ---------------------------------------------------------------- jobs

// SubmitJob escrows payment for a job; spec is the job specification (nil when
// p.SpecURI points to it).
func (m *Market) SubmitJob(ctx context.Context, p MarketplaceJobParams, spec []byte, payment *big.Int) (uint64, *types.Receipt, error) {
	rcpt, err := m.send(ctx, m.binding.PackSubmitJob(p, spec), payment)
	if err != nil {
		return 0, rcpt, err
	}
	for _, l := range rcpt.Logs {
		if ev, err := m.binding.UnpackJobSubmittedEvent(l); err == nil {
			return ev.Id.Uint64(), rcpt, nil
		}
	}
	return 0, rcpt, errors.New("chain: submit succeeded but emitted no JobSubmitted event")
}

// AcceptJob: the sender, an owner or compute node of the job, agrees to run it.
func (m *Market) AcceptJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackAcceptJob(big64(id)), nil)
}

// CancelJob: the buyer withdraws a job nobody accepted.
func (m *Market) CancelJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackCancelJob(big64(id)), nil)
}

// CloseAcceptance starts or cancels a job whose acceptance window passed.
func (m *Market) CloseAcceptance(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackCloseAcceptance(big64(id)), nil)
}

// CommitResult: the aggregator commits the payload and blob hashes.
func (m *Market) CommitResult(ctx context.Context, id uint64, payload, blob [32]byte, uri string) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackCommitResult(big64(id), payload, blob, uri), nil)
}

// ConfirmResult: an owner confirms the payload hash it computed itself.
func (m *Market) ConfirmResult(ctx context.Context, id uint64, payload [32]byte) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackConfirmResult(big64(id), payload), nil)
}

// FailJob ends a started job whose deadline passed without a settled result.
func (m *Market) FailJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackFailJob(big64(id)), nil)
}

// RedeemReceipt: an owner redeems the aggregator's receipt for `rounds` rounds.
func (m *Market) RedeemReceipt(ctx context.Context, id uint64, rounds uint32, sig []byte) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackRedeemReceipt(big64(id), rounds, sig), nil)
}

// CloseJob returns what nobody earned to the buyer after the redeem window.
func (m *Market) CloseJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackCloseJob(big64(id)), nil)
}

// Withdraw sends the sender its credits.
func (m *Market) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackWithdraw(), nil)
}

// Job reads a job.
func (m *Market) Job(ctx context.Context, id uint64) (MarketplaceJob, error) {
	return call(ctx, m, m.binding.PackGetJob(big64(id)), m.binding.UnpackGetJob)
}

// JobCount is the number of jobs ever submitted.
func (m *Market) JobCount(ctx context.Context) (uint64, error) {
	v, err := call(ctx, m, m.binding.PackJobCount(), m.binding.UnpackJobCount)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// Participant reads the role and progress of who in job id.
func (m *Market) Participant(ctx context.Context, id uint64, who common.Address) (ParticipantOutput, error) {
	return call(ctx, m, m.binding.PackParticipant(big64(id), who), m.binding.UnpackParticipant)
}

// Credits is what addr can withdraw.
func (m *Market) Credits(ctx context.Context, addr common.Address) (*big.Int, error) {
	return call(ctx, m, m.binding.PackCredits(addr), m.binding.UnpackCredits)
}

// OwnerPay is what an owner earns for done of total rounds at price.
func (m *Market) OwnerPay(ctx context.Context, price *big.Int, done, total uint32) (*big.Int, error) {
	return call(ctx, m, m.binding.PackOwnerPay(price, done, total), m.binding.UnpackOwnerPay)
}

// Totals are the contract's own books: what it holds in escrow, credits and
// stakes, and what was burned. The contract's balance equals their sum.
type Totals struct {
	Escrow, Credits, Staked, Burned *big.Int
}

// Totals reads the contract's books.
func (m *Market) Totals(ctx context.Context) (Totals, error) {
	var t Totals
	var err error
	if t.Escrow, err = call(ctx, m, m.binding.PackTotalEscrow(), m.binding.UnpackTotalEscrow); err != nil {
		return t, err
	}
	if t.Credits, err = call(ctx, m, m.binding.PackTotalCredits(), m.binding.UnpackTotalCredits); err != nil {
		return t, err
	}
	if t.Staked, err = call(ctx, m, m.binding.PackTotalStaked(), m.binding.UnpackTotalStaked); err != nil {
		return t, err
	}
	t.Burned, err = call(ctx, m, m.binding.PackTotalBurned(), m.binding.UnpackTotalBurned)
	return t, err
}

// DeclineJob: the sender, a participant of an open job, refuses it and says why.
func (m *Market) DeclineJob(ctx context.Context, id uint64, reason string) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackDeclineJob(big64(id), reason), nil)
}
