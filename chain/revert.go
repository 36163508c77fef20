package chain

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// RevertError is a refusal by the contract: the custom error's name, its
// arguments in ABI order, and a sentence in plain words.
type RevertError struct {
	Name string
	Args []any
	Data []byte
}

func (e *RevertError) Error() string { return "chain: the Marketplace refused: " + e.Message() }

// Message says what the refusal means, naming the values involved.
func (e *RevertError) Message() string {
	if f, ok := revertMessages[e.Name]; ok && len(e.Args) >= f.args {
		return f.say(e.Args)
	}
	if len(e.Args) == 0 {
		return e.Name
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("%s(%s)", e.Name, strings.Join(parts, ", "))
}

// IsRevert reports whether err is the contract's custom error name.
func IsRevert(err error, name string) bool {
	var r *RevertError
	return errors.As(err, &r) && r.Name == name
}

var marketABI = func() abi.ABI {
	a, err := MarketplaceMetaData.ParseABI()
	if err != nil {
		panic("chain: generated Marketplace ABI does not parse: " + err.Error())
	}
	return *a
}()

var (
	selectorErrorString = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	selectorPanic       = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// decodeRevert extracts the revert data carried by an RPC error and decodes it
// against the Marketplace's custom errors. It returns nil when err carries none.
func decodeRevert(err error) *RevertError {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return nil
	}
	return DecodeRevertData(data)
}

// DecodeRevertData decodes raw revert data; nil when it is too short to hold a selector.
func DecodeRevertData(data []byte) *RevertError {
	if len(data) < 4 {
		return nil
	}
	sel, body := data[:4], data[4:]
	switch {
	case bytes.Equal(sel, selectorErrorString):
		if v, err := abi.UnpackRevert(data); err == nil {
			return &RevertError{Name: "Error", Args: []any{v}, Data: data}
		}
	case bytes.Equal(sel, selectorPanic):
		return &RevertError{Name: "Panic", Args: []any{new(big.Int).SetBytes(body)}, Data: data}
	}
	for name, e := range marketABI.Errors {
		if !bytes.Equal(e.ID[:4], sel) {
			continue
		}
		args, err := e.Inputs.Unpack(body)
		if err != nil {
			return &RevertError{Name: name, Data: data}
		}
		return &RevertError{Name: name, Args: args, Data: data}
	}
	return &RevertError{Name: "0x" + common.Bytes2Hex(sel), Data: data}
}

type revertMessage struct {
	args int
	say  func(a []any) string
}

func eps(a any) string   { return fmt.Sprintf("%g", MicroToEpsilon(a.(uint64))) }
func delta(a any) string { return fmt.Sprintf("%g", FixedToDelta(a.(uint64))) }
func coins(a any) string { return FormatCoins(a.(*big.Int)) }

var revertMessages = map[string]revertMessage{
	"InvalidConfig":     {1, func(a []any) string { return fmt.Sprintf("deploy parameter %s is invalid", a[0]) }},
	"InvalidRoles":      {1, func(a []any) string { return fmt.Sprintf("roles %v are invalid (owner, compute or both)", a[0]) }},
	"InvalidEndpoint":   {0, func([]any) string { return "the endpoint is empty or longer than 512 bytes" }},
	"InvalidKey":        {0, func([]any) string { return "the TLS public key is zero" }},
	"AlreadyRegistered": {1, func(a []any) string { return fmt.Sprintf("node %s is already registered (use update)", a[0]) }},
	"NotRegistered":     {1, func(a []any) string { return fmt.Sprintf("node %s is not registered", a[0]) }},
	"StillRegistered":   {1, func(a []any) string { return fmt.Sprintf("node %s must unregister before claiming its stake", a[0]) }},
	"InsufficientStake": {2, func(a []any) string {
		return fmt.Sprintf("the compute role needs a stake of %s coins, have %s", coins(a[1]), coins(a[0]))
	}},
	"NodeBusy": {1, func(a []any) string {
		return fmt.Sprintf("the node's stake still bonds %s coins for jobs that have not ended", coins(a[0]))
	}},
	"BondUnavailable": {2, func(a []any) string {
		return fmt.Sprintf("accepting needs a bond of %s coins of free stake, have %s: top up the stake", coins(a[1]), coins(a[0]))
	}},
	"NotDelegated":         {0, func([]any) string { return "the catalog's code runs only through the Marketplace" }},
	"StakeLocked":          {1, func(a []any) string { return fmt.Sprintf("the stake is locked until unix time %v", a[0]) }},
	"NoStake":              {0, func([]any) string { return "there is no stake to claim" }},
	"InvalidDigest":        {0, func([]any) string { return "the ciphertext or metadata digest is zero" }},
	"InvalidURI":           {0, func([]any) string { return "the blob URI must start with veil-dir:// or ipfs://" }},
	"MetadataHashMismatch": {0, func([]any) string { return "the metadata document does not hash to the metadata hash" }},
	"InvalidPrice": {0, func([]any) string {
		return "the price must be greater than zero and at most 2^96 wei, the submission fee at most 2^96 wei"
	}},
	"InvalidFee":     {1, func(a []any) string { return fmt.Sprintf("fee %s is above 2^96 wei", coins(a[0])) }},
	"InvalidEngines": {1, func(a []any) string { return fmt.Sprintf("engine set %v is invalid", a[0]) }},
	"InvalidBudget":  {0, func([]any) string { return "the privacy budget must be greater than zero" }},
	"InvalidDelta":   {1, func(a []any) string { return fmt.Sprintf("delta %s must be below 1", delta(a[0])) }},
	"InvalidMinOwners": {1, func(a []any) string {
		return fmt.Sprintf("min-owners %v must be between 1 and %d", a[0], MaxDatasetsPerJob)
	}},
	"UnknownDataset":  {1, func(a []any) string { return fmt.Sprintf("dataset %v does not exist", a[0]) }},
	"NotDatasetOwner": {1, func(a []any) string { return fmt.Sprintf("you do not own dataset %v", a[0]) }},
	"CannotLoosen":    {1, func(a []any) string { return fmt.Sprintf("dataset %v: budget and delta can only be tightened", a[0]) }},
	"BudgetBelowCommitted": {2, func(a []any) string {
		return fmt.Sprintf("dataset %v: budget cannot go below the ε already committed (%s)", a[0], eps(a[1]))
	}},
	"InvalidEngine":   {1, func(a []any) string { return fmt.Sprintf("engine %v is not one engine", a[0]) }},
	"InvalidDatasets": {0, func([]any) string { return fmt.Sprintf("a job needs between 1 and %d datasets", MaxDatasetsPerJob) }},
	"InvalidCompute":  {0, func([]any) string { return "a job needs between 1 and 8 compute nodes" }},
	"InvalidEpsilon":  {0, func([]any) string { return "epsilon must be greater than zero" }},
	"InvalidRounds":   {1, func(a []any) string { return fmt.Sprintf("rounds %v must be between 1 and 100000", a[0]) }},
	"InvalidDropouts": {2, func(a []any) string { return fmt.Sprintf("dropouts %v must be fewer than the %v owners", a[0], a[1]) }},
	"InvalidDeadline": {3, func(a []any) string {
		return fmt.Sprintf("deadline %v is outside the allowed range [%v, %v] (unix seconds)", a[0], a[1], a[2])
	}},
	"InvalidSpec":      {0, func([]any) string { return "the job spec is missing (give it inline or by URI) or its hash is zero" }},
	"SpecHashMismatch": {0, func([]any) string { return "the job spec does not hash to the spec hash" }},
	"DatasetPaused":    {1, func(a []any) string { return fmt.Sprintf("dataset %v is paused by its owner", a[0]) }},
	"EngineNotAllowed": {2, func(a []any) string {
		return fmt.Sprintf("dataset %v does not allow engine %s", a[0], EngineName(a[1].(uint8)))
	}},
	"BudgetExceeded": {3, func(a []any) string {
		return fmt.Sprintf("dataset %v: ε %s exceeds its remaining budget %s", a[0], eps(a[1]), eps(a[2]))
	}},
	"DeltaBudgetExceeded": {3, func(a []any) string {
		return fmt.Sprintf("dataset %v: δ %s exceeds its remaining δ budget %s", a[0], delta(a[1]), delta(a[2]))
	}},
	"DeltaTooLarge": {3, func(a []any) string {
		return fmt.Sprintf("dataset %v: δ %s exceeds its maximum %s", a[0], delta(a[1]), delta(a[2]))
	}},
	"TooFewOwners": {3, func(a []any) string {
		return fmt.Sprintf("dataset %v needs at least %v owners in a job, got %v", a[0], a[2], a[1])
	}},
	"DuplicateOwner": {1, func(a []any) string {
		return fmt.Sprintf("owner %s appears twice; one dataset per owner per job", a[0])
	}},
	"NotComputeNode":   {1, func(a []any) string { return fmt.Sprintf("%s is not a registered compute node", a[0]) }},
	"DuplicateCompute": {1, func(a []any) string { return fmt.Sprintf("compute node %s appears twice", a[0]) }},
	"ParticipantConflict": {1, func(a []any) string {
		return fmt.Sprintf("%s cannot be both a compute node and a dataset owner of one job", a[0])
	}},
	"PriceAboveMax": {2, func(a []any) string {
		return fmt.Sprintf("the job now costs %s coins, above the %s the buyer agreed to (a price was raised): quote again",
			coins(a[0]), coins(a[1]))
	}},
	"InsufficientPayment": {2, func(a []any) string {
		return fmt.Sprintf("payment %s coins is below the required %s", coins(a[0]), coins(a[1]))
	}},
	"UnknownJob": {1, func(a []any) string { return fmt.Sprintf("job %v does not exist", a[0]) }},
	"BadTerms":   {1, func(a []any) string { return fmt.Sprintf("job %v: the terms passed are not the job's", a[0]) }},
	"BadCommitments": {1, func(a []any) string {
		return fmt.Sprintf("job %v: the commitments passed are not those the owners posted", a[0])
	}},
	"WrongState":     {2, func(a []any) string { return fmt.Sprintf("job %v is %s", a[0], JobStateName(a[1].(uint8))) }},
	"NotBuyer":       {1, func(a []any) string { return fmt.Sprintf("only the buyer of job %v may do this", a[0]) }},
	"NotParticipant": {2, func(a []any) string { return fmt.Sprintf("%s is not a participant of job %v", a[1], a[0]) }},
	"NotOwnerRole": {1, func(a []any) string {
		return fmt.Sprintf("%s must register as a node with the owner role to accept jobs", a[0])
	}},
	"AlreadyAccepted": {2, func(a []any) string { return fmt.Sprintf("%s already accepted job %v", a[1], a[0]) }},
	"AlreadyDeclined": {2, func(a []any) string { return fmt.Sprintf("%s already declined job %v", a[1], a[0]) }},
	"InvalidReason":   {0, func([]any) string { return "the reason is longer than 512 bytes" }},
	"HasAcceptances": {1, func(a []any) string {
		return fmt.Sprintf("job %v already has acceptances and can no longer be cancelled", a[0])
	}},
	"AcceptanceClosed": {2, func(a []any) string {
		return fmt.Sprintf("job %v: the acceptance window closed at unix time %v", a[0], a[1])
	}},
	"AcceptanceOpen": {2, func(a []any) string {
		return fmt.Sprintf("job %v: the acceptance window is open until unix time %v", a[0], a[1])
	}},
	"NotAggregator": {1, func(a []any) string { return fmt.Sprintf("only the aggregator of job %v may do this", a[0]) }},
	"NotHelper": {2, func(a []any) string {
		return fmt.Sprintf("%s is not a compute node of job %v other than the aggregator", a[1], a[0])
	}},
	"AlreadyAttested": {2, func(a []any) string { return fmt.Sprintf("%s already delivered its step of job %v", a[1], a[0]) }},
	"InvalidStep":     {0, func([]any) string { return "the step hash is zero or its data is longer than 4096 bytes" }},
	"NotDecided": {2, func(a []any) string {
		return fmt.Sprintf("job %v can still be disputed until unix time %v", a[0], a[1])
	}},
	"WrongBond": {2, func(a []any) string {
		return fmt.Sprintf("a dispute needs a bond of exactly %s coins, got %s", coins(a[1]), coins(a[0]))
	}},
	"AlreadyDisputed":   {2, func(a []any) string { return fmt.Sprintf("%s already disputed job %v", a[1], a[0]) }},
	"NotDisputed":       {2, func(a []any) string { return fmt.Sprintf("%s has no unforfeited dispute bond in job %v", a[1], a[0]) }},
	"BadPayloadReceipt": {0, func([]any) string { return "the payload receipt is not the owner's signature of the committed payload" }},
	"InvalidRecipient":  {0, func([]any) string { return "the recipient is the zero address" }},
	"AlreadyCommitted":  {1, func(a []any) string { return fmt.Sprintf("job %v already has a result", a[0]) }},
	"NotCommitted":      {1, func(a []any) string { return fmt.Sprintf("job %v has no result yet", a[0]) }},
	"InvalidResult": {0, func([]any) string {
		return "the result hashes are zero, the URI is too long or a vouched compute node is not in the job"
	}},
	"DeadlinePassed": {2, func(a []any) string {
		return fmt.Sprintf("job %v: the time for this passed at unix time %v", a[0], a[1])
	}},
	"DeadlineNotReached": {2, func(a []any) string { return fmt.Sprintf("job %v: this is possible after unix time %v", a[0], a[1]) }},
	"AlreadyConfirmed":   {2, func(a []any) string { return fmt.Sprintf("%s already confirmed job %v", a[1], a[0]) }},
	"NotAccepted":        {2, func(a []any) string { return fmt.Sprintf("%s is not an owner that accepted job %v", a[1], a[0]) }},
	"AlreadyRedeemed":    {2, func(a []any) string { return fmt.Sprintf("%s already redeemed its receipt for job %v", a[1], a[0]) }},
	"BadReceipt":         {0, func([]any) string { return "the receipt is not signed by the job's aggregator for you" }},
	"RedeemWindowOpen":   {2, func(a []any) string { return fmt.Sprintf("job %v: owners may redeem until unix time %v", a[0], a[1]) }},
	"RedeemWindowClosed": {1, func(a []any) string { return fmt.Sprintf("job %v is closed; receipts can no longer be redeemed", a[0]) }},
	"AlreadyClosed":      {1, func(a []any) string { return fmt.Sprintf("job %v is already closed", a[0]) }},
	"NothingToWithdraw":  {0, func([]any) string { return "nothing to withdraw" }},
	"TransferFailed":     {0, func([]any) string { return "the transfer to your account failed" }},
}
