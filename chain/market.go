package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
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
	from          uint64 // first block that can hold this Marketplace's events

	mu        sync.Mutex
	submitted map[uint64]*submitted // jobs' terms: fixed at submission
	config    *MarketConfig         // deploy parameters: immutable
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
		submitted:     map[uint64]*submitted{},
	}
}

// From sets the first block to read the contract's events from (the deploy
// block; 0 reads from genesis) and returns m.
func (m *Market) From(block uint64) *Market {
	m.from = block
	return m
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
func (m *Market) Node(ctx context.Context, addr common.Address) (NodeInfo, error) {
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
func (m *Market) PublishDataset(ctx context.Context, p PublishParams, metadata []byte) (uint64, *types.Receipt, error) {
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

// DatasetUpdate is what an owner may change about a dataset at any time; jobs
// already submitted keep the price and fee they escrowed.
type DatasetUpdate struct {
	Price     *big.Int
	SubmitFee *big.Int // paid by every submission naming the dataset; may be 0
	Engines   uint8
	Paused    bool
}

// UpdateDataset changes price, submission fee, engines and pause.
func (m *Market) UpdateDataset(ctx context.Context, id uint64, u DatasetUpdate) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackUpdateDataset(big64(id), u.Price, orZero(u.SubmitFee), u.Engines, u.Paused), nil)
}

// RestrictDataset tightens the ε budget, the maximum δ per job and the δ budget.
func (m *Market) RestrictDataset(ctx context.Context, id uint64, budget, maxDelta, deltaBudget uint64) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackRestrictDataset(big64(id), budget, maxDelta, deltaBudget), nil)
}

// Dataset reads a dataset's current terms, live reservations summed.
func (m *Market) Dataset(ctx context.Context, id uint64) (DatasetInfo, error) {
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
// p.SpecURI points to it). p.MaxTotal caps what the job may cost.
func (m *Market) SubmitJob(ctx context.Context, p JobParams, spec []byte, payment *big.Int) (uint64, *types.Receipt, error) {
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

// withTerms sends the call pack builds from job id's encoded terms.
func (m *Market) withTerms(ctx context.Context, id uint64, value *big.Int, pack func(id *big.Int, terms []byte) []byte) (*types.Receipt, error) {
	t, err := m.Terms(ctx, id)
	if err != nil {
		return nil, err
	}
	return m.send(ctx, pack(big64(id), t.Encoded), value)
}

// AcceptJob: the sender, an owner or compute node of the job, agrees to run it.
func (m *Market) AcceptJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, m.binding.PackAcceptJob)
}

// DeclineJob: the sender, a participant of an open job, refuses it and says why.
func (m *Market) DeclineJob(ctx context.Context, id uint64, reason string) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, func(i *big.Int, t []byte) []byte { return m.binding.PackDeclineJob(i, t, reason) })
}

// CancelJob: the buyer withdraws a job nobody accepted, or one that can no longer start.
func (m *Market) CancelJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, m.binding.PackCancelJob)
}

// CloseAcceptance starts or cancels a job whose acceptance window passed.
func (m *Market) CloseAcceptance(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, m.binding.PackCloseAcceptance)
}

// AttestStep: a compute node other than the aggregator proves on-chain that it
// delivered its step (data: what the engine needs published, may be nil).
func (m *Market) AttestStep(ctx context.Context, id uint64, step [32]byte, data []byte) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, func(i *big.Int, t []byte) []byte { return m.binding.PackAttestStep(i, t, step, data) })
}

// CommitResult: the aggregator reveals the payload hash and commits the blob's
// hash and URI, vouching for the other compute nodes in `vouched` (bit i:
// compute[i]). The commitments owners posted before are read from their
// ResultConfirmed events and passed along for the contract to match.
func (m *Market) CommitResult(ctx context.Context, id uint64, payload, blob [32]byte, uri string, vouched uint8) (*types.Receipt, error) {
	var rcpt *types.Receipt
	var err error
	// A commitment mined between reading the events and the commit makes the
	// list stale (BadCommitments): read it again once.
	for attempt := 0; attempt < 2; attempt++ {
		var posted []byte
		if posted, err = m.PostedCommitments(ctx, id); err != nil {
			return nil, err
		}
		rcpt, err = m.withTerms(ctx, id, nil, func(i *big.Int, t []byte) []byte {
			return m.binding.PackCommitResult(i, t, payload, blob, uri, vouched, posted)
		})
		if !IsRevert(err, "BadCommitments") {
			break
		}
	}
	return rcpt, err
}

// PostedCommitments lists, as commitResult takes them (33 bytes each: owner
// index, commitment), the commitments owners of job id posted, in order.
func (m *Market) PostedCommitments(ctx context.Context, id uint64) ([]byte, error) {
	s, err := m.submission(ctx, id)
	if err != nil {
		return nil, err
	}
	head, err := m.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: reading head: %w", err)
	}
	ev := marketABI.Events["ResultConfirmed"]
	logs, err := m.filterLogs(ctx, ethereum.FilterQuery{FromBlock: big64(s.block), ToBlock: big64(head),
		Addresses: []common.Address{m.addr}, Topics: [][]common.Hash{{ev.ID}, {common.BigToHash(big64(id))}}})
	if err != nil {
		return nil, fmt.Errorf("chain: reading ResultConfirmed events: %w", err)
	}
	var out []byte
	for i := range logs {
		c, err := m.binding.UnpackResultConfirmedEvent(&logs[i])
		if err != nil {
			return nil, fmt.Errorf("chain: decoding ResultConfirmed of job %d: %w", id, err)
		}
		if c.Commitment == ([32]byte{}) {
			continue
		}
		idx := s.terms.OwnerIndex(c.Owner)
		if idx < 0 {
			return nil, fmt.Errorf("chain: job %d: a confirmation from %s, not an owner", id, c.Owner.Hex())
		}
		out = append(append(out, byte(idx)), c.Commitment[:]...)
	}
	return out, nil
}

// ConfirmResult: an owner posts its commitment (ResultCommitment of the payload
// it recomputed, or zero when it has none) with its newest receipt (rounds 0 and
// no signature when it has none) and is paid for its part.
func (m *Market) ConfirmResult(ctx context.Context, id uint64, commitment [32]byte, rounds uint32, sig []byte) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, func(i *big.Int, t []byte) []byte {
		return m.binding.PackConfirmResult(i, t, commitment, rounds, sig)
	})
}

// DisputeResult: an owner disputes the committed result, putting up the dispute bond.
func (m *Market) DisputeResult(ctx context.Context, id uint64) (*types.Receipt, error) {
	cfg, err := m.Config(ctx)
	if err != nil {
		return nil, err
	}
	return m.withTerms(ctx, id, cfg.DisputeBond, m.binding.PackDisputeResult)
}

// SettleJob pays a committed result once no dispute can overturn it.
func (m *Market) SettleJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, m.binding.PackSettleJob)
}

// FailJob ends a started job with no result after its commit deadline.
func (m *Market) FailJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, m.binding.PackFailJob)
}

// AbortJob: the aggregator ends a job it cannot complete, saying why.
func (m *Market) AbortJob(ctx context.Context, id uint64, reason string) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, func(i *big.Int, t []byte) []byte { return m.binding.PackAbortJob(i, t, reason) })
}

// ForfeitBond burns the bond of owner's failed dispute, given the owner's own
// signed PayloadReceipt of the committed payload.
func (m *Market) ForfeitBond(ctx context.Context, id uint64, owner common.Address, sig []byte) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, func(i *big.Int, t []byte) []byte { return m.binding.PackForfeitBond(i, t, owner, sig) })
}

// CloseJob returns what nobody earned to the buyer after the redeem window.
func (m *Market) CloseJob(ctx context.Context, id uint64) (*types.Receipt, error) {
	return m.withTerms(ctx, id, nil, m.binding.PackCloseJob)
}

// Withdraw sends the sender its credits.
func (m *Market) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackWithdraw(), nil)
}

// WithdrawTo sends the sender's credits to another account.
func (m *Market) WithdrawTo(ctx context.Context, to common.Address) (*types.Receipt, error) {
	return m.send(ctx, m.binding.PackWithdrawTo(to), nil)
}

// JobCount is the number of jobs ever submitted.
func (m *Market) JobCount(ctx context.Context) (uint64, error) {
	v, err := call(ctx, m, m.binding.PackJobCount(), m.binding.UnpackJobCount)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// Credits is what addr can withdraw.
func (m *Market) Credits(ctx context.Context, addr common.Address) (*big.Int, error) {
	return call(ctx, m, m.binding.PackCredits(addr), m.binding.UnpackCredits)
}

// OwnerPay is what an owner earns for done of total rounds at price (done 0:
// its presence alone, kappa of the price).
func (m *Market) OwnerPay(ctx context.Context, price *big.Int, done, total uint32) (*big.Int, error) {
	return call(ctx, m, m.binding.PackOwnerPay(price, done, total), m.binding.UnpackOwnerPay)
}

// Totals are the parts of the contract's books it keeps as sums: the stakes and
// what was burned. With every job's escrow and every account's credits they
// make up its balance.
type Totals struct {
	Staked, Burned *big.Int
}

// Totals reads the contract's stakes and burned sums.
func (m *Market) Totals(ctx context.Context) (Totals, error) {
	var t Totals
	var err error
	if t.Staked, err = call(ctx, m, m.binding.PackTotalStaked(), m.binding.UnpackTotalStaked); err != nil {
		return t, err
	}
	t.Burned, err = call(ctx, m, m.binding.PackTotalBurned(), m.binding.UnpackTotalBurned)
	return t, err
}
